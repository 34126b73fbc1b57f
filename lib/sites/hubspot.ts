/**
 * HubSpot conversations inbox: a ProseMirror composer with channel tabs (Email, Chat, …) and a
 * Comment tab for internal notes to teammates.
 */
import { defineDesk, nearest } from './define-desk';
import { isActive, labelOf } from './dom';

export const hubspot = defineDesk({
  id: 'hubspot',
  name: 'HubSpot',
  hosts: ['app.hubspot.com', 'app-eu1.hubspot.com', 'app-na2.hubspot.com'],
  replyBox: '[data-test-id="conversations-composer"], [data-test-id="reply-editor"]',
  draftKind(editor) {
    const composer = nearest(editor, '[data-test-id="conversations-composer"]');
    const tab = Array.from(composer?.querySelectorAll('[role="tab"]') ?? []).find(isActive);
    if (tab && /\bcomment\b/i.test(labelOf(tab))) return 'internal-note';
    return composer?.getAttribute('data-composer-type') === 'COMMENT' ? 'internal-note' : 'reply';
  },
  customer: { message: '[data-test-id="thread-message"][data-sender-type="VISITOR"] [data-test-id="message-text"], [data-test-id="thread-message"][data-sender-type="CONTACT"] [data-test-id="message-text"]' },
});
