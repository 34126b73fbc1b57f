/**
 * Knowing that a reply was sent, by the conventions desks share (each adapter may name its own send
 * controls, `SiteAdapter.sendControls`):
 *  - the composer's form is submitted (by the agent: trusted events only) and nothing cancels it;
 *  - the agent presses the composer's Send / Submit / Reply button (or Ctrl/⌘+Enter in the reply box)
 *    and the draft is cleared, or the reply box removed, right after;
 * A press after which the draft stays (a validation error, a cancelled send) is not a send. The
 * draft's text is read at the press, before the desk clears it. Script on the page can't fake a
 * send: untrusted events are ignored.
 */
import type { SiteAdapter } from './types';

export interface SentReply {
  /** The reply as it was when the agent sent it. */
  text: string;
  /** The composer's status control said the reply solves or closes the ticket. */
  solves: boolean;
  how: 'form' | 'button' | 'shortcut';
}

export interface SendWatchOptions {
  /** The draft's text now. */
  readText(): string;
  onSent(reply: SentReply): void;
  adapter?: Pick<SiteAdapter, 'sendControls'>;
  /** How long the draft has to be cleared after a press (default 3 s). */
  confirmMs?: number;
}

/** Words a send control starts with, in its text, label, value or title. */
const SEND_WORDS = /^\s*(?:send|submit|reply|post|respond|publish|update\s+ticket)\b/i;
const SOLVE_WORDS = /\b(?:solved|resolved|closed?|resolve)\b/i;
const CONTROL = 'button, [role="button"], input[type="submit"], input[type="button"]';
/** How far above the reply box a send control's composer may start. */
const COMPOSER_DEPTH = 6;

function labelOf(control: Element): string {
  const input = control instanceof HTMLInputElement ? control.value : '';
  return [control.getAttribute('aria-label'), input, control.textContent, control.getAttribute('title')].find((s) => s && s.trim())?.trim() ?? '';
}

/** The element around the reply box that holds its controls: its form, else a few levels up. */
export function composerOf(editor: HTMLElement): HTMLElement {
  const form = editor.closest('form');
  if (form) return form;
  let el: HTMLElement = editor;
  for (let i = 0; i < COMPOSER_DEPTH && el.parentElement && el.parentElement !== el.ownerDocument.body; i++) el = el.parentElement;
  return el;
}

/** Is `control` a send control of this reply box's composer? */
export function isSendControl(control: Element, editor: HTMLElement, adapter?: Pick<SiteAdapter, 'sendControls'>): boolean {
  if (adapter?.sendControls && control.matches(adapter.sendControls)) return composerOf(editor).contains(control) || !!control.closest('form')?.contains(editor);
  if (!composerOf(editor).contains(control)) return false;
  if (control instanceof HTMLInputElement && control.type === 'submit') return true;
  return SEND_WORDS.test(labelOf(control));
}

/**
 * Does the composer say this reply solves the ticket? The pressed control's words ("Submit as
 * Solved"), or a status select / checked radio in the composer reading solved, resolved or closed.
 */
export function solvesTicket(editor: HTMLElement, control?: Element | null): boolean {
  if (control && SOLVE_WORDS.test(labelOf(control))) return true;
  const composer = composerOf(editor);
  for (const select of composer.querySelectorAll<HTMLSelectElement>('select[name*="status" i], select[id*="status" i], select[name*="state" i]')) {
    const chosen = select.options[select.selectedIndex];
    if (chosen && SOLVE_WORDS.test(`${chosen.value} ${chosen.textContent ?? ''}`)) return true;
  }
  for (const radio of composer.querySelectorAll<HTMLInputElement>('input[type="radio"][name*="status" i]:checked')) {
    if (SOLVE_WORDS.test(radio.value)) return true;
  }
  return false;
}

/** Watches one reply box for sends; returns the function that stops watching. */
export function watchSends(editor: HTMLElement, options: SendWatchOptions): () => void {
  const doc = editor.ownerDocument;
  const win = doc.defaultView ?? window;
  const confirmMs = options.confirmMs ?? 3000;
  let pending: { timer: number; text: string } | null = null;

  const cleared = () => !editor.isConnected || options.readText().trim() === '';

  function settle(reply: SentReply): void {
    if (pending) win.clearInterval(pending.timer);
    pending = null;
    options.onSent(reply);
  }

  /** After a press: sent once the draft is cleared within confirmMs, else nothing happened. */
  function awaitClear(how: SentReply['how'], control: Element | null): void {
    const text = options.readText();
    if (!text.trim() || pending) return;
    const solves = solvesTicket(editor, control);
    const started = Date.now();
    const timer = win.setInterval(() => {
      if (cleared()) settle({ text, solves, how });
      else if (Date.now() - started > confirmMs) {
        win.clearInterval(timer);
        pending = null;
      }
    }, 100);
    pending = { timer, text };
  }

  const onClick = (e: MouseEvent) => {
    if (!e.isTrusted || !(e.target instanceof Element)) return;
    const control = e.target.closest(CONTROL);
    if (control && isSendControl(control, editor, options.adapter)) awaitClear('button', control);
  };
  const onKey = (e: KeyboardEvent) => {
    if (!e.isTrusted || e.key !== 'Enter' || !(e.ctrlKey || e.metaKey)) return;
    if (e.target instanceof Node && (e.target === editor || editor.contains(e.target))) awaitClear('shortcut', null);
  };
  const onSubmit = (e: SubmitEvent) => {
    const form = e.target;
    if (!e.isTrusted || !(form instanceof HTMLFormElement) || !form.contains(editor)) return;
    const text = options.readText();
    if (!text.trim()) return;
    const solves = solvesTicket(editor, e.submitter);
    // After the page's own handlers: a cancelled submit is only a send if the desk then clears the draft.
    win.setTimeout(() => {
      if (!e.defaultPrevented) settle({ text, solves, how: 'form' });
      else if (!pending) awaitClear('form', e.submitter);
    }, 0);
  };
  doc.addEventListener('click', onClick, true);
  doc.addEventListener('keydown', onKey, true);
  doc.addEventListener('submit', onSubmit, true);
  return () => {
    doc.removeEventListener('click', onClick, true);
    doc.removeEventListener('keydown', onKey, true);
    doc.removeEventListener('submit', onSubmit, true);
    if (pending) win.clearInterval(pending.timer);
    pending = null;
  };
}
