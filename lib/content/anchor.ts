/**
 * Where the reply box is on screen, for placing the badge, the panel and the popover around it
 * (components/sidebar/placement.ts): the editor's visible box and its composer's buttons (Send),
 * in the top window's viewport pixels — an editor in a same-origin frame is offset by its frames.
 * Follows scrolling (any container, capture), window resizes and the editor's own size changes,
 * at most once per animation frame.
 *
 * Read-only: nothing here writes to the page.
 */
import type { AnchorBoxes, Box } from '../../components/sidebar/placement';

export type { AnchorBoxes };

/** Words a composer's send-like button says (English desks; type=submit counts whatever it says). */
const SEND_WORDS = /\b(send|reply|submit|post|comment|update|save|respond)\b/i;
/** How far up from the editor to look for its composer's buttons. */
const MAX_LEVELS = 8;
const BUTTONS = 'button, input[type="submit"], input[type="button"], [role="button"]';

function toBox(r: DOMRect | DOMRectReadOnly): Box {
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

/** How far `doc`'s viewport is from the top window's, through same-origin frames. */
export function frameOffset(doc: Document): { x: number; y: number } {
  let x = 0;
  let y = 0;
  let win: Window | null = doc.defaultView;
  while (win && win !== win.top) {
    let frame: Element | null = null;
    try {
      frame = win.frameElement;
    } catch {
      frame = null;
    }
    if (!frame) break;
    const r = frame.getBoundingClientRect();
    x += r.left + (frame as HTMLElement).clientLeft;
    y += r.top + (frame as HTMLElement).clientTop;
    win = frame.ownerDocument.defaultView;
  }
  return { x, y };
}

export function shift(box: Box, by: { x: number; y: number }): Box {
  return { left: box.left + by.x, top: box.top + by.y, right: box.right + by.x, bottom: box.bottom + by.y };
}

/** One step up the tree, out of shadow roots and same-origin frames. */
function parentOf(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  // A shadow root is a document fragment with a host (instanceof would not cross worlds).
  if (root.nodeType === 11 && 'host' in root) return (root as ShadowRoot).host;
  try {
    return node.ownerDocument.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}

/** `el`'s box cut by every scrolling or clipping ancestor (and frame) on the way up, in top-window pixels. */
function visibleBoxInTop(el: Element): Box | null {
  let box = shift(toBox(el.getBoundingClientRect()), frameOffset(el.ownerDocument));
  for (let node = parentOf(el); node; node = parentOf(node)) {
    const win = node.ownerDocument.defaultView;
    if (!win) break;
    const style = win.getComputedStyle(node);
    const isFrame = node.tagName === 'IFRAME' || node.tagName === 'FRAME';
    if (!isFrame && style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const p = shift(toBox(node.getBoundingClientRect()), frameOffset(node.ownerDocument));
    box = { left: Math.max(box.left, p.left), top: Math.max(box.top, p.top), right: Math.min(box.right, p.right), bottom: Math.min(box.bottom, p.bottom) };
  }
  const top = el.ownerDocument.defaultView?.top;
  if (top) box = { left: Math.max(box.left, 0), top: Math.max(box.top, 0), right: Math.min(box.right, top.innerWidth), bottom: Math.min(box.bottom, top.innerHeight) };
  return box.right > box.left && box.bottom > box.top ? box : null;
}

function labelOf(el: Element): string {
  const input = el as HTMLInputElement;
  return [el.getAttribute('aria-label'), el.getAttribute('title'), el.tagName === 'INPUT' ? input.value : el.textContent].filter(Boolean).join(' ');
}

function isSendLike(el: Element): boolean {
  const type = el.getAttribute('type');
  if (el.tagName === 'BUTTON' && (type === null || type === 'submit') && el.closest('form')) return true;
  if (el.tagName === 'INPUT' && type === 'submit') return true;
  return SEND_WORDS.test(labelOf(el).slice(0, 80));
}

/**
 * The composer around the editor: from the editor upwards, the first ancestor that holds a
 * send-like button (outside the editor itself), with those buttons. Tabs and toggles don't count.
 */
function findComposer(editor: Element): { container: Element; buttons: Element[] } | null {
  let node: Element | null = editor;
  for (let level = 0; node && level < MAX_LEVELS; level++) {
    node = parentOf(node);
    if (!node) break;
    const found = Array.from(node.querySelectorAll(BUTTONS)).filter(
      (b) => !editor.contains(b) && b.getAttribute('role') !== 'tab' && !b.hasAttribute('aria-pressed') && isSendLike(b),
    );
    if (found.length) return { container: node, buttons: found.slice(0, 4) };
  }
  return null;
}

const area = (b: Box): number => (b.right - b.left) * (b.bottom - b.top);

/**
 * The boxes to keep clear: the editor's visible part and its Send-like buttons; also the whole
 * composer (mode tabs, recipients, toolbar) when it is not much bigger than the editor — a desk
 * whose nearest button-holding ancestor is the whole page must not make every band "taken".
 */
export function readAnchor(editor: Element): AnchorBoxes {
  const editorBox = visibleBoxInTop(editor);
  const composer = findComposer(editor);
  const buttons = (composer?.buttons ?? []).map((b) => visibleBoxInTop(b)).filter((b): b is Box => b !== null);
  const around = composer && editorBox ? visibleBoxInTop(composer.container) : null;
  if (around && area(around) <= 3 * area(editorBox!)) buttons.push(around);
  return { editor: editorBox, buttons };
}

/**
 * Calls `onMove` (once per frame at most) whenever the editor may have moved: scrolling anywhere
 * in its document or the top one, a window resize, or the editor changing size.
 */
export function watchAnchor(editor: Element, onMove: () => void): () => void {
  const docs = new Set<Document>([editor.ownerDocument]);
  const top = editor.ownerDocument.defaultView?.top?.document;
  if (top) docs.add(top);
  const win = editor.ownerDocument.defaultView;
  let frame = 0;
  const schedule = (): void => {
    if (frame || !win) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      onMove();
    });
  };
  for (const doc of docs) {
    doc.addEventListener('scroll', schedule, { capture: true, passive: true });
    doc.defaultView?.addEventListener('resize', schedule, { passive: true });
  }
  const observer = win ? new win.ResizeObserver(schedule) : null;
  observer?.observe(editor);
  return () => {
    if (frame && win) win.cancelAnimationFrame(frame);
    observer?.disconnect();
    for (const doc of docs) {
      doc.removeEventListener('scroll', schedule, { capture: true });
      doc.defaultView?.removeEventListener('resize', schedule);
    }
  };
}
