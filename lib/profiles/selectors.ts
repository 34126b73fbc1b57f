/**
 * Stable CSS selectors for what an agent picked on a live desk page ("Teach Rapport this desk").
 * What survives a desk's next deploy: ids that read like names, test hooks (`data-testid`,
 * `data-test-id`, `data-qa`, …), form field names, ARIA roles, editor libraries' own classes and
 * classes that read like words. What doesn't, and is never used: hashed or generated classes
 * (`css-1x2y3z`, CSS-module `Name__part___a9Fd`, Outlook's `dFCbN`), numbered ids (`ember123`,
 * `:r5:`), structural paths and nth-child positions.
 */

/** Editor libraries' classes on their editable root (stable across the desks that embed them). */
const EDITOR_CLASSES = new Set([
  'ProseMirror', 'ql-editor', 'ck-editor__editable', 'public-DraftEditor-content', 'fr-element', 'redactor-in',
  'redactor-editor', 'note-editable', 'mce-content-body', 'cke_editable', 'cke_wysiwyg_frame', 'tox-edit-area__iframe',
]);
const TEST_ATTRIBUTES = ['data-testid', 'data-test-id', 'data-test', 'data-qa', 'data-cy', 'data-e2e', 'data-automation-id'];
/** data-* attributes that are framework bookkeeping, never a description of the element. */
const NOISE_ATTRIBUTE = /^data-(reactid|react-|offset-key|editor|block|contents|slate-|lexical-|v-|ember|aura-|gramm|ms-|rapport)/;
const MAX_ANCESTORS = 6;

/** A CSS-module or CSS-in-JS class, a hash, or a token with numbers in it. */
export function looksGenerated(token: string): boolean {
  if (!token || token.length > 60 || /[^A-Za-z0-9_-]/.test(token)) return true;
  if (/\d{2,}/.test(token) || /^(css|sc|jsx|emotion|styled|svelte)-/i.test(token)) return true;
  const segments = token.split(/[-_]+|(?<=[a-z])(?=[A-Z])/).filter(Boolean);
  return segments.some((segment) => /\d/.test(segment) && /[A-Za-z]/.test(segment)) || segments.some((segment) => segment.length >= 3 && !/[aeiouy]/i.test(segment));
}

function quote(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

function readableValue(value: string): boolean {
  return value.length > 0 && value.length <= 60 && !/\d{3,}/.test(value) && !/[\r\n]/.test(value);
}

function stableClasses(element: Element): string[] {
  const tokens = Array.from(element.classList);
  const editor = tokens.filter((t) => EDITOR_CLASSES.has(t));
  const words = tokens.filter((t) => !EDITOR_CLASSES.has(t) && !looksGenerated(t) && !/^(active|selected|focus|hover|open|is-|has-)/.test(t));
  return [...editor, ...words];
}

/** Selectors that describe `element` on its own, most stable first. */
export function ownSelectors(element: Element, options: { ids: boolean } = { ids: true }): string[] {
  const out: string[] = [];
  const tag = element.tagName.toLowerCase();
  if (options.ids && element.id && !looksGenerated(element.id)) out.push(`#${CSS.escape(element.id)}`);
  for (const attr of TEST_ATTRIBUTES) {
    const value = element.getAttribute(attr);
    if (value && readableValue(value)) out.push(`[${attr}=${quote(value)}]`);
  }
  const name = element.getAttribute('name');
  if (name && readableValue(name) && /^(input|textarea|select|button|iframe)$/.test(tag)) out.push(`${tag}[name=${quote(name)}]`);
  const classes = stableClasses(element);
  const editorClass = classes.find((c) => EDITOR_CLASSES.has(c));
  if (editorClass) out.push(`.${CSS.escape(editorClass)}`);
  for (const attr of Array.from(element.attributes)) {
    if (!attr.name.startsWith('data-') || TEST_ATTRIBUTES.includes(attr.name) || NOISE_ATTRIBUTE.test(attr.name)) continue;
    if (readableValue(attr.value) && !looksGenerated(attr.value.replace(/[\s.:/]+/g, '-'))) out.push(`[${attr.name}=${quote(attr.value)}]`);
  }
  if (classes.length) out.push(classes.slice(0, 2).map((c) => `.${CSS.escape(c)}`).join(''));
  const role = element.getAttribute('role');
  if (role && /^[a-z]+$/.test(role)) out.push(`${tag}[role=${quote(role)}]`);
  const label = element.getAttribute('aria-label');
  if (label && readableValue(label)) out.push(`${tag}[aria-label=${quote(label)}]`);
  return out;
}

function matchesOnly(root: ParentNode, selector: string, element: Element): boolean {
  try {
    const found = root.querySelectorAll(selector);
    return found.length === 1 && found[0] === element;
  } catch {
    return false;
  }
}

function matchesIt(root: ParentNode, selector: string, element: Element): boolean {
  try {
    return Array.from(root.querySelectorAll(selector)).includes(element);
  } catch {
    return false;
  }
}

/**
 * A stable selector that finds `element` (and, ideally, nothing else) in its document: its own
 * description, else one scoped by a describable ancestor. Undefined when nothing stable describes it.
 */
export function uniqueSelector(element: Element): string | undefined {
  const root = element.ownerDocument;
  const own = ownSelectors(element);
  const unique = own.find((s) => matchesOnly(root, s, element));
  if (unique) return unique;
  const fallback = own.find((s) => matchesIt(root, s, element)) ?? element.tagName.toLowerCase();
  let ancestor = element.parentElement;
  for (let depth = 0; ancestor && depth < MAX_ANCESTORS && ancestor !== root.body; depth++, ancestor = ancestor.parentElement) {
    for (const scope of ownSelectors(ancestor)) {
      const scoped = `${scope} ${fallback}`;
      if (matchesOnly(root, scoped, element)) return scoped;
    }
  }
  return own.length ? fallback : undefined;
}

/** Words in a class or data value that say "the customer wrote this". */
const CUSTOMER_MARK = /customer|requester|requestor|end-?user|client|inbound|incoming|visitor|contact|external|from-user/i;

function customerMark(element: Element): string | undefined {
  for (const token of stableClasses(element)) if (CUSTOMER_MARK.test(token)) return `.${CSS.escape(token)}`;
  for (const attr of Array.from(element.attributes)) {
    if (attr.name.startsWith('data-') && !NOISE_ATTRIBUTE.test(attr.name) && readableValue(attr.value) && CUSTOMER_MARK.test(attr.value)) {
      return `[${attr.name}=${quote(attr.value)}]`;
    }
  }
  return undefined;
}

/**
 * A selector for customer messages like the picked one: the message body's own description
 * (without its id, which is this message's alone), scoped by the nearest ancestor that marks it as
 * the customer's (`thread-type-customer`, `data-author="requester"`, …) when there is one.
 */
export function messageSelector(element: Element): string | undefined {
  const root = element.ownerDocument;
  const own = ownSelectors(element, { ids: false }).find((s) => matchesIt(root, s, element)) ?? element.tagName.toLowerCase();
  const selfMark = customerMark(element);
  if (selfMark && matchesIt(root, `${own}${selfMark.startsWith('.') || selfMark.startsWith('[') ? selfMark : ''}`, element)) {
    return own === element.tagName.toLowerCase() ? selfMark : `${own}${selfMark}`;
  }
  let ancestor = element.parentElement;
  for (let depth = 0; ancestor && depth < MAX_ANCESTORS && ancestor !== root.body; depth++, ancestor = ancestor.parentElement) {
    const mark = customerMark(ancestor);
    if (mark && matchesIt(root, `${mark} ${own}`, element)) return `${mark} ${own}`;
  }
  return own === element.tagName.toLowerCase() ? undefined : own;
}
