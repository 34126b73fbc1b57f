/**
 * Gmail: every draft is an email (to whoever is in To:), so always a reply. Evidence
 * (desk-dom-evidence.md; many public extensions): the compose body is `div[g_editable="true"]`
 * (`div.Am.Al.editable`), found by that attribute and class, never by its `aria-label` ("Message
 * Body"), which is translated with Gmail's UI language. The thread's message bodies are `.a3s`
 * inside a message `.adn` whose sender `span.gD` carries an `email` attribute; the signed-in
 * account is the address in the page title ("Subject - me@example.com - Gmail", in any language),
 * which tells our own messages from the customer's. Quoted history is in `.gmail_quote`.
 */
import { defineDesk } from './define-desk';
import { closestAcross } from './dom';

function accountEmail(doc: Document): string | undefined {
  return /(?:^|\s)([^\s@]+@[^\s@]+\.[^\s@]+)(?:\s|$)/.exec(doc.title)?.[1]?.toLowerCase();
}

export const gmail = defineDesk({
  id: 'gmail',
  name: 'Gmail',
  hosts: ['mail.google.com'],
  markers: 'div[g_editable="true"]',
  replyBox: 'div[g_editable="true"], div.Am.Al.editable',
  customer: {
    message: '.a3s',
    where(body) {
      if (closestAcross(body, '[role="textbox"], [contenteditable="true"]')) return false; // the compose box
      const sender = body.closest('.adn')?.querySelector('.gD[email]')?.getAttribute('email')?.toLowerCase();
      const me = accountEmail(body.ownerDocument);
      return !(sender && me && sender === me);
    },
    skip: '.gmail_quote, .gmail_signature, blockquote, .yj6qo, .adL',
  },
});
