/**
 * Salesforce Service Cloud (Lightning). Evidence (desk-dom-evidence.md; public Selenium/Cypress
 * tests and userscripts): the case feed publisher is `div.forceChatterPublisherPresentationDesktop`
 * (the bare `forceChatterPublisherPresentation` class does not exist). The Email action is the same
 * container with `forceChatterPublisherQuickAction supportPublisherQuickSendEmail`, its form in
 * `.cuf-content` > `.sendEmailQuickActionBody`; a Chatter post (Post action) is typed into
 * `div.ql-editor[contenteditable="true"]` and shared with `button.cuf-publisherShareButton`. So an
 * editor inside the email action is a customer reply, and one elsewhere in the publisher is a Chatter
 * post, internal (whether a post was made visible to the customer is NOT evidenced). The email body's
 * editor markup is NOT evidenced either (any editable in the action counts), nor is how the feed marks
 * an inbound email: the customer's words are read from the case's Description field
 * (`records-record-layout-item[field-label="Description"]`, its label in the agent's UI language, so
 * other languages read none).
 */
import type { DraftKind } from '../engine/types';
import type { SiteAdapter } from './types';
import { defineDesk, documentsOutward } from './define-desk';
import { closestAcross, messageText, queryDeep } from './dom';

const PUBLISHER = '.forceChatterPublisherPresentationDesktop';
const EMAIL_ACTION = '.supportPublisherQuickSendEmail';
const DESCRIPTION = 'records-record-layout-item[field-label="Description"]';

function draftKind(editor: HTMLElement): DraftKind {
  return closestAcross(editor, EMAIL_ACTION) ? 'reply' : 'internal-note';
}

function caseDescription(doc: Document): string | undefined {
  for (const item of queryDeep(doc, DESCRIPTION)) {
    const value = item.querySelector('lightning-formatted-text, .test-id__field-value') ?? item;
    const text = messageText(value, { skip: 'button, .test-id__field-label' });
    if (text) return text;
  }
  return undefined;
}

const base = defineDesk({
  id: 'salesforce',
  name: 'Salesforce Service Cloud',
  hosts: ['*.lightning.force.com', '*.my.salesforce.com'],
  markers: `${PUBLISHER}, button.cuf-publisherShareButton`,
  replyBox: PUBLISHER,
  draftKind,
  customer: { message: DESCRIPTION },
});

export const salesforce: SiteAdapter = {
  ...base,
  customerMessage(editor) {
    for (const doc of documentsOutward(editor)) {
      const text = caseDescription(doc);
      if (text) return text;
    }
    return undefined;
  },
};
