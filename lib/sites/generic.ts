/**
 * The fallback adapter for any page: every visible textarea and contenteditable root is a reply
 * box. The composer's mode comes from conventions many desks share (lib/sites/composer-mode.ts):
 * an explicit `data-rapport-kind`, the editor's own label, the form fields it will submit (a hidden
 * `is_note`, a "Private" checkbox), its active "Internal note" tab or toggle, or wrapper classes
 * such as `conv-note-block`. The customer's latest message comes from common thread markup, in
 * whichever order the page lists it (lib/sites/thread-order.ts), or is left unknown.
 */
import type { DraftKind } from '../engine/types';
import { modeFromFields, modeFromNearestControls, modeFromWrappers } from './composer-mode';
import { ancestorsAcross, messageText, queryDeep, saysInternal } from './dom';
import { latestMessage } from './thread-order';
import type { SiteAdapter } from './types';

const SEARCH_LABEL = /\b(search|filter|find)\b/i;

function kindAttribute(element: Element): DraftKind | undefined {
  const value = element.getAttribute('data-rapport-kind');
  return value === 'reply' || value === 'internal-note' ? value : undefined;
}

/**
 * Customer (requester) messages as desks commonly mark them: a thread item typed "customer" or
 * "inbound", holding a body. Each pair is [the item, its body]; an item without a recognised body
 * is read whole, minus chrome.
 */
const CUSTOMER_ITEMS = [
  '[data-rapport-role="customer-message"]',
  '[data-author-role="customer"]',
  '[data-author-role="requester"]',
  '[data-author-type="customer"]',
  '[data-author-type="end-user"]',
  '[data-sender="customer"]',
  '[data-thread-type="customer"]',
  '[data-direction="inbound"]',
  '[data-message-direction="inbound"]',
  '.thread.thread-type-customer',
  '.thread-entry.message',
  '.customer-message',
  '.message--customer',
  '.message.customer',
  '.message.from-customer',
  '.message.incoming',
].join(', ');
const MESSAGE_BODY = '.thread-content, .thread-body, .message-body, .message__body, [data-message-body], [data-rapport-role="message-body"]';
const CHROME =
  'blockquote, .gmail_quote, .quoted-text, .quote, .signature, button, time, header, .thread-header, .thread-info, .message-header';
const MAX_CUSTOMER_MESSAGE = 5000;

/** The customer message bodies in `root`, in document order, innermost items only. */
function customerBodies(root: ParentNode): Element[] {
  const items = queryDeep(root, CUSTOMER_ITEMS);
  const innermost = items.filter((item) => !items.some((other) => other !== item && item.contains(other)));
  return innermost.map((item) => item.querySelector(MESSAGE_BODY) ?? item);
}

function outerDocuments(editor: Element): Document[] {
  const docs: Document[] = [];
  for (const el of ancestorsAcross(editor)) {
    if (docs[docs.length - 1] !== el.ownerDocument) docs.push(el.ownerDocument);
  }
  return docs;
}

export const genericAdapter: SiteAdapter = {
  id: 'generic',
  name: 'Any page',
  hosts: [],
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
    return modeFromFields(editor) ?? modeFromNearestControls(editor) ?? modeFromWrappers(editor) ?? 'reply';
  },
  customerMessage(editor) {
    for (const doc of outerDocuments(editor)) {
      const bodies = customerBodies(doc).filter((body) => !editor.contains(body) && messageText(body, { skip: CHROME }));
      if (bodies.length === 0) continue;
      const latest = latestMessage(bodies, editor);
      // Messages here, but no telling which is the latest: none rather than the wrong one.
      if (!latest) return undefined;
      return messageText(latest, { skip: CHROME }).slice(0, MAX_CUSTOMER_MESSAGE);
    }
    return undefined;
  },
};
