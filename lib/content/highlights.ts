/**
 * Underlines flagged words in contenteditable editors with the CSS Custom Highlight API: ranges
 * registered with the editor's window, styled by a constructed stylesheet adopted by the editor's
 * document or shadow root — nothing is inserted into the editor's DOM, so its model never sees us.
 * Textareas can't hold highlights (a mirror overlay comes with issue #4); the sidebar covers them.
 */
import type { CardFinding } from '../../components/sidebar/model';
import type { EditorHandle } from '../editing/types';
import type { Severity } from '../engine/types';

const NAMES: Record<Severity, string> = {
  warning: 'rapport-warning',
  suggestion: 'rapport-suggestion',
  info: 'rapport-info',
};

const CSS_TEXT = `
::highlight(rapport-warning) { text-decoration: underline wavy #b3261e; text-decoration-thickness: 1.5px; text-underline-offset: 3px; }
::highlight(rapport-suggestion) { text-decoration: underline wavy #1a5fb4; text-decoration-thickness: 1.5px; text-underline-offset: 3px; }
::highlight(rapport-info) { text-decoration: underline dotted #5e5c64; text-underline-offset: 3px; }
`;

interface HighlightWindow {
  CSS?: { highlights?: Map<string, unknown> };
  Highlight?: new (...ranges: Range[]) => unknown;
  CSSStyleSheet: typeof CSSStyleSheet;
}

type StyleRoot = Document | ShadowRoot;

export interface Highlighter {
  update(handle: EditorHandle, findings: readonly CardFinding[]): void;
  clear(): void;
}

export function createHighlighter(): Highlighter {
  const styled = new WeakSet<StyleRoot>();
  const touched = new Set<HighlightWindow>();

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
  }

  return {
    update(handle, findings) {
      const doc = handle.element.ownerDocument;
      const win = doc.defaultView as unknown as HighlightWindow | null;
      for (const other of touched) if (other !== win) clearWindow(other);
      touched.clear();
      if (!win?.CSS?.highlights || !win.Highlight) return;
      touched.add(win);
      clearWindow(win);
      if (handle.kind === 'textarea') return;
      const root = handle.element.getRootNode() as StyleRoot;
      ensureStyles(root, win);
      const bySeverity = new Map<Severity, Range[]>();
      for (const f of findings) {
        if (f.scope === 'draft') continue;
        const range = handle.rangeFor(f.start, f.end);
        if (!range) continue;
        const list = bySeverity.get(f.severity) ?? [];
        list.push(range);
        bySeverity.set(f.severity, list);
      }
      for (const [severity, ranges] of bySeverity) win.CSS.highlights.set(NAMES[severity], new win.Highlight(...ranges));
    },
    clear() {
      for (const win of touched) clearWindow(win);
      touched.clear();
    },
  };
}
