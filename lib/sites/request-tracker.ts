/**
 * Request Tracker 5 and 6 (self-hosted, any host). Ticket/Update.html is both Reply and Comment: the
 * "Update Type" select (`UpdateType`: `response` = reply to requestors, `private` = comment) decides,
 * defaulting from the `Action` (Respond / Comment). The message box is `textarea#UpdateContent`
 * with a rich editor over it: a CKEditor 4 iframe in RT 5, CKEditor 5 (`.ck-editor__editable`,
 * created by `CKEDITOR.ClassicEditor.create` in share/static/js/util.js) in RT 6. RT 6 moved the
 * select into the Basics widget and keeps a hidden `DefaultUpdateType` (the UpdateType asked for,
 * else from the Action) for when there is no select (share/html/Ticket/Update.html and
 * Widgets/Update/Basics; RT's own source, github.com/bestpractical/rt). History (Display.html) lists transactions; the requestors'
 * messages are the ones whose author is a requestor.
 */
import type { DraftKind } from '../engine/types';
import type { SiteAdapter } from './types';
import { documentsOutward, QUOTED } from './define-desk';
import { closestAcross, messageText, outerDocument } from './dom';

const UPDATE_FORM = 'form[name="TicketUpdate"]';

function isRtPage(doc: Document): boolean {
  return !!doc.querySelector(
    'body[id^="comp-Ticket-"], ' + UPDATE_FORM + ', .history-container .Ticket-transaction, #UpdateContent',
  );
}

function draftKindOf(editor: HTMLElement): DraftKind {
  const form = closestAcross(editor, UPDATE_FORM) ?? outerDocument(editor).querySelector(UPDATE_FORM);
  const select = form?.querySelector<HTMLSelectElement>('select[name="UpdateType"]');
  if (select) return select.value === 'response' ? 'reply' : 'internal-note';
  // Without the select (the agent may only comment, or only reply), RT 6's hidden default says which.
  const fallback = form?.querySelector<HTMLInputElement>('input[name="DefaultUpdateType"]')?.value;
  if (fallback === 'response' || fallback === 'private') return fallback === 'response' ? 'reply' : 'internal-note';
  const action = form?.querySelector<HTMLInputElement>('input[name="Action"]')?.value;
  if (action) return action === 'Respond' ? 'reply' : 'internal-note';
  const fromUrl = new URL(outerDocument(editor).URL, 'http://localhost/').searchParams.get('Action');
  return fromUrl === 'Respond' ? 'reply' : 'internal-note';
}

function requestorIds(doc: Document): Set<string> {
  const ids = new Set<string>();
  for (const user of Array.from(doc.querySelectorAll('.form-row.requestors .user[data-user-id]'))) {
    ids.add(user.getAttribute('data-user-id') ?? '');
  }
  return ids;
}

function lastRequestorMessage(doc: Document): string | undefined {
  const messages = Array.from(doc.querySelectorAll('.history-container .transaction.message'));
  if (messages.length === 0) return undefined;
  const requestors = requestorIds(doc);
  const byRequestor = messages.filter((txn) => {
    const author = txn.querySelector('.metadata .description .user[data-user-id]')?.getAttribute('data-user-id');
    return !!author && requestors.has(author);
  });
  // Without a match (the ticket was opened on the requestor's behalf), the original request is theirs.
  const chosen = byRequestor.at(-1) ?? messages[0]!;
  const body = chosen.querySelector('.messagebody');
  return body ? messageText(body, { skip: '.message-stanza-folder, .message-stanza.closed, ' + QUOTED }) || undefined : undefined;
}

export const requestTracker: SiteAdapter = {
  id: 'request-tracker',
  name: 'Request Tracker',
  hosts: [],
  matches(_url, doc) {
    return isRtPage(doc);
  },
  isReplyBox(editor) {
    if (editor.matches('textarea[name="UpdateContent"]')) return true;
    if (!closestAcross(editor, UPDATE_FORM)) return false;
    // RT 5: CKEditor 4's editing body, inside the iframe it put in #cke_UpdateContent.
    // RT 6: CKEditor 5's editable, next to the textarea it replaced.
    return !!closestAcross(editor, '#cke_UpdateContent') || editor.matches('.ck-editor__editable');
  },
  draftKind: draftKindOf,
  customerMessage(editor) {
    for (const doc of documentsOutward(editor)) {
      const text = lastRequestorMessage(doc);
      if (text) return text;
    }
    // Update.html shows no history; when the agent replies to a transaction RT quotes it.
    const quotes = editor.querySelectorAll('blockquote');
    const quote = quotes[quotes.length - 1];
    if (quote) return messageText(quote) || undefined;
    if (editor.matches('textarea')) {
      const quoted = (editor as HTMLTextAreaElement).value
        .split('\n')
        .filter((line) => line.startsWith('>'))
        .map((line) => line.replace(/^>\s?/, ''))
        .join('\n')
        .trim();
      return quoted || undefined;
    }
    return undefined;
  },
};
