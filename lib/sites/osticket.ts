/**
 * osTicket (self-hosted, any host): the staff ticket view has a "Post Reply" form (#reply) and a
 * "Post Internal Note" form (#note), each with a Redactor editor; thread entries are typed
 * message (requester), response (agent) and note.
 */
import { defineDesk } from './define-desk';
import { closestAcross } from './dom';

export const osticket = defineDesk({
  id: 'osticket',
  name: 'osTicket',
  markers: '#ticketThread, form#reply[action*="tickets.php"], #post-reply-tab',
  replyBox:
    'form#reply .redactor-in, form#reply .redactor-editor, form#reply textarea[name="response"], ' +
    'form#note .redactor-in, form#note .redactor-editor, form#note textarea[name="note"]',
  draftKind(editor) {
    return closestAcross(editor, 'form#note') ? 'internal-note' : 'reply';
  },
  customer: { message: '.thread-entry.message .thread-body' },
});
