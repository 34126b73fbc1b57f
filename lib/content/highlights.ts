/**
 * Underlines the flagged words where the agent writes:
 * - contenteditable editors: the CSS Custom Highlight API — ranges registered with the editor's
 *   window, styled by a constructed stylesheet adopted by the editor's document or shadow root.
 *   Nothing is inserted into the editor's DOM, so its model never sees us. Highlights are painted
 *   with the text, so they follow scrolling and resizing by themselves; the ranges are live, so they
 *   move with edits until the next check (straight after the edit) replaces them.
 * - textareas: a mirror overlay (./textarea-overlay.ts).
 * The current finding (hovered, caret inside, or reached by shortcut) gets a soft background too.
 * Also answers "which finding is under this point / this caret?" for hover and keyboard.
 */
import type { CardFinding } from '../../components/sidebar/model';
import { buildTextMap, rangeInMap, type TextMap } from '../editing/contenteditable';
import type { EditorHandle } from '../editing/types';
import type { Severity } from '../engine/types';
import { createTextareaOverlay, type TextareaOverlay } from './textarea-overlay';

const NAMES: Record<Severity, string> = {
  warning: 'rapport-warning',
  suggestion: 'rapport-suggestion',
  info: 'rapport-info',
};
const CURRENT = 'rapport-current';

const CSS_TEXT = `
::highlight(rapport-warning) { text-decoration: underline wavy #b3261e; text-decoration-thickness: 1.5px; text-underline-offset: 3px; }
::highlight(rapport-suggestion) { text-decoration: underline wavy #1a5fb4; text-decoration-thickness: 1.5px; text-underline-offset: 3px; }
::highlight(rapport-info) { text-decoration: underline dotted #5e5c64; text-underline-offset: 3px; }
::highlight(rapport-current) { background-color: rgba(26, 95, 180, .16); }
`;

interface HighlightWindow {
  CSS?: { highlights?: Map<string, unknown> };
  Highlight?: new (...ranges: Range[]) => unknown;
  CSSStyleSheet: typeof CSSStyleSheet;
}

type StyleRoot = Document | ShadowRoot;

interface CaretDocument {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
}

export interface Highlighter {
  /** `text`: the text the findings were found in (read in this same task), when known. */
  update(handle: EditorHandle, findings: readonly CardFinding[], text?: string): void;
  /** Mark the current finding's words (null: none). */
  setCurrent(handle: EditorHandle, finding: CardFinding | null): void;
  /** Key of the finding drawn at viewport point (x, y) of the editor's window, or null. */
  findingAtPoint(handle: EditorHandle, x: number, y: number): string | null;
  /** Key of the finding the caret (or selection focus) is in, or null. */
  findingAtCaret(handle: EditorHandle): string | null;
  /** Rectangles of the finding's words, in the editor's own viewport (empty when not drawn). */
  wordRects(handle: EditorHandle, key: string): DOMRect[];
  /** Scroll a textarea so the finding is in view (contenteditable: selecting it already does). */
  reveal(handle: EditorHandle, finding: CardFinding): void;
  clear(): void;
}

/**
 * Ranges for many findings from one walk of the editor's DOM. `handle.rangeFor` walks the whole
 * editor on every call — thirty findings in a long thread were thirty walks per keystroke. When the
 * editor's text map reads exactly the text that was checked (every contenteditable-based strategy
 * maps text this way), one map serves all findings; otherwise each goes through the handle.
 */
function rangeMaker(handle: EditorHandle, text: string | undefined): (start: number, end: number) => Range | null {
  let map: TextMap | null = null;
  if (text !== undefined) {
    try {
      const built = buildTextMap(handle.element);
      if (built.text === text) map = built;
    } catch {
      map = null;
    }
  }
  if (!map) return (start, end) => handle.rangeFor(start, end);
  const ready = map;
  const doc = handle.element.ownerDocument;
  return (start, end) => rangeInMap(ready, doc, start, end);
}

export function createHighlighter(): Highlighter {
  const styled = new WeakSet<StyleRoot>();
  const touched = new Set<HighlightWindow>();
  let ranges: { key: string; range: Range; finding: CardFinding }[] = [];
  let overlay: TextareaOverlay | null = null;
  let currentKey: string | null = null;
  let textareaFindings: readonly CardFinding[] = [];

  function ensureStyles(root: StyleRoot, win: HighlightWindow): void {
    if (styled.has(root)) return;
    try {
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(CSS_TEXT);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      styled.add(root);
    } catch {
      // No constructable stylesheets here: the editor simply gets no underlines.
    }
  }

  function clearWindow(win: HighlightWindow): void {
    for (const name of Object.values(NAMES)) win.CSS?.highlights?.delete(name);
    win.CSS?.highlights?.delete(CURRENT);
  }

  function dropOverlay(): void {
    overlay?.dispose();
    overlay = null;
  }

  function drawCurrent(win: HighlightWindow): void {
    const entry = currentKey ? ranges.find((r) => r.key === currentKey) : undefined;
    if (!win.CSS?.highlights || !win.Highlight) return;
    if (entry) win.CSS.highlights.set(CURRENT, new win.Highlight(entry.range));
    else win.CSS.highlights.delete(CURRENT);
  }

  function windowOf(handle: EditorHandle): HighlightWindow | null {
    return handle.element.ownerDocument.defaultView as unknown as HighlightWindow | null;
  }

  return {
    update(handle, findings, text) {
      if (currentKey && !findings.some((f) => f.key === currentKey)) currentKey = null;
      if (handle.kind === 'textarea') {
        for (const other of touched) clearWindow(other);
        touched.clear();
        ranges = [];
        if (overlay?.textarea !== handle.element) {
          dropOverlay();
          overlay = createTextareaOverlay(handle.element as HTMLTextAreaElement);
        }
        textareaFindings = findings;
        overlay?.update(findings);
        overlay?.setCurrent(currentKey);
        return;
      }
      dropOverlay();
      textareaFindings = [];
      const win = windowOf(handle);
      for (const other of touched) if (other !== win) clearWindow(other);
      touched.clear();
      ranges = [];
      if (!win?.CSS?.highlights || !win.Highlight) return;
      touched.add(win);
      clearWindow(win);
      const root = handle.element.getRootNode() as StyleRoot;
      ensureStyles(root, win);
      const bySeverity = new Map<Severity, Range[]>();
      const rangeOf = rangeMaker(handle, text);
      for (const f of findings) {
        if (f.scope === 'draft') continue;
        const range = rangeOf(f.start, f.end);
        if (!range) continue;
        ranges.push({ key: f.key, range, finding: f });
        const list = bySeverity.get(f.severity) ?? [];
        list.push(range);
        bySeverity.set(f.severity, list);
      }
      for (const [severity, list] of bySeverity) win.CSS.highlights.set(NAMES[severity], new win.Highlight(...list));
      drawCurrent(win);
    },
    setCurrent(handle, finding) {
      currentKey = finding?.key ?? null;
      if (handle.kind === 'textarea') {
        overlay?.setCurrent(currentKey);
        return;
      }
      const win = windowOf(handle);
      if (win) drawCurrent(win);
    },
    findingAtPoint(handle, x, y) {
      if (handle.kind === 'textarea') return overlay?.findingAt(x, y) ?? null;
      if (ranges.length === 0) return null;
      const doc = handle.element.ownerDocument as Document & CaretDocument;
      let node: Node | null = null;
      let offset = 0;
      if (doc.caretPositionFromPoint) {
        const pos = doc.caretPositionFromPoint(x, y);
        if (pos) ({ offsetNode: node, offset } = pos);
      } else if (doc.caretRangeFromPoint) {
        const range = doc.caretRangeFromPoint(x, y);
        if (range) ({ startContainer: node, startOffset: offset } = range);
      }
      if (!node || !handle.element.contains(node)) return null;
      for (const { key, range } of ranges) {
        if (!range.isPointInRange(node, offset)) continue;
        // The caret position is the nearest gap between letters, also beside the end of a line:
        // only count it when the pointer is on the words themselves.
        for (const rect of Array.from(range.getClientRects())) {
          if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return key;
        }
      }
      return null;
    },
    findingAtCaret(handle) {
      const el = handle.element;
      if (handle.kind === 'textarea') {
        const textarea = el as HTMLTextAreaElement;
        if (textarea.ownerDocument.activeElement !== textarea) return null;
        const at = textarea.selectionEnd;
        return textareaFindings.find((f) => f.scope !== 'draft' && f.start <= at && at <= f.end)?.key ?? null;
      }
      const selection = el.ownerDocument.getSelection();
      const node = selection?.focusNode;
      if (!selection || !node || !el.contains(node)) return null;
      for (const { key, range } of ranges) if (range.isPointInRange(node, selection.focusOffset)) return key;
      return null;
    },
    wordRects(handle, key) {
      if (handle.kind === 'textarea') return overlay?.rectsOf(key) ?? [];
      const entry = ranges.find((r) => r.key === key);
      return entry ? Array.from(entry.range.getClientRects()) : [];
    },
    reveal(handle, finding) {
      if (handle.kind === 'textarea') overlay?.reveal(finding.key);
    },
    clear() {
      for (const win of touched) clearWindow(win);
      touched.clear();
      ranges = [];
      textareaFindings = [];
      currentKey = null;
      dropOverlay();
    },
  };
}
