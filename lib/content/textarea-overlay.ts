/**
 * Underlines for a `<textarea>`, which can't hold highlights: a mirror of it — same box, font
 * metrics, padding, borders, wrapping and scroll position, with transparent text — laid over it,
 * where the flagged words are spans with underlines. The textarea itself is never touched; the
 * mirror lives in its own shadow root at the document's root, lets every pointer event through,
 * and follows the textarea's scrolling, resizing, the page's scrolling and every edit.
 */
import type { CardFinding } from '../../components/sidebar/model';
import type { Severity } from '../engine/types';
import { shadowHost } from './shadow-host';

/** Computed styles copied from the textarea, so text wraps on exactly the same characters. */
const COPIED = [
  'direction', 'boxSizing', 'width', 'height',
  'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth',
  'borderTopStyle', 'borderRightStyle', 'borderBottomStyle', 'borderLeftStyle',
  'fontStyle', 'fontVariant', 'fontWeight', 'fontStretch', 'fontSize', 'fontFamily', 'fontKerning',
  'fontFeatureSettings', 'fontVariationSettings', 'lineHeight', 'letterSpacing', 'wordSpacing',
  'textAlign', 'textIndent', 'textTransform', 'textRendering', 'tabSize', 'whiteSpace', 'wordBreak',
  'overflowWrap', 'hyphens', 'writingMode',
] as const;

const OVERLAY_CSS = `
:host { all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; pointer-events: none; z-index: 2147483645; }
.mirror {
  position: absolute; overflow: hidden; pointer-events: none; color: transparent; background: transparent;
  border-color: transparent !important; margin: 0; white-space: pre-wrap; overflow-wrap: break-word;
}
.f { color: transparent; text-decoration-skip-ink: none; text-underline-offset: 3px; }
.sev-warning { text-decoration: underline wavy #b3261e; text-decoration-thickness: 1.5px; }
.sev-suggestion { text-decoration: underline wavy #1a5fb4; text-decoration-thickness: 1.5px; }
.sev-info { text-decoration: underline dotted #5e5c64; }
.current { background: rgba(26, 95, 180, .14); border-radius: 2px; }
`;

export interface TextareaOverlay {
  readonly textarea: HTMLTextAreaElement;
  /** Draw these findings (offsets into the textarea's value). */
  update(findings: readonly CardFinding[]): void;
  setCurrent(key: string | null): void;
  /** Key of the finding drawn under the viewport point (x, y), or null. */
  findingAt(x: number, y: number): string | null;
  /** Rectangles of the finding's words as drawn (viewport pixels); empty when hidden or not drawn. */
  rectsOf(key: string): DOMRect[];
  /** Scroll the textarea so the finding's words are in view. */
  reveal(key: string): void;
  dispose(): void;
}

interface Piece {
  key: string;
  start: number;
  end: number;
  severity: Severity;
}

/** Non-overlapping pieces in text order: where findings overlap, the earlier one keeps its words. */
function piecesOf(findings: readonly CardFinding[], length: number): Piece[] {
  const sorted = findings
    .filter((f) => f.scope !== 'draft' && f.end > f.start && f.end <= length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces: Piece[] = [];
  let reached = 0;
  for (const f of sorted) {
    const start = Math.max(f.start, reached);
    if (start >= f.end) continue;
    pieces.push({ key: f.key, start, end: f.end, severity: f.severity });
    reached = f.end;
  }
  return pieces;
}

/**
 * Moves pieces along with an edit from `before` to `after`: the edit is the span between their
 * common prefix and suffix; pieces after it shift, pieces it touches are dropped until re-checked.
 */
export function shiftPieces<T extends { start: number; end: number }>(pieces: readonly T[], before: string, after: string): T[] {
  if (before === after) return [...pieces];
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  const editEnd = before.length - suffix;
  const delta = after.length - before.length;
  const out: T[] = [];
  for (const p of pieces) {
    if (p.end <= prefix) out.push(p);
    else if (p.start >= editEnd) out.push({ ...p, start: p.start + delta, end: p.end + delta });
  }
  return out;
}

function contains(rect: DOMRect, x: number, y: number): boolean {
  return x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
}

/** The part of `el`'s box not clipped by scrolling ancestors or the viewport. */
function visibleBox(el: Element, win: Window): { top: number; left: number; bottom: number; right: number } {
  const r = el.getBoundingClientRect();
  let box = { top: r.top, left: r.left, bottom: r.bottom, right: r.right };
  for (let parent = el.parentElement; parent; parent = parent.parentElement) {
    const style = win.getComputedStyle(parent);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const p = parent.getBoundingClientRect();
    box = { top: Math.max(box.top, p.top), left: Math.max(box.left, p.left), bottom: Math.min(box.bottom, p.bottom), right: Math.min(box.right, p.right) };
    if (style.position === 'fixed') break;
  }
  return {
    top: Math.max(box.top, 0),
    left: Math.max(box.left, 0),
    bottom: Math.min(box.bottom, win.innerHeight),
    right: Math.min(box.right, win.innerWidth),
  };
}

export function createTextareaOverlay(textarea: HTMLTextAreaElement): TextareaOverlay | null {
  const doc = textarea.ownerDocument;
  const win = doc.defaultView;
  if (!win) return null;

  const { host, shadow } = shadowHost(doc, 'rapport-underlines', 'textarea-underlines', OVERLAY_CSS);
  host.setAttribute('aria-hidden', 'true');
  const mirror = doc.createElement('div');
  mirror.className = 'mirror';
  shadow.append(mirror);
  doc.documentElement.append(host);

  let pieces: Piece[] = [];
  let spans = new Map<string, HTMLSpanElement>();
  let currentKey: string | null = null;
  let drawnText: string | null = null;
  let drawnSignature = '';
  let frame = 0;

  function copyStyles(): void {
    const computed = win!.getComputedStyle(textarea);
    const target = mirror.style as unknown as Record<string, string>;
    const source = computed as unknown as Record<string, string>;
    for (const prop of COPIED) target[prop] = source[prop] ?? '';
    // The textarea's scrollbar narrows its text column: narrow the mirror's the same way.
    const borderX = (Number.parseFloat(computed.borderLeftWidth) || 0) + (Number.parseFloat(computed.borderRightWidth) || 0);
    const scrollbar = Math.max(0, textarea.offsetWidth - textarea.clientWidth - borderX);
    mirror.style.paddingRight = `${(Number.parseFloat(computed.paddingRight) || 0) + scrollbar}px`;
    mirror.style.width = `${textarea.offsetWidth}px`;
    mirror.style.height = `${textarea.offsetHeight}px`;
    mirror.style.boxSizing = 'border-box';
  }

  function position(): void {
    frame = 0;
    if (!textarea.isConnected) {
      host.hidden = true;
      return;
    }
    const rect = textarea.getBoundingClientRect();
    const visible = visibleBox(textarea, win!);
    const shown = rect.width > 0 && rect.height > 0 && visible.bottom > visible.top && visible.right > visible.left;
    host.hidden = !shown;
    if (!shown) return;
    mirror.style.transform = `translate(${rect.left}px, ${rect.top}px)`;
    // Clip to what is visible of the textarea, so underlines never float over the desk's own UI
    // around a textarea that is scrolled partly out of its container.
    mirror.style.clipPath = `inset(${visible.top - rect.top}px ${rect.right - visible.right}px ${rect.bottom - visible.bottom}px ${visible.left - rect.left}px)`;
    syncScroll();
  }

  function syncScroll(): void {
    mirror.scrollTop = textarea.scrollTop;
    mirror.scrollLeft = textarea.scrollLeft;
  }

  function schedulePosition(): void {
    if (!frame) frame = win!.requestAnimationFrame(position);
  }

  function draw(): void {
    const text = textarea.value;
    const signature = pieces.map((p) => `${p.key}@${p.start}-${p.end}:${p.severity}`).join('|');
    if (text === drawnText && signature === drawnSignature) return;
    drawnText = text;
    drawnSignature = signature;
    const parts: Node[] = [];
    const nextSpans = new Map<string, HTMLSpanElement>();
    let at = 0;
    for (const piece of pieces) {
      if (piece.start > at) parts.push(doc.createTextNode(text.slice(at, piece.start)));
      const span = doc.createElement('span');
      span.className = `f sev-${piece.severity}${piece.key === currentKey ? ' current' : ''}`;
      span.textContent = text.slice(piece.start, piece.end);
      parts.push(span);
      nextSpans.set(piece.key, span);
      at = piece.end;
    }
    // A zero-width space keeps a trailing newline's empty last line, as the textarea shows it.
    parts.push(doc.createTextNode(`${text.slice(at)}\u200b`));
    mirror.replaceChildren(...parts);
    spans = nextSpans;
    // Scroll positions are synced in the next frame: reading or writing them here would force a
    // layout of the whole thread inside the keystroke.
    schedulePosition();
  }

  const onInput = (): void => {
    // Redraw at once, with the underlines moved along by the edit (the next check confirms them),
    // so the mirror never lags behind what the agent sees, even while checks are debounced.
    if (drawnText !== null) pieces = shiftPieces(pieces, drawnText, textarea.value);
    draw();
  };
  const onScroll = (): void => syncScroll();
  const resizeObserver = new win.ResizeObserver(() => {
    copyStyles();
    schedulePosition();
  });
  resizeObserver.observe(textarea);
  textarea.addEventListener('scroll', onScroll, { passive: true });
  textarea.addEventListener('input', onInput);
  // Any scrolling container on the page moves the textarea: capture catches them all.
  doc.addEventListener('scroll', schedulePosition, { capture: true, passive: true });
  win.addEventListener('resize', schedulePosition, { passive: true });
  copyStyles();
  position();

  return {
    textarea,
    update(findings) {
      pieces = piecesOf(findings, textarea.value.length);
      draw();
    },
    setCurrent(key) {
      if (key === currentKey) return;
      if (currentKey) spans.get(currentKey)?.classList.remove('current');
      currentKey = key;
      if (key) spans.get(key)?.classList.add('current');
    },
    findingAt(x, y) {
      if (host.hidden) return null;
      for (const [key, span] of spans) {
        for (const rect of Array.from(span.getClientRects())) if (contains(rect, x, y)) return key;
      }
      return null;
    },
    rectsOf(key) {
      const span = spans.get(key);
      return host.hidden || !span ? [] : Array.from(span.getClientRects());
    },
    reveal(key) {
      const span = spans.get(key);
      if (!span) return;
      const top = span.offsetTop;
      const bottom = top + span.offsetHeight;
      if (top < textarea.scrollTop || bottom > textarea.scrollTop + textarea.clientHeight) {
        textarea.scrollTop = Math.max(0, top - textarea.clientHeight / 3);
        syncScroll();
      }
    },
    dispose() {
      if (frame) win.cancelAnimationFrame(frame);
      resizeObserver.disconnect();
      textarea.removeEventListener('scroll', onScroll);
      textarea.removeEventListener('input', onInput);
      doc.removeEventListener('scroll', schedulePosition, { capture: true });
      win.removeEventListener('resize', schedulePosition);
      host.remove();
    },
  };
}
