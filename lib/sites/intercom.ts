/**
 * Intercom Inbox: a ProseMirror composer with Reply / Note tabs (note mode is yellow); the
 * conversation parts say whether the user, an admin or a bot wrote them.
 */
import { defineDesk, nearest } from './define-desk';
import { modeFromControls } from './dom';

export const intercom = defineDesk({
  id: 'intercom',
  name: 'Intercom',
  hosts: ['app.intercom.com', 'app.eu.intercom.com', 'app.au.intercom.com'],
  replyBox: '.embercom-prosemirror-composer-editor, [data-intercom-target="composer"]',
  draftKind(editor) {
    const composer = nearest(editor, '[data-intercom-target="composer"], .inbox2__composer');
    const mode = composer?.getAttribute('data-composer-mode');
    if (mode === 'note') return 'internal-note';
    if (mode === 'reply') return 'reply';
    return (composer && modeFromControls(composer, '[role="tab"], [data-composer-pane]')) ?? 'reply';
  },
  customer: { message: '[data-part-author-type="user"] [data-conversation-part-body], [data-part-author-type="lead"] [data-conversation-part-body]' },
});
