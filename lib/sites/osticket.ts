/**
 * osTicket (self-hosted, any host). Source: github.com/osTicket/osTicket, include/staff/
 * ticket-view.inc.php and templates/thread-entries.tmpl.php / thread-entry.tmpl.php; checked on a
 * real 1.18.1. The staff ticket view has the tabs `ul#response-tabs` (`#post-reply-tab`,
 * `#post-note-tab`) over two forms, "Post Reply" (`form#reply`, `textarea#response`) and "Post
 * Internal Note" (`form#note`, `textarea#internal_note`), each a Redactor 3 editor (`.redactor-in`)
 * when rich text is on. The thread (`#ticketThread`) holds `#thread-entry-<id>` >
 * `.thread-entry.message|response|note` with a `<time datetime>` in its header and the words in
 * `.thread-body`. Each agent picks the thread's order (Ascending or Descending, their
 * `thread_view_order`): the timestamps say which message is the latest, and where two share a
 * second (entries piped in or posted together) the entry id, which grows with each entry, does.
 */
import { defineDesk } from './define-desk';
import { closestAcross } from './dom';

const ENTRY_ID = /^thread-entry-(\d+)$/;

function entryId(message: Element): number | undefined {
  const wrapper = message.closest('[id^="thread-entry-"]');
  const match = wrapper ? ENTRY_ID.exec(wrapper.id) : null;
  return match ? Number(match[1]) : undefined;
}

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
  customer: { message: '.thread-entry.message .thread-body', sequence: entryId },
});
