/**
 * Gorgias. Evidence: a public copy of Gorgias's helpdesk front end (desk-dom-evidence.md). The
 * composer is `<form id="ticket-reply-editor">` (Editor / ReplyForm) around a Draft.js rich field;
 * when the new message is not public (source type `internal-note`, "Leave internal note" in the
 * channel menu) the field gets the plain class `is-internal-note` next to a CSS-module `isInternal`
 * class (TicketReplyEditorContainer). Thread items are `.ticket-message` with CSS-module classes
 * `fromAgent` when an agent sent them and `internal` on notes, the words in a CSS-module
 * `messageContent` element (TicketMessage). CSS-module names carry a build hash, so only the
 * readable part of a token is matched. The thread's newer "revamp" markup is NOT evidenced.
 */
import type { DraftKind } from '../engine/types';
import { defineDesk } from './define-desk';
import { ancestorsAcross } from './dom';

const COMPOSER = 'form#ticket-reply-editor';

/** Does any class token of `element` contain `word` (CSS modules add a prefix and a hash)? */
function hasTokenLike(element: Element, word: RegExp): boolean {
  return Array.from(element.classList).some((token) => word.test(token));
}

function draftKind(editor: HTMLElement): DraftKind {
  for (const el of ancestorsAcross(editor)) {
    if (el.matches(COMPOSER)) break;
    if (el.classList.contains('is-internal-note') || hasTokenLike(el, /isInternal/)) return 'internal-note';
  }
  return 'reply';
}

function isCustomerMessage(body: Element): boolean {
  const item = body.closest('.ticket-message');
  return !!item && !hasTokenLike(item, /fromAgent/) && !hasTokenLike(item, /(^|[^a-z])internal/i) && !item.querySelector('.isAgent');
}

export const gorgias = defineDesk({
  id: 'gorgias',
  name: 'Gorgias',
  hosts: ['*.gorgias.com'],
  markers: `${COMPOSER}, .ticket-message`,
  replyBox: `${COMPOSER} .public-DraftEditor-content`,
  draftKind,
  customer: {
    message: '.ticket-message [class*="messageContent"]',
    where: isCustomerMessage,
    order: 'oldest-first',
  },
});
