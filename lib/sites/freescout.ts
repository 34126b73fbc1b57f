/**
 * FreeScout (self-hosted, any host; a Help Scout look-alike). Source: github.com/freescout-helpdesk/
 * freescout, resources/views/conversations/view.blade.php, partials/thread.blade.php and
 * public/js/main.js. The conversation page has one composer, `.conv-reply-block` > `form.form-reply`,
 * with Summernote (`.note-editable`, whose `note-` classes are Summernote's, not "internal note")
 * over `textarea#body`. "Note" turns that same block into a note: showNoteForm() adds
 * `conv-note-block` and sets the form's hidden `is_note` to 1; showReplyForm() removes the class and
 * empties the field. A new phone conversation is logged the same way (`is_note` = 1). Threads are
 * listed newest first (ConversationsController orders by created_at desc), each
 * `.thread.thread-type-customer|message|note|lineitem` with `id="thread-<id>"` (ids grow with each
 * thread; the page has no machine-readable times, so they decide before the order does), the words in `.thread-content`.
 * Checked on a real FreeScout 1.8.145: the composer opens hidden until Reply or Note is pressed,
 * Summernote 0.8.9 (FreeScout's copy) keeps its own undo history (Ctrl+Z is its `undo` key).
 */
import { defineDesk } from './define-desk';
import { closestAcross } from './dom';

const COMPOSER_FORM = '.conv-block form.form-reply';
const THREAD_ID = /^thread-(\d+)$/;

function threadId(message: Element): number | undefined {
  const thread = message.closest('.thread[id^="thread-"]');
  const match = thread ? THREAD_ID.exec(thread.id) : null;
  return match ? Number(match[1]) : undefined;
}

export const freescout = defineDesk({
  id: 'freescout',
  name: 'FreeScout',
  markers: '.conv-reply-block form.form-reply, #conv-layout-main .thread[id^="thread-"], #form-create.form-reply',
  replyBox: `${COMPOSER_FORM} .note-editable, ${COMPOSER_FORM} textarea[name="body"]`,
  draftKind(editor) {
    if (closestAcross(editor, '.conv-note-block')) return 'internal-note';
    const isNote = closestAcross(editor, 'form')?.querySelector<HTMLInputElement>('input[name="is_note"]');
    return isNote && isNote.value.trim() === '1' ? 'internal-note' : 'reply';
  },
  customer: { message: '.thread.thread-type-customer .thread-content', order: 'newest-first', sequence: threadId },
});
