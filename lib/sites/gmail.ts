/**
 * Gmail: every draft is an email (to whoever is in To:), so always a reply; the thread's message
 * bodies are `.a3s`, with quoted history in `.gmail_quote`.
 */
import { defineDesk } from './define-desk';
import { closestAcross } from './dom';

export const gmail = defineDesk({
  id: 'gmail',
  name: 'Gmail',
  hosts: ['mail.google.com'],
  replyBox: 'div[aria-label="Message Body"][role="textbox"], div[g_editable="true"][role="textbox"]',
  customer: {
    message: '.a3s',
    // Skip the compose box itself and our own sent messages (Gmail marks them with the "me" sender).
    where: (body) => !closestAcross(body, '[role="textbox"], [contenteditable="true"]') && !body.closest('[data-message-from-me="true"]'),
    skip: '.gmail_quote, .gmail_signature, blockquote, .yj6qo, .adL',
  },
});
