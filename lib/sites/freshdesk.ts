/**
 * Freshdesk: one Froala editor serves Reply, Add note and Forward; the open form's header says
 * which, and a note carries a "private" toggle (a public note is visible to the requester).
 */
import { defineDesk, nearest } from './define-desk';
import { labelOf } from './dom';

export const freshdesk = defineDesk({
  id: 'freshdesk',
  name: 'Freshdesk',
  hosts: ['freshdesk.com'],
  replyBox: '[data-test-id="reply-editor"] .fr-element, [data-test-id="note-editor"] .fr-element, .ticket-editor .fr-element',
  draftKind(editor) {
    const form = nearest(editor, '[data-test-id="reply-editor"], [data-test-id="note-editor"], [data-test-id="forward-editor"]');
    const isNote =
      form?.getAttribute('data-test-id') === 'note-editor' ||
      /\b(add )?note\b/i.test(labelOf(nearest(editor, '.ticket-editor__title') ?? editor));
    if (!isNote) return 'reply';
    const privateToggle = form?.querySelector<HTMLInputElement>('input[name="private"]');
    return privateToggle && !privateToggle.checked ? 'reply' : 'internal-note';
  },
  customer: {
    message: '[data-test-id="ticket-description"] .ticket-description__body, [data-test-id="conversation-item"].incoming .conversation__body',
  },
});
