/**
 * Front: message drafts (to the customer) open in the reply composer; internal discussion goes in
 * the comment composer at the bottom of the conversation ("Comment or @mention").
 */
import { defineDesk } from './define-desk';
import { closestAcross } from './dom';

export const front = defineDesk({
  id: 'front',
  name: 'Front',
  hosts: ['app.frontapp.com', 'frontapp.com'],
  replyBox: '[data-testid="reply-composer"], [data-testid="comment-composer"], .draft-editor, .comment-composer',
  draftKind(editor) {
    return closestAcross(editor, '[data-testid="comment-composer"], .comment-composer') ? 'internal-note' : 'reply';
  },
  customer: { message: '[data-testid="message"][data-direction="inbound"] [data-testid="message-body"]' },
});
