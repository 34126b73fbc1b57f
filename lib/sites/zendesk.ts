/**
 * Zendesk Agent Workspace: CKEditor 5 composer; the channel switcher in the composer header says
 * "Public reply" / "Internal note" (or the channel: Email, Chat, …); the conversation log marks
 * each message with its sender type.
 */
import { defineDesk, nearest } from './define-desk';
import { labelOf, saysInternal } from './dom';

export const zendesk = defineDesk({
  id: 'zendesk',
  name: 'Zendesk Agent Workspace',
  hosts: ['zendesk.com'],
  markers: '[data-test-id="omnicomposer-rich-text-ckeditor"]',
  replyBox: '[data-test-id="omnicomposer-rich-text-ckeditor"], [data-test-id="ticket-rich-text-editor"]',
  draftKind(editor) {
    const switcher = nearest(editor, '[data-test-id="omnichannel-channel-switcher-button"]');
    if (switcher && saysInternal(labelOf(switcher))) return 'internal-note';
    // The composer turns yellow in note mode; Zendesk marks it on the editor wrapper too.
    const composer = nearest(editor, '[data-test-id="omnicomposer"], [data-test-id="ticket-editor"]');
    if (composer?.matches('[data-comment-type="internal"], [data-is-internal="true"]')) return 'internal-note';
    return 'reply';
  },
  customer: {
    message: '[data-test-id="omni-log-comment-item"] [data-test-id="omni-log-item-message"][type="end-user"]',
  },
});
