/**
 * Freshdesk. Evidence (desk-dom-evidence.md; public userscripts and automation scripts): the reply
 * box is Froala, `.fr-element.fr-view[contenteditable="true"]`, inside the `.rich-editor` composer
 * that opens from `button.editor-placeholder[data-test-id="active-editor"]` or
 * `[data-test-id="ticket-action-reply"]`. The conversation is Ember light DOM, oldest first: the
 * description (`[data-test-id="ticket-description"]`, words in `#ticket_original_request` /
 * `.text__content`), then one `.ticket-details__item` per message (`conversation-wrapper`), with
 * `ticket-details__requestor` when a non-agent wrote it and `ticket-details__privatenote` on notes
 * (a third party's reply to a forward carries both, and is not the requester's);
 * the words are in `[data-test-conversation="conversation-text"]`.
 * How the composer marks a note is NOT evidenced: editing inside a private-note item counts as a
 * note, then the composer's own fields, toggles and wrapper classes are read the generic way
 * (lib/sites/composer-mode.ts), then its submit button's label ("Add note", unverified).
 */
import type { DraftKind } from '../engine/types';
import { defineDesk, nearest, QUOTED } from './define-desk';
import { labelSaysNote, modeFromFields, modeFromNearestControls, modeFromWrappers } from './composer-mode';
import { closestAcross, labelOf } from './dom';

const COMPOSER = '.rich-editor';
const DESCRIPTION = '[data-test-id="ticket-description"] #ticket_original_request, [data-test-id="ticket-description"] .text__content';
const REQUESTER_TEXT =
  '.ticket-details__item.ticket-details__requestor:not(.ticket-details__privatenote) [data-test-conversation="conversation-text"]';

function draftKind(editor: HTMLElement): DraftKind {
  if (closestAcross(editor, '.ticket-details__privatenote')) return 'internal-note';
  const fromComposer = modeFromFields(editor) ?? modeFromNearestControls(editor) ?? modeFromWrappers(editor);
  if (fromComposer) return fromComposer;
  const submit = nearest(editor, `${COMPOSER} [data-test-id="submit"]`);
  return submit && labelSaysNote(labelOf(submit)) ? 'internal-note' : 'reply';
}

export const freshdesk = defineDesk({
  id: 'freshdesk',
  name: 'Freshdesk',
  hosts: ['*.freshdesk.com'],
  markers: '.ticket-details__item [data-test-conversation="conversation-text"], [data-test-id="ticket-description"] #ticket_original_request',
  replyBox: '.fr-element.fr-view[contenteditable="true"]',
  draftKind,
  customer: {
    // The description is the requester's first message; their replies come after it.
    message: `${DESCRIPTION}, ${REQUESTER_TEXT}`,
    where: (message) => !message.closest(COMPOSER),
    skip: `${QUOTED}, .freshdesk_quote`,
    order: 'oldest-first',
  },
});
