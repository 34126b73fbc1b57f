/**
 * Puts the reminder question on the help desk page: its own host (`data-rapport="followup"`, an
 * open shadow root like the sidebar's, so page CSS can't reach it), fixed to the window's bottom
 * right corner, over the page and never in its layout. One question at a time; the next waits.
 */
import { render } from 'preact';
import { Confirm, type Answer, type Offer } from './Confirm';

const CSS = `
:host { all: initial; position: fixed !important; right: 16px !important; bottom: 16px !important; z-index: 2147483646 !important; }
.followup { font: 14px/1.4 system-ui, sans-serif; color: #1b1b1f; background: #fff; border: 1px solid #5b5b66; border-radius: 8px;
  box-shadow: 0 4px 16px rgb(0 0 0 / 0.2); padding: 12px 14px; max-width: 340px; }
.followup p { margin: 0 0 8px; }
.actions, form { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; }
button { font: inherit; padding: 4px 12px; border-radius: 6px; border: 1px solid #3a3a44; background: #f4f4f6; color: #1b1b1f; cursor: pointer; }
button[data-followup-action="yes"], button[data-followup-action="set"] { background: #1d4ed8; border-color: #1d4ed8; color: #fff; }
button:focus-visible, input:focus-visible { outline: 3px solid #b45309; outline-offset: 2px; }
`;

export interface FollowUpPrompt {
  /** Asks about one offer; resolves once it is answered and closed. */
  ask(offer: Offer, onAnswer: (answer: Answer) => Promise<string | null>): Promise<void>;
  unmount(): void;
}

const RESULT_SHOWN_MS = 4000;

export function mountFollowUpPrompt(doc: Document): FollowUpPrompt {
  let host: HTMLElement | null = null;
  let queue: Promise<void> = Promise.resolve();
  const close = () => {
    if (!host) return;
    render(null, host.shadowRoot!.lastElementChild!);
    host.remove();
    host = null;
  };
  const show = (offer: Offer, onAnswer: (answer: Answer) => Promise<string | null>) =>
    new Promise<void>((done) => {
      host = doc.createElement('rapport-followup');
      host.setAttribute('data-rapport', 'followup');
      const shadow = host.attachShadow({ mode: 'open' });
      const style = doc.createElement('style');
      style.textContent = CSS;
      const point = doc.createElement('div');
      shadow.append(style, point);
      doc.documentElement.append(host);
      render(
        <Confirm
          offer={offer}
          onAnswer={async (answer) => {
            const words = await onAnswer(answer);
            if (words === null) {
              close();
              done();
            } else {
              setTimeout(() => {
                close();
                done();
              }, RESULT_SHOWN_MS);
            }
            return words;
          }}
        />,
        point,
      );
    });
  return {
    ask(offer, onAnswer) {
      queue = queue.then(() => show(offer, onAnswer));
      return queue;
    },
    unmount: close,
  };
}
