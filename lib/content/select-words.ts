/**
 * Showing a finding's words in the reply box: select them (as "find next" does) and scroll them
 * into view — in the editor's own scroller and in the page around it.
 *
 * - `selectInEditor` moves the keyboard into the editor (the next-finding shortcut, a click on a
 *   card: the agent's next move is to type there).
 * - `selectKeepingFocus` leaves the keyboard where it is (a card reached with Tab): browsers move
 *   focus into a contenteditable when its text is selected from script, so focus is put back.
 */
import type { CardFinding } from '../../components/sidebar/model';
import type { EditorHandle } from '../editing/types';

/** The focused element, looking into open shadow roots (our sidebar's buttons live in one). */
function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function select(handle: EditorHandle, finding: CardFinding): void {
  const el = handle.element;
  if (el.tagName === 'TEXTAREA') {
    (el as HTMLTextAreaElement).setSelectionRange(finding.start, finding.end);
    el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    return;
  }
  const range = handle.rangeFor(finding.start, finding.end);
  const selection = el.ownerDocument.getSelection();
  if (!range || !selection) return;
  selection.removeAllRanges();
  selection.addRange(range);
  range.startContainer.parentElement?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

export function selectInEditor(handle: EditorHandle, finding: CardFinding): void {
  const el = handle.element;
  try {
    el.ownerDocument.defaultView?.focus();
    el.focus({ preventScroll: true });
    select(handle, finding);
  } catch {
    // An editor that refuses programmatic selection still shows the card as current.
  }
}

/** Putting focus back fires the card's focus handler again, which must not select (and refocus) again. */
let restoring = false;

export function selectKeepingFocus(handle: EditorHandle, finding: CardFinding, topDocument: Document = document): void {
  if (restoring) return;
  const before = deepActiveElement(topDocument);
  try {
    select(handle, finding);
  } catch {
    return;
  }
  if (!before || deepActiveElement(topDocument) === before || typeof (before as HTMLElement).focus !== 'function') return;
  restoring = true;
  try {
    (before as HTMLElement).focus({ preventScroll: true });
  } finally {
    restoring = false;
  }
}
