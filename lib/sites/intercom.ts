/**
 * Intercom Inbox. Evidence (desk-dom-evidence.md): a public Intercom copilot extension writes into
 * `[data-conversation-reply-composer] .ProseMirror[contenteditable]` (also
 * `.ProseMirror.embercom-prosemirror-composer-editor`) and reads conversation parts
 * `[data-part-group-id]` whose `data-part-group-category` says who wrote them (1 customer, 3 agent,
 * 5 bot, 20 automated), the words in `.interblocks-html`; a public Selenium script treats category 4
 * as a note. The old inbox's note tab is `[data-intercom-target=note-tab]`, `o__selected` when on
 * (a public userscript). How the current inbox marks note mode is NOT evidenced: without that tab
 * the composer is read the generic way (lib/sites/composer-mode.ts).
 */
import type { DraftKind } from '../engine/types';
import { defineDesk, nearest } from './define-desk';
import { modeFromFields, modeFromNearestControls, modeFromWrappers } from './composer-mode';

const COMPOSER = '[data-conversation-reply-composer]';

function draftKind(editor: HTMLElement): DraftKind {
  const noteTab = nearest(editor, '[data-intercom-target="note-tab"]');
  if (noteTab) return noteTab.classList.contains('o__selected') ? 'internal-note' : 'reply';
  return modeFromFields(editor) ?? modeFromNearestControls(editor) ?? modeFromWrappers(editor) ?? 'reply';
}

export const intercom = defineDesk({
  id: 'intercom',
  name: 'Intercom',
  hosts: ['app.intercom.com', 'app.eu.intercom.com', 'app.au.intercom.com'],
  markers: `${COMPOSER}, [data-part-group-category]`,
  replyBox: `${COMPOSER} .ProseMirror, .ProseMirror.embercom-prosemirror-composer-editor`,
  draftKind,
  customer: { message: '[data-part-group-category="1"] .interblocks-html', order: 'oldest-first' },
});
