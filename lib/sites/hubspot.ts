/**
 * HubSpot conversations inbox. Evidence (desk-dom-evidence.md; a public Selenium script that
 * answers HubSpot inbox emails): the reply box is `div.ProseMirror[contenteditable="true"]`; its
 * send button is `i18n-string[data-key="composer-ui.send-button.capabilities-editor-submit-button.send"]`
 * (a translation key, the same in every UI language); a message's words are in
 * `[data-test-id="primary-message-body-content"]` and its sender's address in
 * `dt[data-message-metadata-type="from"] b`. The Comment (internal) composer and a marker for the
 * contact's messages are NOT evidenced: the mode is read the generic way, and the customer is taken
 * to be whoever sent the thread's first message (an inbound ticket starts with them); a thread with
 * no sender addresses gives no customer message.
 */
import type { DraftKind } from '../engine/types';
import type { SiteAdapter } from './types';
import { defineDesk, documentsOutward, QUOTED } from './define-desk';
import { modeFromFields, modeFromNearestControls, modeFromWrappers, COMPOSER_DEPTH } from './composer-mode';
import { ancestorsAcross, messageText } from './dom';

const COMPOSER_KEY = 'i18n-string[data-key^="composer-ui."]';
const BODY = '[data-test-id="primary-message-body-content"]';
const FROM = 'dt[data-message-metadata-type="from"]';
/** How far up from a message body its item (where the sender sits) is looked for. */
const ITEM_DEPTH = 5;

/** A ProseMirror editor whose composer (a few ancestors up) holds HubSpot's composer controls. */
function isComposer(editor: HTMLElement): boolean {
  if (!editor.matches('.ProseMirror')) return false;
  let depth = 0;
  for (const el of ancestorsAcross(editor)) {
    if (++depth > COMPOSER_DEPTH) return false;
    if (el.querySelector(COMPOSER_KEY)) return true;
  }
  return false;
}

function draftKind(editor: HTMLElement): DraftKind {
  return modeFromFields(editor) ?? modeFromNearestControls(editor) ?? modeFromWrappers(editor) ?? 'reply';
}

/** The sender address shown with a message body, from the message's own item. */
function senderOf(body: Element): string | undefined {
  let el: Element | null = body.parentElement;
  for (let depth = 0; el && depth < ITEM_DEPTH; depth++, el = el.parentElement) {
    const froms = el.querySelectorAll(FROM);
    // One sender: this is the message's item; more: we reached the thread.
    if (froms.length > 1) return undefined;
    const from = froms[0];
    if (from) return ((from.querySelector('b') ?? from).textContent ?? '').trim().toLowerCase() || undefined;
  }
  return undefined;
}

function customerMessage(editor: HTMLElement): string | undefined {
  for (const doc of documentsOutward(editor)) {
    const bodies = Array.from(doc.querySelectorAll(BODY)).filter((b) => !b.contains(editor) && !editor.contains(b));
    if (bodies.length === 0) continue;
    const customer = senderOf(bodies[0]!);
    if (!customer) return undefined;
    const theirs = bodies.filter((b) => senderOf(b) === customer);
    const latest = theirs[theirs.length - 1];
    return latest ? messageText(latest, { skip: QUOTED }) || undefined : undefined;
  }
  return undefined;
}

const base = defineDesk({
  id: 'hubspot',
  name: 'HubSpot',
  hosts: ['app.hubspot.com', 'app-eu1.hubspot.com', 'app-na2.hubspot.com'],
  markers: `${BODY}, ${COMPOSER_KEY}`,
  replyBox: '.ProseMirror',
  draftKind,
  customer: { message: BODY },
});

export const hubspot: SiteAdapter = { ...base, isReplyBox: isComposer, customerMessage };
