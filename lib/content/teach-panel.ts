/**
 * The small panel "Teach Rapport this desk" shows on the page while the agent picks the reply box,
 * the reply/note switch and a customer message (lib/content/teach.ts): one instruction, what was
 * picked, and its buttons, in a shadow root so the page's CSS can't reach it (open, like the
 * sidebar's, so tests can drive it; it holds nothing the page doesn't already show). Its buttons act
 * on the agent's own clicks only (`isTrusted`): page script calling `.click()` on them does nothing. Plus the outline that follows the pointer over what would be picked.
 */
import { t } from '../i18n';
import { shadowHost } from './shadow-host';

export interface PanelAction {
  id: string;
  label: string;
  primary?: boolean;
  run(): void;
}

export interface PanelView {
  title: string;
  hint: string;
  /** Label → value lines (what was picked, what Rapport reads). */
  facts?: [string, string][];
  actions: PanelAction[];
}

export interface TeachPanel {
  /** Is `node` part of the panel or the outline (our own UI, never picked)? */
  owns(node: Node): boolean;
  show(view: PanelView): void;
  /** Outline a box in top-frame viewport coordinates; null hides it. */
  outline(rect: { left: number; top: number; width: number; height: number } | null): void;
  destroy(): void;
}

const STYLE = `
  :host { all: initial; }
  .panel { position: fixed; left: 16px; bottom: 16px; z-index: 2147483647; width: 340px; box-sizing: border-box;
    font: 14px/1.4 system-ui, sans-serif; color: #1d1d1f; background: #fff; border: 2px solid #3949ab;
    border-radius: 8px; padding: 12px 14px; box-shadow: 0 6px 24px rgba(0,0,0,.25); }
  h2 { font-size: 15px; margin: 0 0 4px; }
  p { margin: 0 0 8px; }
  dl { margin: 0 0 8px; display: grid; grid-template-columns: max-content 1fr; gap: 2px 8px; }
  dt { font-weight: 600; } dd { margin: 0; overflow-wrap: anywhere; font-family: ui-monospace, monospace; font-size: 12px; }
  .actions { display: flex; gap: 8px; flex-wrap: wrap; }
  button { font: inherit; padding: 4px 10px; border-radius: 6px; border: 1px solid #3949ab; background: #fff; color: #1a237e; cursor: pointer; }
  button.primary { background: #3949ab; color: #fff; }
  button:focus-visible { outline: 3px solid #ffab00; outline-offset: 2px; }
  .outline { position: fixed; z-index: 2147483646; pointer-events: none; border: 2px dashed #d81b60;
    background: rgba(216,27,96,.08); border-radius: 3px; display: none; }
`;

export function createTeachPanel(doc: Document): TeachPanel {
  const { host, shadow } = shadowHost(doc, 'div', 'teach', STYLE);
  const box = doc.createElement('div');
  box.className = 'outline';
  const panel = doc.createElement('section');
  panel.className = 'panel';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', t('popup_teach'));
  panel.setAttribute('aria-live', 'polite');
  shadow.append(box, panel);
  (doc.body ?? doc.documentElement).append(host);

  return {
    owns: (node) => node === host || host.contains(node) || (node.getRootNode() as ShadowRoot) === shadow,
    show(view) {
      panel.replaceChildren();
      const title = doc.createElement('h2');
      title.textContent = view.title;
      const hint = doc.createElement('p');
      hint.textContent = view.hint;
      panel.append(title, hint);
      if (view.facts?.length) {
        const list = doc.createElement('dl');
        for (const [label, value] of view.facts) {
          const dt = doc.createElement('dt');
          dt.textContent = label;
          const dd = doc.createElement('dd');
          dd.textContent = value;
          list.append(dt, dd);
        }
        panel.append(list);
      }
      const actions = doc.createElement('div');
      actions.className = 'actions';
      for (const action of view.actions) {
        const button = doc.createElement('button');
        button.type = 'button';
        button.textContent = action.label;
        button.setAttribute('data-teach-action', action.id);
        if (action.primary) button.className = 'primary';
        // The agent's own click or key press only: a page script's .click() is not trusted.
        button.addEventListener('click', (event) => {
          if (event.isTrusted) action.run();
        });
        actions.append(button);
      }
      panel.append(actions);
    },
    outline(rect) {
      if (!rect) {
        box.style.display = 'none';
        return;
      }
      Object.assign(box.style, { display: 'block', left: `${rect.left}px`, top: `${rect.top}px`, width: `${rect.width}px`, height: `${rect.height}px` });
    },
    destroy: () => host.remove(),
  };
}
