/**
 * Front. Evidence (desk-dom-evidence.md): only that Front runs on per-company subdomains of
 * frontapp.com. Nothing public shows its composer, its comment box or how inbound messages are
 * marked, so every visible editor on a Front page counts as a reply box and the mode and the
 * customer's message are read the generic way (lib/sites/composer-mode.ts, generic thread
 * conventions): on Front's real page that may find neither, and then a reply is assumed and no
 * customer message is read.
 */
import type { SiteAdapter } from './types';
import { isShown } from './dom';
import { onDeskHost } from './hosts';
import { genericAdapter } from './generic';

const HOSTS = ['*.frontapp.com'];
const SEARCH_LABEL = /\b(search|filter|find)\b/i;

export const front: SiteAdapter = {
  id: 'front',
  name: 'Front',
  // Every company has its own subdomain (acme.frontapp.com); the app itself is app.frontapp.com.
  hosts: HOSTS,
  matches: (url) => onDeskHost(url, HOSTS),
  isReplyBox(editor) {
    if (editor.closest('[data-rapport-ignore], [data-rapport="sidebar"]')) return false;
    const label = `${editor.getAttribute('aria-label') ?? ''} ${editor.getAttribute('placeholder') ?? ''}`;
    return !SEARCH_LABEL.test(label) && isShown(editor);
  },
  draftKind: (editor) => genericAdapter.draftKind(editor),
  customerMessage: (editor) => genericAdapter.customerMessage(editor),
};
