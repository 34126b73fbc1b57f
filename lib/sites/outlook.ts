/**
 * Outlook on the web: the compose body is a contenteditable `role="textbox"` labelled "Message
 * body"; the reading pane shows received messages as `role="document"` with the same label.
 */
import { defineDesk } from './define-desk';

export const outlook = defineDesk({
  id: 'outlook',
  name: 'Outlook on the web',
  hosts: ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft'],
  replyBox: 'div[role="textbox"][aria-label="Message body"], div[role="textbox"][aria-label^="Message body"]',
  customer: {
    message: 'div[role="document"][aria-label="Message body"]',
    skip: '#divRplyFwdMsg, #appendonsend, [id^="x_divRplyFwdMsg"], blockquote',
  },
});
