/**
 * Zoho Desk. Evidence (desk-dom-evidence.md; Zoho's own editor code in public extensions, Selenium
 * tests): the editor is Zoho's Squire-based editor in `iframe.KB_Editor_iframe[name="deskEditor_New"]`
 * whose body is made contentEditable (not Froala); replies open from
 * `button[data-id^="replyOption_"]` ("replyOption_Reply All") and are sent with
 * `div[data-title="Send"]`. The editor keeps its own undo stack (snapshots taken after keyup), so
 * Ctrl+Z there is Zoho's, not the browser's. Nothing public shows how the comment (internal) editor
 * or customer threads are marked: both are read the generic way (lib/sites/composer-mode.ts,
 * generic thread conventions), from the frame out into the ticket page.
 */
import type { SiteAdapter } from './types';
import { frameElementOf } from './dom';
import { onDeskHost } from './hosts';
import { genericAdapter } from './generic';

/** One host per Zoho data centre. */
const HOSTS = ['desk.zoho.com', 'desk.zoho.eu', 'desk.zoho.in', 'desk.zoho.com.au', 'desk.zoho.jp', 'desk.zoho.com.cn'];
const EDITOR_FRAME = 'iframe.KB_Editor_iframe';

export const zohoDesk: SiteAdapter = {
  id: 'zoho-desk',
  name: 'Zoho Desk',
  hosts: HOSTS,
  matches(url, doc) {
    return onDeskHost(url, HOSTS) ||
      !!doc.querySelector(`${EDITOR_FRAME}[name="deskEditor_New"]`);
  },
  isReplyBox(editor) {
    const frame = frameElementOf(editor.ownerDocument);
    return !!frame && frame.matches(EDITOR_FRAME) && editor.ownerDocument.body?.contains(editor) === true;
  },
  draftKind: (editor) => genericAdapter.draftKind(editor),
  customerMessage: (editor) => genericAdapter.customerMessage(editor),
};
