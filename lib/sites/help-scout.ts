/**
 * Help Scout. Evidence (desk-dom-evidence.md) is thin: the app moved to app.helpscout.com (public
 * userscripts match it beside the old secure.helpscout.net), and a public dark-mode extension says
 * the reply composer's editing area is an inner iframe; older scripts show Redactor
 * (`redactor_editor`). Nothing public shows how the composer marks a note or how customer threads
 * are marked, so both are read the generic way (lib/sites/composer-mode.ts, generic thread
 * conventions), which on Help Scout's real page may find neither: reply is then assumed, and no
 * customer message is read rather than a wrong one.
 */
import type { SiteAdapter } from './types';
import { closestAcross, frameElementOf } from './dom';
import { onDeskHost } from './hosts';
import { genericAdapter } from './generic';

/** The app moved to app.helpscout.com; secure.helpscout.net still serves older accounts. */
const HOSTS = ['app.helpscout.com', 'secure.helpscout.net'];
const REDACTOR = '.redactor_editor, .redactor-editor, .redactor-in';

/** The composer's editing area: an editable frame body inside the Help Scout page, or Redactor's. */
function isComposer(editor: HTMLElement): boolean {
  if (closestAcross(editor, REDACTOR)) return true;
  const doc = editor.ownerDocument;
  const editableBody = doc.body?.getAttribute('contenteditable') === 'true' || doc.designMode === 'on';
  return !!frameElementOf(doc) && editableBody && doc.body.contains(editor);
}

export const helpScout: SiteAdapter = {
  id: 'help-scout',
  name: 'Help Scout',
  hosts: HOSTS,
  matches: (url) => onDeskHost(url, HOSTS),
  isReplyBox: isComposer,
  draftKind: (editor) => genericAdapter.draftKind(editor),
  customerMessage: (editor) => genericAdapter.customerMessage(editor),
};
