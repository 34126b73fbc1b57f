/**
 * Gmail: every draft is an email (to whoever is in To:), so always a reply. The thread's message
 * bodies are `.a3s` inside a message `.adn` whose sender carries an `email` attribute; the signed-in
 * account is in the page title ("Subject - me@example.com - Gmail"), which tells our own messages
 * from the customer's. Quoted history is in `.gmail_quote`.
 */
import { defineDesk } from './define-desk';
import { closestAcross } from './dom';

function accountEmail(doc: Document): string | undefined {
  return /\s-\s(\S+@\S+)\s-\s/.exec(doc.title)?.[1]?.toLowerCase();
}

export const gmail = defineDesk({
  id: 'gmail',
  name: 'Gmail',
  hosts: ['mail.google.com'],
  replyBox: 'div[aria-label="Message Body"][role="textbox"], div[g_editable="true"][role="textbox"]',
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
