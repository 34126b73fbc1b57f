/**
 * DOM helpers shared by the site adapters. Help desks put composers inside open shadow roots
 * (ServiceNow Workspace, Salesforce Lightning) and same-origin iframes (ServiceNow's gsft_main,
 * CKEditor 4 and TinyMCE editing frames), so "walk up" and "search down" here cross both.
 *
 * Nothing here uses `instanceof`: elements from another frame have another realm's prototypes.
 */

const ELEMENT_NODE = 1;

function isElement(node: unknown): node is Element {
  return !!node && typeof node === 'object' && (node as Node).nodeType === ELEMENT_NODE;
}

/** The `<iframe>` hosting `doc`, when the parent frame is same-origin; null otherwise. */
export function frameElementOf(doc: Document): Element | null {
  const win = doc.defaultView;
  if (!win) return null;
  try {
    if (win.frameElement) return win.frameElement;
    const parent = win.parent;
    if (!parent || parent === win) return null;
    for (const frame of Array.from(parent.document.querySelectorAll('iframe, frame'))) {
      if ((frame as HTMLIFrameElement).contentDocument === doc) return frame;
    }
  } catch {
    // Cross-origin parent: the composer context is out of reach, which is the safe answer.
  }
  return null;
}

/** The parent element of `node`, stepping out of shadow roots and same-origin frames. */
function parentAcross(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const parent = node.parentNode;
  if (parent && (parent as ShadowRoot).host && isElement((parent as ShadowRoot).host)) {
    return (parent as ShadowRoot).host;
  }
  if (parent && parent.nodeType === 9 /* DOCUMENT_NODE */) return frameElementOf(parent as Document);
  return null;
}

/** `element` and its ancestors, across shadow roots and same-origin frames. */
export function* ancestorsAcross(element: Element): Generator<Element> {
  let current: Element | null = element;
  while (current) {
    yield current;
    current = parentAcross(current);
  }
}

/** Like `Element.closest`, but crossing shadow-root and frame boundaries. */
export function closestAcross(element: Element, selector: string): Element | null {
  for (const el of ancestorsAcross(element)) {
    if (el.matches(selector)) return el;
  }
  return null;
}

/** The top-most same-origin document above `element` (the desk page around an editing frame). */
export function outerDocument(element: Element): Document {
  let doc = element.ownerDocument;
  for (let frame = frameElementOf(doc); frame; frame = frameElementOf(doc)) doc = frame.ownerDocument;
  return doc;
}

/** querySelectorAll that also searches every open shadow root below `root`. */
export function queryDeep(root: ParentNode, selector: string): Element[] {
  const found: Element[] = [];
  const visit = (scope: ParentNode): void => {
    found.push(...Array.from(scope.querySelectorAll(selector)));
    for (const el of Array.from(scope.querySelectorAll('*'))) {
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  return found;
}

/** True when `element` is visible enough to count (not hidden by attribute or inline style). */
export function isShown(element: Element): boolean {
  for (const el of ancestorsAcross(element)) {
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return false;
    const style = (el as HTMLElement).style;
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
  }
  return true;
}

/** Is a tab / toggle / option in its "on" state, however the desk spells it. */
export function isActive(element: Element): boolean {
  if (
    element.getAttribute('aria-selected') === 'true' ||
    element.getAttribute('aria-pressed') === 'true' ||
    element.getAttribute('aria-checked') === 'true' ||
    element.getAttribute('aria-current') === 'true' ||
    element.getAttribute('data-state') === 'active' ||
    element.getAttribute('data-state') === 'on'
  ) {
    return true;
  }
  if ((element as HTMLInputElement).checked === true) return true;
  if ((element as HTMLOptionElement).selected === true && element.tagName === 'OPTION') return true;
  return /(^|\s)(active|selected|is-active|is-selected|current)(\s|$)/.test(element.getAttribute('class') ?? '');
}

/** A control's label: aria-label, else its text, whitespace-collapsed. */
export function labelOf(element: Element): string {
  return (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const NOTE_WORDS = /\b(internal|private|note|notes|work notes?|comment internally)\b/i;

export function saysInternal(label: string): boolean {
  return NOTE_WORDS.test(label) && !/\b(reply to customer|share with customer|public)\b/i.test(label);
}

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'TABLE', 'PRE', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'SVG', 'svg']);

export interface TextOptions {
  /** Selectors whose content is left out (quoted history, signatures, UI chrome inside a message). */
  skip?: string;
}

/**
 * The plain text of a message as a reader sees it: blocks on their own lines, whitespace
 * collapsed, quoted history and chrome left out. Does not depend on layout (works in tests).
 */
export function messageText(element: Element, options: TextOptions = {}): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (!isElement(node)) return;
    if (SKIPPED_TAGS.has(node.tagName)) return;
    if (options.skip && node.matches(options.skip)) return;
    if (node.tagName === 'BR') {
      parts.push('\n');
      return;
    }
    const block = BLOCK_TAGS.has(node.tagName);
    if (block) parts.push('\n');
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) parts.push('\n');
  };
  walk(element);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}
