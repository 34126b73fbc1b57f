/**
 * Where Rapport's pieces go on a help desk page, as plain geometry (viewport CSS pixels, no DOM):
 * - the badge sits inside the reply box's bottom-right corner;
 * - the panel overlays the largest band of the window that the reply box and its buttons (Send)
 *   leave free — beside them when a panel fits there, else above or below them — so it never
 *   covers what the agent is writing or the button that sends it, and never changes the page's
 *   layout (it overlays; nothing is pushed aside);
 * - the popover hangs under (or over) the flagged words, kept inside the window.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Viewport {
  width: number;
  height: number;
}

/** Where the reply box is, as placement needs it (lib/content/anchor.ts reads it from the page). */
export interface AnchorBoxes {
  /** The visible part of the reply box (scrolled-away parts cut off), or null when out of sight. */
  editor: Box | null;
  /** Other boxes nothing may cover: the composer's Send-like buttons (and the composer itself when snug). */
  buttons: Box[];
}

export type PanelSide = 'right' | 'left' | 'top' | 'bottom';

export interface PanelPlace {
  box: Box;
  side: PanelSide;
  /** True when the panel fits beside the reply box (it may then open by itself). */
  roomy: boolean;
}

export const PANEL_WIDTH = 340;
/** Narrower than this beside the reply box, the panel goes above or below it instead. */
const PANEL_MIN_WIDTH = 280;
/** Space left between the panel and what it must not cover. */
const GAP = 8;
export const BADGE_SIZE = 32;
/** The badge's inset from the reply box's corner, so it stays inside the box's border. */
const BADGE_INSET = 6;

function width(box: Box): number {
  return Math.max(0, box.right - box.left);
}

function height(box: Box): number {
  return Math.max(0, box.bottom - box.top);
}

export function intersects(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** The smallest box holding all of `boxes` (null for none). */
function union(boxes: readonly Box[]): Box | null {
  if (boxes.length === 0) return null;
  return boxes.reduce((u, b) => ({
    left: Math.min(u.left, b.left),
    top: Math.min(u.top, b.top),
    right: Math.max(u.right, b.right),
    bottom: Math.max(u.bottom, b.bottom),
  }));
}

/** `box` cut to the window; null when nothing of it is inside. */
function clipToViewport(box: Box, viewport: Viewport): Box | null {
  const clipped = {
    left: Math.max(0, box.left),
    top: Math.max(0, box.top),
    right: Math.min(viewport.width, box.right),
    bottom: Math.min(viewport.height, box.bottom),
  };
  return width(clipped) > 0 && height(clipped) > 0 ? clipped : null;
}

/**
 * The panel's box. `guarded` are the boxes it must not cover (the reply box's visible part and the
 * composer's buttons); with none visible it takes the right edge at full height.
 */
export function placePanel(viewport: Viewport, guarded: readonly Box[]): PanelPlace {
  const full = { left: 0, top: 0, right: viewport.width, bottom: viewport.height };
  const visible = guarded.map((b) => clipToViewport(b, viewport)).filter((b): b is Box => b !== null);
  const keep = union(visible);
  const panelWidth = Math.min(PANEL_WIDTH, viewport.width);
  if (!keep) {
    return { box: { ...full, left: full.right - panelWidth }, side: 'right', roomy: true };
  }
  const right = viewport.width - (keep.right + GAP);
  const left = keep.left - GAP;
  // Beside the reply box: full height, its preferred width or what the band allows.
  if (right >= PANEL_MIN_WIDTH || left >= PANEL_MIN_WIDTH) {
    const side: PanelSide = right >= PANEL_MIN_WIDTH ? 'right' : 'left';
    const band = side === 'right' ? right : left;
    const w = Math.min(PANEL_WIDTH, band);
    const box = side === 'right' ? { ...full, left: full.right - w } : { ...full, right: w };
    return { box, side, roomy: true };
  }
  // Above or below it, whichever is taller, at most the preferred width wide (at the right).
  const above = keep.top - GAP;
  const below = viewport.height - (keep.bottom + GAP);
  const side: PanelSide = above >= below ? 'top' : 'bottom';
  const w = Math.min(viewport.width, Math.max(PANEL_WIDTH, Math.min(480, viewport.width)));
  const box =
    side === 'top'
      ? { left: viewport.width - w, top: 0, right: viewport.width, bottom: Math.max(0, above) }
      : { left: viewport.width - w, top: viewport.height - Math.max(0, below), right: viewport.width, bottom: viewport.height };
  return { box, side, roomy: false };
}

/**
 * The badge's box: inside the bottom-right corner of the reply box's visible part; null when the
 * reply box is out of sight (the badge then waits rather than float over the desk).
 */
export function placeBadge(viewport: Viewport, editor: Box | null): Box | null {
  const visible = editor && clipToViewport(editor, viewport);
  if (!visible || width(visible) < BADGE_SIZE + 2 * BADGE_INSET || height(visible) < BADGE_SIZE + 2 * BADGE_INSET) return null;
  const right = visible.right - BADGE_INSET;
  const bottom = visible.bottom - BADGE_INSET;
  return { left: right - BADGE_SIZE, top: bottom - BADGE_SIZE, right, bottom };
}

/**
 * The popover's top-left corner for a card `size` big at the flagged words (`words`: their
 * rectangles): under the last line of them, or over the first when there is no room below; kept
 * inside the window.
 */
export function placePopover(viewport: Viewport, words: readonly Box[], size: { width: number; height: number }): { left: number; top: number } | null {
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return null;
  const below = last.bottom + 4;
  const top = below + size.height <= viewport.height || first.top - 4 - size.height < 0 ? below : first.top - 4 - size.height;
  const left = Math.min(Math.max(GAP, last.left), Math.max(GAP, viewport.width - size.width - GAP));
  return { left, top: Math.max(0, Math.min(top, viewport.height - size.height)) };
}
