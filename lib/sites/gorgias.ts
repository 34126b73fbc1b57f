/**
 * Gorgias: a Draft.js reply editor whose channel selector (Email, Chat, Internal note, …) sits
 * above it; ticket messages mark whether an agent or the customer sent them.
 */
import { defineDesk, nearest } from './define-desk';
import { labelOf, saysInternal } from './dom';

export const gorgias = defineDesk({
  id: 'gorgias',
  name: 'Gorgias',
  hosts: ['*.gorgias.com'],
  replyBox: '[data-testid="ticket-reply-editor"], .ticket-reply-editor',
  draftKind(editor) {
    const area = nearest(editor, '[data-testid="ticket-reply-area"]');
    if (area?.getAttribute('data-channel') === 'internal-note') return 'internal-note';
    const selector = nearest(editor, '[data-testid="reply-channel-select"]');
    return selector && saysInternal(labelOf(selector)) ? 'internal-note' : 'reply';
  },
  customer: { message: '[data-testid="ticket-message"][data-from-agent="false"] [data-testid="ticket-message-body"]' },
});
