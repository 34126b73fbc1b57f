/**
 * Zoho Desk: a Froala-style editor for both Reply and Comment; the composer's tab says which,
 * and comments are internal unless marked public.
 */
import { defineDesk, nearest } from './define-desk';
import { modeFromControls } from './dom';

export const zohoDesk = defineDesk({
  id: 'zoho-desk',
  name: 'Zoho Desk',
  hosts: ['desk.zoho.com', 'desk.zoho.eu', 'desk.zoho.in', 'desk.zoho.com.au', 'desk.zoho.jp', 'desk.zoho.com.cn'],
  replyBox: '[data-id="replyEditor"] .fr-element, [data-id="commentEditor"] .fr-element, .zd-editor .fr-element',
  draftKind(editor) {
    const composer = nearest(editor, '[data-id="replyEditor"], [data-id="commentEditor"]');
    if (composer?.getAttribute('data-id') === 'commentEditor') {
      const isPublic = composer.querySelector<HTMLInputElement>('input[name="isPublic"]');
      return isPublic?.checked ? 'reply' : 'internal-note';
    }
    const tabs = nearest(editor, '[role="tablist"]');
    return (tabs && modeFromControls(tabs, '[role="tab"]')) ?? 'reply';
  },
  customer: {
    message: '[data-id="threadContainer"][data-direction="in"] [data-id="threadContent"]',
  },
});
