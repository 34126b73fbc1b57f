/**
 * "Teach Rapport this desk": started from the popup, the agent picks on the live page, in turn,
 * the reply box, the control that switches to an internal note (or skips it) and one of the
 * customer's messages (or skips it). Each pick becomes a stable selector (lib/profiles/selectors.ts);
 * before saving, the panel shows what Rapport would now read (reply or note, the customer's words)
 * through the profile. Saved, it is the agent's site profile for this origin in extension storage
 * (never the page's storage), and the coach uses it at once.
 *
 * Only the agent's own pointer and keys count (`isTrusted`): a page script can't pick, skip or save.
 * While picking, clicks on the page are swallowed so picking a tab or a button doesn't press it.
 */
import { pageDocuments, profileAdapter } from '../profiles/adapter';
import { PROFILE_VERSION, type SiteProfile } from '../profiles/profile';
import { messageSelector, ownSelectors, uniqueSelector } from '../profiles/selectors';
import { editableRootOf } from '../editing';
import { genericAdapter } from '../sites/generic';
import { createTeachPanel, type PanelAction } from './teach-panel';
import { t } from '../i18n';

export interface TeachOptions {
  doc: Document;
  /** Writes the profile to extension storage. */
  save(profile: SiteProfile): Promise<void>;
  /** The panel closed (saved or cancelled). */
  onEnd(): void;
}

type Step = 'reply' | 'note' | 'customer' | 'review' | 'saved';

const SWALLOWED = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'dblclick', 'auxclick', 'contextmenu'] as const;
const CONTROL = '[role="tab"], [role="radio"], [role="switch"], [role="menuitemradio"], [aria-pressed], [aria-selected], input, select, button, label, a, li';
const EXCERPT = 120;

function isElement(value: unknown): value is Element {
  return !!value && typeof value === 'object' && (value as Node).nodeType === 1;
}


/** An element's box in the top frame's viewport (frames add their own offset). */
function topRect(element: Element): { left: number; top: number; width: number; height: number } {
  const rect = element.getBoundingClientRect();
  let left = rect.left;
  let top = rect.top;
  for (let win: Window | null = element.ownerDocument.defaultView; win && win !== win.top; win = win.parent) {
    const frame = win.frameElement;
    if (!frame) break;
    const outer = frame.getBoundingClientRect();
    left += outer.left;
    top += outer.top;
  }
  return { left, top, width: rect.width, height: rect.height };
}

/** What selector derivation is given for a reply box: its editable root, or the frame around a frame's body. */
function replyBoxElement(target: Element): HTMLElement | null {
  const root = editableRootOf(target);
  if (!root) return null;
  const doc = root.ownerDocument;
  return root === doc.body && doc.defaultView?.frameElement ? (doc.defaultView.frameElement as HTMLElement) : root;
}

/** The message body around a pick: the nearest element that has something stable to say about itself. */
function messageElement(target: Element): Element {
  for (let el: Element | null = target, depth = 0; el && depth < 4; el = el.parentElement, depth++) {
    if (ownSelectors(el, { ids: false }).length > 0) return el;
  }
  return target;
}

export function startTeach(options: TeachOptions): { stop(): void } {
  const { doc } = options;
  const panel = createTeachPanel(doc);
  const origin = doc.defaultView!.location.origin;
  let step: Step = 'reply';
  let editor: HTMLElement | null = null;
  const picked: { replyBox?: string; noteSwitch?: string; customerMessage?: string } = {};
  let warning = '';
  // Picks may happen in the page and its same-origin frames.
  const docs = pageDocuments(doc);

  const profile = (): SiteProfile => ({
    version: PROFILE_VERSION,
    origin,
    name: doc.defaultView!.location.host,
    replyBox: picked.replyBox!,
    ...(picked.noteSwitch ? { noteSwitch: picked.noteSwitch } : {}),
    ...(picked.customerMessage ? { customerMessage: picked.customerMessage } : {}),
  });

  const cancel: PanelAction = { id: 'cancel', label: t('teach_cancel'), run: () => stop() };
  const skip = (next: Step): PanelAction => ({ id: 'skip', label: t('teach_skip'), run: () => go(next) });

  function render(): void {
    const facts: [string, string][] = [];
    if (picked.replyBox) facts.push([t('teach_reply_box'), picked.replyBox]);
    if (picked.noteSwitch) facts.push([t('teach_note_switch'), picked.noteSwitch]);
    if (picked.customerMessage) facts.push([t('teach_customer'), picked.customerMessage]);
    const hint = (text: string): string => (warning ? `${warning} ${text}` : text);
    if (step === 'reply') panel.show({ title: t('teach_step_reply'), hint: hint(t('teach_hint_reply')), facts, actions: [cancel] });
    else if (step === 'note') panel.show({ title: t('teach_step_note'), hint: hint(t('teach_hint_note')), facts, actions: [skip('customer'), cancel] });
    else if (step === 'customer') panel.show({ title: t('teach_step_customer'), hint: hint(t('teach_hint_customer')), facts, actions: [skip('review'), cancel] });
    else if (step === 'review') {
      const adapter = profileAdapter(profile(), genericAdapter);
      const kind = editor ? adapter.draftKind(editor) : 'reply';
      const customer = editor ? adapter.customerMessage(editor) : undefined;
      facts.push([t('teach_writing_now'), t(kind === 'internal-note' ? 'teach_internal_note' : 'teach_customer_reply')]);
      facts.push([t('teach_reads'), customer ? t('quoted', `${customer.slice(0, EXCERPT)}${customer.length > EXCERPT ? '…' : ''}`) : t('teach_no_customer')]);
      panel.show({
        title: t('teach_review_title'),
        hint: t('teach_review_hint'),
        facts,
        actions: [{ id: 'save', label: t('teach_save'), primary: true, run: () => void save() }, { id: 'restart', label: t('teach_start_over'), run: restart }, cancel],
      });
    } else panel.show({ title: t('teach_saved_title'), hint: t('teach_saved_hint'), facts, actions: [{ id: 'close', label: t('teach_close'), primary: true, run: () => stop() }] });
  }

  function go(next: Step): void {
    step = next;
    warning = '';
    panel.outline(null);
    render();
  }

  function restart(): void {
    delete picked.replyBox;
    delete picked.noteSwitch;
    delete picked.customerMessage;
    editor = null;
    go('reply');
  }

  async function save(): Promise<void> {
    try {
      await options.save(profile());
      go('saved');
    } catch (error) {
      warning = t('teach_save_failed', error instanceof Error ? error.message : String(error));
      render();
    }
  }

  function pick(target: Element): void {
    warning = '';
    if (step === 'reply') {
      const box = replyBoxElement(target);
      const selector = box && uniqueSelector(box);
      if (!box || !selector) {
        warning = t(box ? 'teach_no_selector_box' : 'teach_not_a_box');
        return render();
      }
      editor = editableRootOf(target);
      picked.replyBox = selector;
      return go('note');
    }
    if (step === 'note') {
      const control = target.closest(CONTROL) ?? target;
      const labelled = control.tagName === 'LABEL' ? ((control as HTMLLabelElement).control ?? control) : control;
      const selector = uniqueSelector(labelled);
      if (!selector) {
        warning = t('teach_no_selector_control');
        return render();
      }
      picked.noteSwitch = selector;
      return go('customer');
    }
    if (step === 'customer') {
      const selector = messageSelector(messageElement(target));
      if (!selector) {
        warning = t('teach_no_selector_message');
        return render();
      }
      picked.customerMessage = selector;
      return go('review');
    }
  }

  const targetOf = (event: Event): Element | null => {
    const first = event.composedPath()[0];
    return isElement(first) ? first : isElement(event.target) ? event.target : null;
  };
  const picking = (): boolean => step === 'reply' || step === 'note' || step === 'customer';

  const onPointer = (event: Event): void => {
    const target = targetOf(event);
    if (!event.isTrusted || !target || panel.owns(target) || !picking()) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (event.type === 'click') pick(target);
  };
  const onMove = (event: Event): void => {
    const target = targetOf(event);
    if (!event.isTrusted || !target || panel.owns(target) || !picking()) return;
    panel.outline(topRect(target));
  };
  const onKey = (event: KeyboardEvent): void => {
    if (event.isTrusted && event.key === 'Escape') stop();
  };

  for (const d of docs) {
    for (const type of SWALLOWED) d.addEventListener(type, onPointer, true);
    d.addEventListener('pointermove', onMove, true);
    d.addEventListener('keydown', onKey, true);
  }
  render();

  let stopped = false;
  function stop(): void {
    if (stopped) return;
    stopped = true;
    for (const d of docs) {
      for (const type of SWALLOWED) d.removeEventListener(type, onPointer, true);
      d.removeEventListener('pointermove', onMove, true);
      d.removeEventListener('keydown', onKey, true);
    }
    panel.destroy();
    options.onEnd();
  }
  return { stop };
}
