/**
 * "Show me the card for this": the mouse resting on underlined words, or the caret moved into them
 * with the keyboard (arrows, Home/End, a click), makes that finding current — the sidebar marks and
 * scrolls to its card. Typing is left alone (the caret is always beside the word being typed).
 * Listeners live on the editor's own document (an iframe editor has its own), pointer work is
 * throttled to one lookup per animation frame. Only the agent's own input counts (`isTrusted`): page
 * script dispatching mouse or key events can't move the sidebar between cards.
 */
import type { CurrentSource } from '../../components/sidebar/model';
import type { EditorHandle } from '../editing/types';
import type { Highlighter } from './highlights';

const CARET_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

export interface CurrentTarget {
  setCurrent(key: string | null, source: CurrentSource): void;
}

/** Follows `handle` until the returned function is called. */
export function trackCurrent(handle: EditorHandle, highlighter: Highlighter, target: CurrentTarget): () => void {
  const el = handle.element;
  const doc = el.ownerDocument;
  const win = doc.defaultView;
  if (!win) return () => undefined;
  let frame = 0;
  let pointer: { x: number; y: number } | null = null;

  const lookUpPointer = (): void => {
    frame = 0;
    if (!pointer) return;
    target.setCurrent(highlighter.findingAtPoint(handle, pointer.x, pointer.y), 'hover');
  };
  const onMouseMove = (event: MouseEvent): void => {
    if (!event.isTrusted) return;
    const inside = event.composedPath().includes(el);
    if (!inside) {
      if (pointer) {
        pointer = null;
        target.setCurrent(null, 'hover');
      }
      return;
    }
    pointer = { x: event.clientX, y: event.clientY };
    if (!frame) frame = win.requestAnimationFrame(lookUpPointer);
  };
  const onMouseLeave = (event: MouseEvent): void => {
    if (!event.isTrusted) return;
    pointer = null;
    target.setCurrent(null, 'hover');
  };
  const lookUpCaret = (): void => target.setCurrent(highlighter.findingAtCaret(handle), 'caret');
  const onKeyUp = (event: KeyboardEvent): void => {
    if (event.isTrusted && CARET_KEYS.has(event.key)) lookUpCaret();
  };
  // After a click the selection has settled by the next task.
  const onMouseUp = (event: MouseEvent): void => {
    if (event.isTrusted) win.setTimeout(lookUpCaret, 0);
  };

  doc.addEventListener('mousemove', onMouseMove, { capture: true, passive: true });
  el.addEventListener('mouseleave', onMouseLeave);
  el.addEventListener('keyup', onKeyUp);
  el.addEventListener('mouseup', onMouseUp);
  return () => {
    if (frame) win.cancelAnimationFrame(frame);
    doc.removeEventListener('mousemove', onMouseMove, { capture: true });
    el.removeEventListener('mouseleave', onMouseLeave);
    el.removeEventListener('keyup', onKeyUp);
    el.removeEventListener('mouseup', onMouseUp);
  };
}
