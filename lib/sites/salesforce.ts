/**
 * Salesforce Service Cloud (Lightning): the Case feed publisher has tabs — Email (to the
 * customer), Post (Chatter, internal unless shared with customers), Log a Call. Email uses a
 * CKEditor 4 iframe; Post uses lightning-input-rich-text (Quill, `.ql-editor`) behind shadow roots.
 */
import { defineDesk, nearest } from './define-desk';
import { closestAcross, isActive, labelOf } from './dom';

export const salesforce = defineDesk({
  id: 'salesforce',
  name: 'Salesforce Service Cloud',
  hosts: ['*.lightning.force.com', '*.my.salesforce.com'],
  replyBox:
    '.cuf-publisher, .forceChatterPublisherPresentation, [data-publisher-type], lightning-input-rich-text, .slds-rich-text-editor',
  draftKind(editor) {
    const publisher = nearest(editor, '[data-publisher-type]');
    const type = publisher?.getAttribute('data-publisher-type');
    if (type === 'email') return 'reply';
    if (type) {
      // A Chatter post shared with the customer community is customer-facing.
      const visibility = publisher?.querySelector('[data-visibility]')?.getAttribute('data-visibility');
      return visibility === 'AllUsers' ? 'reply' : 'internal-note';
    }
    const tab = Array.from(closestAcross(editor, '.slds-tabs_default, .forceChatterPublisherTabs')?.querySelectorAll('[role="tab"]') ?? []).find(isActive);
    if (tab) return /email/i.test(labelOf(tab)) ? 'reply' : 'internal-note';
    return 'reply';
  },
  customer: {
    message: '[data-direction="incoming"] .emailMessageBody, .cuf-feedItem[data-message-direction="Incoming"] .feedBodyInner',
  },
});
