/**
 * Plain contenteditable (and designMode documents): reads the text with newlines between blocks,
 * maps text offsets back to DOM positions, and replaces through the shared verified recipe, which
 * for a plain editor ends in `execCommand('insertText')` — on the browser's own undo stack.
 *
 * The text is a pure function of the DOM: each text node contributes its characters one for one
 * (tabs, newlines and no-break spaces read as spaces, so offsets stay exact), `<br>` and block
 * boundaries contribute a "\n" that belongs to no node.
 */
import { ALL_METHODS, replaceVerified, type ApplyTarget } from './apply';
import type { EditorHandle, EditorStrategy } from './types';

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

export interface TextSegment {
  node: Text;
  start: number;
  end: number;
}

export interface TextMap {
  text: string;
  segments: TextSegment[];
}

function isElementNode(node: Node): node is Element {
  return node.nodeType === 1;
}

/** Formatting whitespace between tags in hand-written HTML ("\n    "): not part of the draft. */
function isLayoutWhitespace(text: string): boolean {
  return /^[ \t\r\n]*$/.test(text) && /[\r\n]/.test(text);
}

export function buildTextMap(root: Element): TextMap {
  let text = '';
  const segments: TextSegment[] = [];
  const newline = (): void => {
    if (text.length > 0 && !text.endsWith('\n')) text += '\n';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data.length === 0 || isLayoutWhitespace(data)) return;
      segments.push({ node: node as Text, start: text.length, end: text.length + data.length });
      text += data.replace(/[\t\r\n\u00a0]/g, ' ');
      return;
    }
    if (!isElementNode(node) || SKIPPED_TAGS.has(node.tagName)) return;
    if (node.tagName === 'BR') {
      // Chrome keeps a placeholder <br> as the last child of a block; it adds no line of its own.
      const parent = node.parentElement;
      const placeholder = !node.nextSibling && parent !== null && parent !== root && BLOCK_TAGS.has(parent.tagName);
      if (!placeholder) text += '\n';
      return;
    }
    const block = node !== root && BLOCK_TAGS.has(node.tagName);
    if (block) newline();
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) newline();
  };
  walk(root);
  return { text, segments };
}

/** DOM position of a text offset. `affinity` picks the side when the offset sits between nodes. */
function positionOf(map: TextMap, offset: number, affinity: 'start' | 'end'): { node: Text; offset: number } | null {
  let fallback: { node: Text; offset: number } | null = null;
  for (const seg of map.segments) {
    if (offset > seg.start && offset < seg.end) return { node: seg.node, offset: offset - seg.start };
    if (affinity === 'start' && offset === seg.start) return { node: seg.node, offset: 0 };
    if (affinity === 'end' && offset === seg.end) return { node: seg.node, offset: seg.end - seg.start };
    if (affinity === 'start' && offset === seg.end) fallback ??= { node: seg.node, offset: seg.end - seg.start };
    if (affinity === 'end' && offset === seg.start) fallback = { node: seg.node, offset: 0 };
  }
  return fallback;
}

export function rangeInMap(map: TextMap, doc: Document, start: number, end: number): Range | null {
  const from = positionOf(map, start, 'start');
  const to = positionOf(map, end, 'end');
  if (!from || !to) return null;
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** The outermost editable element containing `element` (or the body of a designMode document). */
export function contentEditableRoot(element: Element): HTMLElement | null {
  const doc = element.ownerDocument;
  if (doc.designMode === 'on' && doc.body) return doc.body;
  let el = element as HTMLElement;
  if (!el.isContentEditable) return null;
  while (el.parentElement && el.parentElement.isContentEditable) el = el.parentElement;
  return el;
}

function focusEditor(root: HTMLElement): void {
  const doc = root.ownerDocument;
  if (doc.activeElement !== root || !doc.hasFocus()) {
    // An editor inside an iframe (CKEditor 4, TinyMCE) needs its window focused before its element.
    doc.defaultView?.focus();
    root.focus({ preventScroll: true });
  }
}

/** A contenteditable root as an apply target: text and ranges from the DOM text map, selection through the document's Selection. */
export interface DomTextTarget extends ApplyTarget {
  range(start: number, end: number): Range | null;
}

/** Plain and rich editors alike: the text is read from the DOM, and [start, end) is selected as a DOM range. */
export function domTextTarget(root: HTMLElement): DomTextTarget {
  const doc = root.ownerDocument;
  const read = (): string => buildTextMap(root).text;
  const range = (start: number, end: number): Range | null => rangeInMap(buildTextMap(root), doc, start, end);
  return {
    element: root,
    read,
    range,
    select(start, end) {
      const r = range(start, end);
      const selection = doc.getSelection();
      if (!r || !selection) return false;
      focusEditor(root);
      selection.removeAllRanges();
      selection.addRange(r);
      return selection.rangeCount === 1;
    },
  };
}

export const contentEditableStrategy: EditorStrategy = {
  kind: 'contenteditable',
  detect(element) {
    const root = contentEditableRoot(element);
    return root !== null && root === element;
  },
  attach(element) {
    const root = element;
    const target = domTextTarget(root);
    const handle: EditorHandle = {
      kind: 'contenteditable',
      element: root,
      readText: target.read,
      rangeFor: target.range,
      replace: (start, end, expected, replacement) =>
        replaceVerified(target, { start, end, expected, replacement, methods: ALL_METHODS }),
    };
    return handle;
  },
};
