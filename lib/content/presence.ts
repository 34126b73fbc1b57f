/**
 * Rapport's presence around the reply box it coaches: keeps the badge and the panel placed around
 * the box as the page scrolls and resizes (./anchor.ts, components/sidebar/placement.ts), and opens
 * the card at the words when the agent points at an underline or puts the caret in it.
 */
import type { MountedSidebar } from '../../components/sidebar/mount';
import type { CurrentSource } from '../../components/sidebar/model';
import { intersects, type Box } from '../../components/sidebar/placement';
import type { EditorHandle } from '../editing/types';
import { frameOffset, readAnchor, shift, watchAnchor } from './anchor';
import type { CurrentTarget } from './current-tracking';
import type { Highlighter } from './highlights';

export interface Presence extends CurrentTarget {
  /**
   * Re-read where the reply box is in the next frame (after a check: the box may have grown).
   * Not at once: reading boxes inside the keystroke would force a layout of the whole page.
   */
  relayoutSoon(): void;
  stop(): void;
}

export function followEditor(handle: EditorHandle, highlighter: Highlighter, sidebar: MountedSidebar, coach: CurrentTarget): Presence {
  const el = handle.element;
  let editorBox: Box | null = null;

  /** The finding's words in top-window pixels, only those inside the reply box's visible part. */
  const wordBoxes = (key: string): Box[] => {
    const offset = frameOffset(el.ownerDocument);
    const visible = editorBox;
    if (!visible) return [];
    return highlighter
      .wordRects(handle, key)
      .map((r) => shift({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }, offset))
      .filter((b) => intersects(b, visible));
  };

  const openAt = (key: string): void => {
    const words = wordBoxes(key);
    if (words.length) sidebar.popover.open(key, words);
    else sidebar.popover.close();
  };

  const relayout = (): void => {
    const anchor = readAnchor(el);
    editorBox = anchor.editor;
    sidebar.place(anchor);
    const open = sidebar.popover.openKey;
    if (open) openAt(open);
  };
  const unwatch = watchAnchor(el, relayout);
  relayout();
  const win = el.ownerDocument.defaultView;
  let frame = 0;

  return {
    relayoutSoon() {
      if (frame || !win) return;
      frame = win.requestAnimationFrame(() => {
        frame = 0;
        relayout();
      });
    },
    setCurrent(key: string | null, source: CurrentSource) {
      coach.setCurrent(key, source);
      if (source !== 'hover' && source !== 'caret') return;
      if (key) openAt(key);
      else sidebar.popover.closeSoon();
    },
    stop() {
      if (frame) win?.cancelAnimationFrame(frame);
      unwatch();
      sidebar.popover.close();
    },
  };
}
