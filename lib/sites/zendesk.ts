/**
 * Zendesk Agent Workspace. Evidence (desk-dom-evidence.md; public userscripts, Cypress page objects
 * and a KPI extension that drive Zendesk): the composer is CKEditor 5, `omnicomposer-rich-text-ckeditor`
 * for email/web tickets and `omnicomposer-plain-text-ckeditor` for chat and messaging (legacy:
 * `ticket-rich-text-editor`, `.zendesk-editor--rich-text-container`). The channel switcher
 * (`omnichannel-channel-switcher-button`) carries the mode in its `aria-label`: "Internal note",
 * or the public channel ("Public reply", "Email", "Chat", "Messaging", …). The conversation log has
 * `article[data-test-id=omni-log-comment-item]` items whose `omni-log-item-message` has a `type` of
 * `end-user`, `agent` or `internal`, and a `time[datetime]`. Zendesk keeps every open ticket tab
 * mounted in `main#main_panes`, so everything is read inside the editor's own ticket
 * (`[data-side-conversations-anchor-id]`, else its pane). Labels are English in the evidence:
 * other UI languages may read every draft as a reply.
 */
import type { DraftKind } from '../engine/types';
import type { SiteAdapter } from './types';
import { QUOTED } from './define-desk';
import { closestAcross, labelOf, messageText, outerDocument, saysInternal } from './dom';
import { onDeskHost } from './hosts';
import { latestMessage } from './thread-order';

const HOSTS = ['*.zendesk.com'];
const EDITORS =
  '[data-test-id="omnicomposer-rich-text-ckeditor"], [data-test-id="omnicomposer-plain-text-ckeditor"], ' +
  '[data-test-id="ticket-rich-text-editor"], .zendesk-editor--rich-text-container';
const SWITCHER = '[data-test-id="omnichannel-channel-switcher-button"]';
const CUSTOMER_MESSAGE = '[data-test-id="omni-log-comment-item"] [data-test-id="omni-log-item-message"][type="end-user"]';

/** The open ticket the editor belongs to: other tickets' composers and logs stay mounted beside it. */
function ticketOf(editor: Element): ParentNode {
  const ticket = closestAcross(editor, '[data-side-conversations-anchor-id]');
  if (ticket) return ticket;
  const panes = closestAcross(editor, 'main#main_panes');
  if (panes) {
    const pane = Array.from(panes.children).find((child) => child.contains(editor));
    if (pane) return pane;
  }
  return outerDocument(editor);
}

function draftKind(editor: HTMLElement): DraftKind {
  const switcher = ticketOf(editor).querySelector(SWITCHER);
  if (!switcher) return 'reply';
  return saysInternal(switcher.getAttribute('aria-label') ?? labelOf(switcher)) ? 'internal-note' : 'reply';
}

function customerMessage(editor: HTMLElement): string | undefined {
  const messages = Array.from(ticketOf(editor).querySelectorAll(CUSTOMER_MESSAGE)).filter(
    (message) => messageText(message, { skip: QUOTED }) !== '',
  );
  // The log lists oldest first; the items' timestamps decide when they all have one.
  const latest = latestMessage(messages, editor, 'oldest-first');
  if (!latest) return undefined;
  const body = latest.querySelector('[data-test-id="omni-log-message-content"]') ?? latest;
  return messageText(body, { skip: QUOTED }) || undefined;
}

export const zendesk: SiteAdapter = {
  id: 'zendesk',
  name: 'Zendesk Agent Workspace',
  hosts: HOSTS,
  matches(url, doc) {
    return onDeskHost(url, HOSTS) || !!doc.querySelector(EDITORS);
  },
  isReplyBox(editor) {
    return closestAcross(editor, EDITORS) !== null;
  },
  draftKind,
  customerMessage,
};
