/**
 * The fallback adapter for any page: every visible textarea and contenteditable root is a reply
 * box, and the composer's mode and the customer's last message are read from conventions many
 * desks share — an explicit `data-rapport-kind`, an active "Internal note" tab or toggle next to
 * the editor, "internal"/"private"/"note" in the composer's classes, or the editor's own label.
 */
import type { DraftKind } from '../engine/types';
import { ancestorsAcross, isActive, labelOf, messageText, queryDeep, saysInternal } from './dom';
import type { SiteAdapter } from './types';

/** How far up from the editor the composer (its tabs, its wrapper) is looked for. */
const COMPOSER_DEPTH = 8;
const CONTROLS =
  '[role="tab"], [role="radio"], [role="option"], [role="menuitemradio"], [aria-pressed], [aria-selected], [aria-checked], input[type="radio"], button, a, li, label';
const REPLY_WORDS = /\b(reply|respond|public|customer|email)\b/i;
const INTERNAL_TOKEN = /(^|[-_])(internal|private|work-?notes?)([-_]|$)|(^|[-_])(is|mode|kind|composer|type)[-_]+notes?([-_]|$)|^notes?$|[-_]notes?$|Note$/i;
const SEARCH_LABEL = /\b(search|filter|find)\b/i;

/** Classes, ids and roles that say an ancestor wraps an internal-note composer. */
function wrapperSaysInternal(element: Element): boolean {
  const tokens = [...(element.getAttribute('class') ?? '').split(/\s+/), element.id].filter(Boolean);
  return tokens.some((token) => INTERNAL_TOKEN.test(token));
}

function kindAttribute(element: Element): DraftKind | undefined {
  const value = element.getAttribute('data-rapport-kind');
  return value === 'reply' || value === 'internal-note' ? value : undefined;
}

function labelOfControl(control: Element): string {
  if (control.tagName === 'INPUT') {
    const id = control.id;
    const label = id ? control.ownerDocument.querySelector(`label[for="${CSS.escape(id)}"]`) : control.closest('label');
    return label ? labelOf(label) : (control.getAttribute('aria-label') ?? control.getAttribute('value') ?? '');
  }
  return labelOf(control);
}

/** The mode the composer's own active tab or toggle shows, searching outwards from the editor. */
function modeFromNearestControls(editor: Element): DraftKind | undefined {
  let depth = 0;
  for (const scope of ancestorsAcross(editor)) {
    if (++depth > COMPOSER_DEPTH || scope.tagName === 'BODY' || scope.tagName === 'HTML') break;
    for (const control of Array.from(scope.querySelectorAll(CONTROLS))) {
      if (control === editor || control.contains(editor) || !isActive(control)) continue;
      const label = labelOfControl(control);
      if (!label || label.length > 60) continue;
      if (saysInternal(label)) return 'internal-note';
      if (REPLY_WORDS.test(label)) return 'reply';
    }
  }
  return undefined;
}

const CUSTOMER_MESSAGE = [
  '[data-rapport-role="customer-message"]',
  '[data-author-role="customer"]',
  '[data-author-role="requester"]',
  '[data-sender="customer"]',
  '.customer-message',
  '.message--customer',
  '.message.customer',
  '.message.from-customer',
].join(', ');
const QUOTED = 'blockquote, .gmail_quote, .quoted-text, .quote, .signature, button';
const MAX_CUSTOMER_MESSAGE = 5000;

function outerDocuments(editor: Element): Document[] {
  const docs: Document[] = [];
  let last: Document | null = null;
  for (const el of ancestorsAcross(editor)) {
    if (el.ownerDocument !== last) {
      last = el.ownerDocument;
      docs.push(last);
    }
  }
  return docs;
}

export const genericAdapter: SiteAdapter = {
  id: 'generic',
  name: 'Any page',
  matches: () => true,
  isReplyBox(editor) {
    if (editor.closest('[data-rapport-ignore], [data-rapport="sidebar"]')) return false;
    const label = `${editor.getAttribute('aria-label') ?? ''} ${editor.getAttribute('placeholder') ?? ''} ${editor.getAttribute('name') ?? ''}`;
    if (SEARCH_LABEL.test(label) && editor.tagName === 'TEXTAREA') return false;
    const rect = editor.getBoundingClientRect();
    // Hidden mirrors and 1-px helper fields that some editors keep are not reply boxes.
    return rect.width >= 80 && rect.height >= 16;
  },
  draftKind(editor) {
    for (const el of ancestorsAcross(editor)) {
      const explicit = kindAttribute(el);
      if (explicit) return explicit;
    }
    const ownLabel = `${editor.getAttribute('aria-label') ?? ''} ${editor.getAttribute('placeholder') ?? ''} ${editor.getAttribute('data-placeholder') ?? ''}`.trim();
    if (ownLabel && saysInternal(ownLabel)) return 'internal-note';
    const fromControls = modeFromNearestControls(editor);
    if (fromControls) return fromControls;
    let depth = 0;
    for (const el of ancestorsAcross(editor)) {
      if (++depth > COMPOSER_DEPTH || el.tagName === 'BODY') break;
      if (wrapperSaysInternal(el)) return 'internal-note';
    }
    return 'reply';
  },
  customerMessage(editor) {
    for (const doc of outerDocuments(editor)) {
      const found = queryDeep(doc, CUSTOMER_MESSAGE);
      for (let i = found.length - 1; i >= 0; i--) {
        const text = messageText(found[i]!, { skip: QUOTED });
        if (text) return text.slice(0, MAX_CUSTOMER_MESSAGE);
      }
    }
    return undefined;
  },
};
