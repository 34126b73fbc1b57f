/**
 * Outlook on the web: every draft is an email, so always a reply. Evidence (desk-dom-evidence.md;
 * public extensions): the compose body is the contenteditable inside `div[id^="editorParent_"]`
 * (its paragraphs carry `elementToProof`), or `div[role="textbox"]` labelled "Message body, press
 * Alt+F10 to exit"; received messages in the reading pane are `div[role="document"]` (labelled
 * "Message body"). The labels are translated with Outlook's UI language, so the box is found by its
 * `editorParent_` wrapper and the messages by their role, the English labels only as a fallback.
 * Nothing public shows how Outlook marks who sent a message in the reading pane: the latest received
 * body is read, quoted history (`#divRplyFwdMsg`, `#appendonsend`) left out.
 */
import { defineDesk } from './define-desk';

export const outlook = defineDesk({
  id: 'outlook',
  name: 'Outlook on the web',
  hosts: ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft'],
  markers: 'div[id^="editorParent_"] [contenteditable="true"]',
  replyBox: 'div[id^="editorParent_"] [contenteditable="true"], div[role="textbox"][aria-label^="Message body"]',
  customer: {
    message: 'div[role="document"]',
    where: (body) => !body.querySelector('[contenteditable="true"]') && !body.closest('[contenteditable="true"]'),
    skip: '#divRplyFwdMsg, #appendonsend, [id^="x_divRplyFwdMsg"], blockquote',
  },
});
