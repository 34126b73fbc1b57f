/**
 * One case per desk fixture (tests/fixtures/sites): the page, the editor the agent types in, how
 * the desk switches to an internal note, and the customer's last message as it should be read.
 * Shared by the per-desk tests (sites.test.ts) and the finer points (sites-details.test.ts).
 */
import * as desks from '../../../lib/sites/desks';
import type { SiteAdapter } from '../../../lib/sites/types';
import { pick, select } from './site-fixtures';

const WORKSPACE_COMPOSE = ['sn-workspace-layout', 'now-activity-stream-compose-connected'];

/** Workspace: select a compose tab the way now-tabs shows it (inside its own shadow root). */
export function selectWorkspaceTab(doc: Document, itemId: string): void {
  for (const tab of Array.from(pick(doc, [...WORKSPACE_COMPOSE, 'now-tabs']).shadowRoot!.querySelectorAll('button.now-tab'))) {
    const on = tab.getAttribute('data-itemid') === itemId;
    tab.classList.toggle('is-selected', on);
    tab.setAttribute('aria-selected', String(on));
  }
}

/** Jira: click a comment tab (aria-selected moves to it). */
export function selectJiraTab(doc: Document, id: string): void {
  for (const tab of Array.from(doc.querySelectorAll('[id*="comment-editor-container-tabs-"]'))) {
    tab.setAttribute('aria-selected', String(tab.id === id));
  }
}

export interface DeskCase {
  adapter: SiteAdapter;
  fixture: string;
  url: string;
  /** Path to the editable root the agent types in. */
  editor: readonly string[];
  /** The customer's last message as it should be read; undefined where the page gives no safe answer. */
  customer: string | undefined;
  /**
   * Switch the composer to its internal-note mode the way the desk does; returns the editor then.
   * Where the desk's note marker has no public evidence, the generic conventions stand in (said so).
   */
  toNote?: (doc: Document) => HTMLElement;
  /** An editable on the page that is not a reply box (search fields, note titles, …). */
  notReplyBox?: readonly string[];
}

export const cases: Record<string, DeskCase> = {
  zendesk: {
    adapter: desks.zendesk,
    fixture: 'zendesk.html',
    url: 'https://acme.zendesk.com/agent/tickets/4821',
    editor: ['[data-side-conversations-anchor-id="4821"] [data-test-id="omnicomposer-rich-text-ckeditor"]'],
    customer: "This is the third time I'm asking. I updated it and it STILL drops.\nI have a client demo at noon and I'm really frustrated.",
    toNote(doc) {
      // Choosing "Internal note" in the switcher menu relabels the switcher.
      const switcher = pick(doc, ['[data-side-conversations-anchor-id="4821"] [data-test-id="omnichannel-channel-switcher-button"]']);
      switcher.setAttribute('aria-label', 'Internal note');
      switcher.textContent = 'Internal note';
      return pick(doc, this.editor);
    },
    notReplyBox: ['input[type="search"]'],
  },
  'zendesk-messaging': {
    adapter: desks.zendesk,
    fixture: 'zendesk.html',
    url: 'https://acme.zendesk.com/agent/tickets/4790',
    editor: ['[data-test-id="omnicomposer-plain-text-ckeditor"]'],
    customer: 'Where do I find the new expense form?',
    toNote(doc) {
      const switcher = pick(doc, ['[data-side-conversations-anchor-id="4790"] [data-test-id="omnichannel-channel-switcher-button"]']);
      switcher.setAttribute('aria-label', 'Internal note');
      return pick(doc, this.editor);
    },
    notReplyBox: ['input[type="search"]'],
  },
  freshdesk: {
    adapter: desks.freshdesk,
    fixture: 'freshdesk.html',
    url: 'https://acme.freshdesk.com/a/tickets/1377',
    editor: ['.rich-editor .fr-element'],
    customer: "It's been two weeks and nothing has changed. This is ridiculous, we can't print contracts.",
    toNote(doc) {
      // Unverified (no public evidence of Freshdesk's note composer): "Add note" on the submit button.
      pick(doc, ['.rich-editor [data-test-id="submit"]']).textContent = 'Add note';
      return pick(doc, this.editor);
    },
    notReplyBox: ['input[type="search"]'],
  },
  'zoho-desk': {
    adapter: desks.zohoDesk,
    fixture: 'zoho-desk.html',
    url: 'https://desk.zoho.com/agent/acme/all/tickets/552',
    editor: ['iframe.KB_Editor_iframe', 'body'],
    // Threads without published marks: no customer message rather than a guess.
    customer: undefined,
    toNote(doc) {
      // No public evidence of Zoho's comment editor: a generic convention (a selected "Comment" tab).
      pick(doc, ['.editor-box']).insertAdjacentHTML('afterbegin', '<div role="tab" aria-selected="true">Comment</div>');
      return pick(doc, this.editor);
    },
    notReplyBox: ['input[aria-label="Search"]'],
  },
  'servicenow-classic': {
    adapter: desks.servicenow,
    fixture: 'servicenow-classic.html',
    url: 'https://acme.service-now.com/nav_to.do?uri=incident.do',
    editor: ['#gsft_main', '#activity-stream-comments-textarea'],
    customer: "Still nothing on my phone since Monday. I've missed two meetings because of this and I'm fed up.",
    toNote: (doc) => pick(doc, ['#gsft_main', '#activity-stream-work_notes-textarea']),
    notReplyBox: ['#gsft_main', '[id="incident.short_description"]'],
  },
  'servicenow-workspace': {
    adapter: desks.servicenow,
    fixture: 'servicenow-workspace.html',
    url: 'https://acme.service-now.com/now/sow/record/incident/9d38',
    editor: [...WORKSPACE_COMPOSE, 'sn-form-field-journal-input', 'textarea'],
    customer: "Still nothing on my phone since Monday. I've missed two meetings because of this and I'm fed up.",
    toNote(doc) {
      // Choosing the Work notes tab: now-tabs moves its selection and the input is re-rendered.
      selectWorkspaceTab(doc, 'work_notes');
      const field = pick(doc, [...WORKSPACE_COMPOSE, 'sn-form-field-journal-input']);
      field.setAttribute('name', 'work_notes');
      field.shadowRoot!.querySelector('textarea')!.setAttribute('aria-label', 'Work notes');
      return pick(doc, [...this.editor]);
    },
    notReplyBox: ['sn-workspace-layout', 'now-record-form-connected', '[name="description"]', 'textarea'],
  },
  'jira-service-management': {
    adapter: desks.jiraServiceManagement,
    fixture: 'jira-service-management.html',
    url: 'https://acme.atlassian.net/browse/ITSD-311',
    editor: ['[data-testid="issue.activity.comment"] #ak-editor-textarea'],
    customer: "It's month-end close and I still can't open anything. Nobody told me anything for hours.",
    toNote(doc) {
      selectJiraTab(doc, 'comment-editor-container-tabs-0');
      return pick(doc, this.editor);
    },
    notReplyBox: ['[data-testid="issue.views.field.rich-text.editor-container"] #ak-editor-textarea'],
  },
  salesforce: {
    adapter: desks.salesforce,
    fixture: 'salesforce.html',
    url: 'https://acme.lightning.force.com/lightning/r/Case/5003000000D8cuI/view',
    editor: ['.supportPublisherQuickSendEmail .sendEmailQuickActionBody [contenteditable="true"]'],
    // The case's Description (how the feed marks an inbound email is not evidenced).
    customer: "My second monitor flickers whenever I dock the laptop. I already swapped the cable twice, it's getting worse and I'm really frustrated.",
    // A Chatter post from the same publisher is internal.
    toNote: (doc) => pick(doc, ['.forceChatterPublisherPresentationDesktop:not(.supportPublisherQuickSendEmail) .ql-editor']),
    notReplyBox: ['input[type="search"]'],
  },
  'help-scout': {
    adapter: desks.helpScout,
    fixture: 'help-scout.html',
    url: 'https://app.helpscout.com/conversation/2209/',
    editor: ['iframe.composer-frame', 'body'],
    // The threads carry no customer/agent marks anyone has published: none rather than a guess.
    customer: undefined,
    toNote(doc) {
      // No public evidence of Help Scout's note mode: a generic convention (a hidden is_note flag).
      pick(doc, ['.composer']).insertAdjacentHTML('afterbegin', '<input type="hidden" name="is_note" value="1">');
      return pick(doc, this.editor);
    },
    notReplyBox: ['input[type="search"]'],
  },
  intercom: {
    adapter: desks.intercom,
    fixture: 'intercom.html',
    url: 'https://app.intercom.com/a/inbox/abc123/inbox/conversation/99',
    editor: ['[data-conversation-reply-composer] .ProseMirror'],
    customer: "iPhone 13. Honestly this is the worst app update you've shipped, I can't even check my orders and I'm really frustrated.",
    toNote(doc) {
      // Clicking the note tab moves o__selected to it.
      for (const tab of Array.from(doc.querySelectorAll('.tabs__tab'))) tab.classList.toggle('o__selected', tab.getAttribute('data-intercom-target') === 'note-tab');
      return pick(doc, this.editor);
    },
    notReplyBox: ['input[type="search"]'],
  },
  front: {
    adapter: desks.front,
    fixture: 'front.html',
    url: 'https://acme.frontapp.com/open/cnv_abc',
    editor: ['.composer [contenteditable="true"]'],
    // Messages without published marks: no customer message rather than a guess.
    customer: undefined,
    toNote(doc) {
      // No public evidence of Front's comment box: a generic convention (a pressed "Comment" toggle).
      pick(doc, ['.composer']).insertAdjacentHTML('afterbegin', '<button type="button" aria-pressed="true">Comment</button>');
      return pick(doc, this.editor);
    },
    notReplyBox: ['input[type="search"]'],
  },
  hubspot: {
    adapter: desks.hubspot,
    fixture: 'hubspot.html',
    url: 'https://app.hubspot.com/live-messages/1234/inbox/5678',
    editor: ['.composer .ProseMirror'],
    customer: "Twelve people are blocked and I keep getting no answer. This is a disaster and I'm really frustrated.",
    toNote(doc) {
      // No public evidence of HubSpot's Comment composer: a generic convention (a selected "Comment" tab).
      pick(doc, ['.composer']).insertAdjacentHTML('afterbegin', '<div role="tab" aria-selected="true">Comment</div>');
      return pick(doc, this.editor);
    },
    notReplyBox: ['input[type="search"]'],
  },
  gorgias: {
    adapter: desks.gorgias,
    fixture: 'gorgias.html',
    url: 'https://acme.gorgias.com/app/ticket/40211',
    editor: ['form#ticket-reply-editor .public-DraftEditor-content'],
    customer: "The tracking hasn't moved in five days. I needed this for my daughter's birthday and I'm really upset.",
    toNote(doc) {
      // "Leave internal note": the rich field gets is-internal-note and the CSS-module isInternal class.
      pick(doc, ['form#ticket-reply-editor .TicketRichField']).classList.add('is-internal-note', 'TicketReplyArea__isInternal___w3Sd');
      return pick(doc, this.editor);
    },
    notReplyBox: ['input[type="search"]'],
  },
  gmail: {
    adapter: desks.gmail,
    fixture: 'gmail.html',
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQX',
    editor: ['div[g_editable="true"]'],
    customer: "Still locked out and I had to wait 20 minutes in the hallway again. I'm really frustrated, please fix this today.",
    notReplyBox: ['input[aria-label="Search mail"]'],
  },
  outlook: {
    adapter: desks.outlook,
    fixture: 'outlook.html',
    url: 'https://outlook.office.com/mail/inbox/id/AAQk',
    editor: ['div[id^="editorParent_"] [contenteditable="true"]'],
    customer: "It happened again during a board call. This is embarrassing and I'm really frustrated, I need it fixed before Thursday.",
    notReplyBox: ['input[aria-label="Search"]'],
  },
  'request-tracker': {
    adapter: desks.requestTracker,
    fixture: 'request-tracker-update.html',
    url: 'http://rt.intranet.example/rt/Ticket/Update.html?id=1&QuoteTransaction=34&Action=Respond',
    editor: ['iframe.cke_wysiwyg_frame', 'body.cke_editable'],
    customer: 'This is the third time I am writing about this. The VPN drops every hour and nobody has fixed it. I am really frustrated.',
    toNote(doc) {
      // Choosing "Comments (Not sent to requestors)" in the Update Type select.
      (pick(doc, ['select[name="UpdateType"]']) as unknown as HTMLSelectElement).value = 'private';
      return pick(doc, this.editor);
    },
    notReplyBox: ['input[name="UpdateSubject"]'],
  },
  'request-tracker-6': {
    adapter: desks.requestTracker,
    fixture: 'request-tracker-6-update.html',
    url: 'http://rt.intranet.example/rt/Ticket/Update.html?id=1&QuoteTransaction=34&Action=Respond',
    editor: ['.ck-editor__editable'],
    customer: 'This is the third time I am writing about this. The VPN drops every hour and nobody has fixed it. I am really frustrated.',
    toNote(doc) {
      // Choosing "Comments (Not sent to requestors)" in the Update Type select.
      (pick(doc, ['select[name="UpdateType"]']) as unknown as HTMLSelectElement).value = 'private';
      return pick(doc, this.editor);
    },
    notReplyBox: ['input[name="UpdateSubject"]'],
  },
  osticket: {
    adapter: desks.osticket,
    fixture: 'osticket.html',
    url: 'https://help.example.org/scp/tickets.php?id=7',
    editor: ['form#reply .redactor-in'],
    customer: "I did that four times. It still asks every ten minutes and I can't get any work done.",
    toNote: (doc) => pick(doc, ['form#note .redactor-in']),
    notReplyBox: ['form#note input[name="title"]'],
  },
  freescout: {
    adapter: desks.freescout,
    fixture: 'freescout.html',
    url: 'https://support.example.org/conversation/482?folder_id=3',
    editor: ['.conv-reply-block .note-editable'],
    customer: "This is the third time the queue has stuck this week. I have payroll to print by noon and I'm really frustrated.",
    toNote(doc) {
      // What "Note" does (showNoteForm in public/js/main.js): the same block, marked and flagged.
      pick(doc, ['.conv-reply-block']).classList.add('conv-note-block');
      (pick(doc, ['input[name="is_note"]']) as HTMLInputElement).value = '1';
      return pick(doc, this.editor);
    },
    notReplyBox: ['textarea.note-codable'],
  },
};
