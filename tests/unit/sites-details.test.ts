// @vitest-environment happy-dom
/**
 * Desk adapters' finer points on their saved pages: the switches and edge cases each desk has
 * beyond "reply box, reply or note, customer's last message" (tests/unit/sites.test.ts).
 */
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { strategyFor } from '../../lib/editing';
import { deskAdapters } from '../../lib/sites/desks';
import * as desks from '../../lib/sites/desks';
import { selectJiraTab, selectWorkspaceTab } from './helpers/desk-cases';
import { loadFixture, pick } from './helpers/site-fixtures';

describe('Zendesk', () => {
  const url = 'https://acme.zendesk.com/agent/tickets/4821';
  const editorOf = (doc: Document, ticket: string) =>
    pick(doc, [`[data-side-conversations-anchor-id="${ticket}"] [contenteditable="true"]`]);
  const switcherOf = (doc: Document, ticket: string) =>
    pick(doc, [`[data-side-conversations-anchor-id="${ticket}"] [data-test-id="omnichannel-channel-switcher-button"]`]);

  it("the switcher's aria-label decides, whatever its text says", async () => {
    const doc = await loadFixture('zendesk.html', url);
    switcherOf(doc, '4821').setAttribute('aria-label', 'Internal note');
    expect(desks.zendesk.draftKind(editorOf(doc, '4821'))).toBe('internal-note');
    switcherOf(doc, '4821').setAttribute('aria-label', 'Email');
    expect(desks.zendesk.draftKind(editorOf(doc, '4821'))).toBe('reply');
  });

  it('another open ticket tab neither sets the mode nor lends its customer', async () => {
    const doc = await loadFixture('zendesk.html', url);
    switcherOf(doc, '4790').setAttribute('aria-label', 'Internal note');
    expect(desks.zendesk.draftKind(editorOf(doc, '4821'))).toBe('reply');
    expect(desks.zendesk.draftKind(editorOf(doc, '4790'))).toBe('internal-note');
    expect(desks.zendesk.customerMessage(editorOf(doc, '4821'))).toMatch(/really frustrated/);
  });

  it('the timestamps pick the latest message when the log is shown newest first', async () => {
    const doc = await loadFixture('zendesk.html', url);
    const log = pick(doc, ['[data-side-conversations-anchor-id="4821"] [data-test-id="omni-log-container"]']);
    for (const item of Array.from(log.children).reverse()) log.appendChild(item);
    expect(desks.zendesk.customerMessage(editorOf(doc, '4821'))).toMatch(/^This is the third time/);
  });
});

describe('Freshdesk', () => {
  const url = 'https://acme.freshdesk.com/a/tickets/1377';

  it('an editor inside a private-note item (editing the note) is a note', async () => {
    const doc = await loadFixture('freshdesk.html', url);
    const note = pick(doc, ['[data-note-id="9002"]']);
    note.setAttribute('contenteditable', 'true');
    note.classList.add('fr-element', 'fr-view');
    expect(desks.freshdesk.isReplyBox(note)).toBe(true);
    expect(desks.freshdesk.draftKind(note)).toBe('internal-note');
  });

  it('a Private checkbox in the composer is read both ways (a public note reaches the requester)', async () => {
    const doc = await loadFixture('freshdesk.html', url);
    const editor = pick(doc, ['.rich-editor .fr-element']);
    pick(doc, ['.rich-editor']).insertAdjacentHTML('afterbegin', '<label><input type="checkbox" name="private" checked> Private</label>');
    expect(desks.freshdesk.draftKind(editor)).toBe('internal-note');
    (pick(doc, ['.rich-editor input[name="private"]']) as HTMLInputElement).checked = false;
    expect(desks.freshdesk.draftKind(editor)).toBe('reply');
  });

  it("the description is the requester's words until they reply", async () => {
    const doc = await loadFixture('freshdesk.html', url);
    for (const item of Array.from(doc.querySelectorAll('[data-test-id="conversation-wrapper"]'))) item.remove();
    expect(desks.freshdesk.customerMessage(pick(doc, ['.rich-editor .fr-element']))).toBe(
      'The printer on the third floor jams every single morning.\nCould someone look at it?',
    );
  });
});

describe('ServiceNow', () => {
  async function classicForm(): Promise<Document> {
    const doc = await loadFixture('servicenow-classic.html', 'https://acme.service-now.com/nav_to.do');
    return (pick(doc, ['#gsft_main']) as HTMLIFrameElement).contentDocument!;
  }

  it('classic single field: data-stream-text-input flips with the journal checkbox', async () => {
    const form = await classicForm();
    const editor = form.getElementById('activity-stream-textarea')!;
    expect(desks.servicenow.isReplyBox(editor)).toBe(true);
    expect(desks.servicenow.draftKind(editor)).toBe('reply');
    editor.setAttribute('data-stream-text-input', 'work_notes');
    editor.setAttribute('aria-label', 'Work notes');
    expect(desks.servicenow.draftKind(editor)).toBe('internal-note');
  });

  it('classic single field without its own marks: the checkbox name says what checking turns on', async () => {
    const form = await classicForm();
    const editor = form.getElementById('activity-stream-textarea')!;
    for (const attr of ['data-stream-text-input', 'aria-label', 'placeholder']) editor.removeAttribute(attr);
    const toggle = form.querySelector<HTMLInputElement>('input[name="work_notes-journal-checkbox"]')!;
    expect(desks.servicenow.draftKind(editor)).toBe('reply');
    toggle.checked = true;
    expect(desks.servicenow.draftKind(editor)).toBe('internal-note');
    toggle.name = 'comments-journal-checkbox';
    expect(desks.servicenow.draftKind(editor)).toBe('reply');
    toggle.checked = false;
    expect(desks.servicenow.draftKind(editor)).toBe('internal-note');
  });

  it("classic: an agent's comment is not the caller's", async () => {
    const form = await classicForm();
    form.querySelector('.sn-card-component-createdby')!.textContent = 'David Loo';
    expect(desks.servicenow.customerMessage(form.getElementById('activity-stream-comments-textarea')!)).toBe(
      'Email on my phone stopped syncing on Monday.',
    );
  });

  it('Workspace: the selected now-tab decides when the input carries no field name', async () => {
    const doc = await loadFixture('servicenow-workspace.html', 'https://acme.service-now.com/now/sow/record/incident/9d38');
    const field = pick(doc, ['sn-workspace-layout', 'now-activity-stream-compose-connected', 'sn-form-field-journal-input']);
    field.removeAttribute('name');
    const textarea = field.shadowRoot!.querySelector('textarea')!;
    textarea.removeAttribute('aria-label');
    expect(desks.servicenow.draftKind(textarea)).toBe('reply');
    selectWorkspaceTab(doc, 'work_notes');
    expect(desks.servicenow.draftKind(textarea)).toBe('internal-note');
  });
});

describe('Jira Service Management', () => {
  const url = 'https://acme.atlassian.net/browse/ITSD-311';
  const editorOf = (doc: Document) => pick(doc, ['[data-testid="issue.activity.comment"] #ak-editor-textarea']);

  it('tabs in another language: the selected tab\'s place says which (tabs-0 is the internal note)', async () => {
    const doc = await loadFixture('jira-service-management.html', url);
    pick(doc, ['#comment-editor-container-tabs-0']).textContent = 'Interne Notiz hinzufügen';
    pick(doc, ['#comment-editor-container-tabs-1']).textContent = 'Dem Kunden antworten';
    expect(desks.jiraServiceManagement.draftKind(editorOf(doc))).toBe('reply');
    selectJiraTab(doc, 'comment-editor-container-tabs-0');
    expect(desks.jiraServiceManagement.draftKind(editorOf(doc))).toBe('internal-note');
  });

  it('the transition dialog has its own tabs', async () => {
    const doc = await loadFixture('jira-service-management.html', url);
    doc.body.insertAdjacentHTML(
      'beforeend',
      `<section data-testid="issue-transition.ui.issue-transition-modal"><div id="comment-container">
        <button role="tab" id="issue-transition-comment-editor-container-tabs-0" aria-selected="true">Add internal note</button>
        <button role="tab" id="issue-transition-comment-editor-container-tabs-1" aria-selected="false">Reply to customer</button>
        <div class="ProseMirror" id="transition-editor" contenteditable="true"></div></div></section>`,
    );
    const editor = pick(doc, ['#transition-editor']);
    expect(desks.jiraServiceManagement.isReplyBox(editor)).toBe(true);
    expect(desks.jiraServiceManagement.draftKind(editor)).toBe('internal-note');
    expect(desks.jiraServiceManagement.draftKind(editorOf(doc))).toBe('reply');
  });

  it('comment ids, not the sort order, say which comment is the latest', async () => {
    const doc = await loadFixture('jira-service-management.html', url);
    const list = pick(doc, ['[data-testid="issue.activity.comments-list"]']);
    for (const item of Array.from(list.children).reverse()) list.appendChild(item);
    expect(desks.jiraServiceManagement.customerMessage(editorOf(doc))).toMatch(/^It's month-end close/);
  });

  it('before the reporter comments, their description is their words', async () => {
    const doc = await loadFixture('jira-service-management.html', url);
    pick(doc, ['[data-testid="issue.views.field.user.reporter.name.wrapper"]']).textContent = 'Someone Else';
    expect(desks.jiraServiceManagement.customerMessage(editorOf(doc))).toBe('I get "access denied" on the Finance share since this morning.');
  });
});

describe('desk details', () => {
  it('Salesforce: the email action is a reply, a Chatter post internal, wherever they sit', async () => {
    const doc = await loadFixture('salesforce.html', 'https://acme.lightning.force.com/lightning/r/Case/1/view');
    const chatter = pick(doc, ['.forceChatterPublisherPresentationDesktop:not(.supportPublisherQuickSendEmail) .ql-editor']);
    expect(desks.salesforce.isReplyBox(chatter)).toBe(true);
    expect(desks.salesforce.draftKind(chatter)).toBe('internal-note');
    // Outside the publisher (a record field being edited) is not a reply box.
    doc.body.insertAdjacentHTML('beforeend', '<div id="inline-edit" contenteditable="true">x</div>');
    expect(desks.salesforce.isReplyBox(pick(doc, ['#inline-edit']))).toBe(false);
  });

  it('Gmail and Outlook find the compose box and the messages with their labels translated', async () => {
    const gmail = await loadFixture('gmail.html', 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQX');
    const gmailBox = pick(gmail, ['div[g_editable="true"]']);
    gmailBox.setAttribute('aria-label', 'Nachrichtentext');
    expect(desks.gmail.isReplyBox(gmailBox)).toBe(true);
    expect(desks.gmail.customerMessage(gmailBox)).toMatch(/^Still locked out/);

    const outlook = await loadFixture('outlook.html', 'https://outlook.office.com/mail/inbox/id/AAQk');
    const outlookBox = pick(outlook, ['div[id^="editorParent_"] [contenteditable="true"]']);
    outlookBox.setAttribute('aria-label', 'Nachrichtentext, drücken Sie ALT+F10 zum Beenden');
    for (const doc of Array.from(outlook.querySelectorAll('[role="document"]'))) doc.setAttribute('aria-label', 'Nachrichtentext');
    expect(desks.outlook.isReplyBox(outlookBox)).toBe(true);
    expect(desks.outlook.customerMessage(outlookBox)).toMatch(/^It happened again during a board call/);
  });

  it("Gorgias: agents' replies and internal notes are never the customer's message", async () => {
    const doc = await loadFixture('gorgias.html', 'https://acme.gorgias.com/app/ticket/40211');
    const editor = pick(doc, ['form#ticket-reply-editor .public-DraftEditor-content']);
    const thread = pick(doc, ['.ticket-body']);
    thread.insertAdjacentHTML(
      'beforeend',
      '<div class="ticket-message TicketMessage__component___x7Kp2 TicketMessage__fromAgent___b2Vn"><div class="TicketMessage__messageContent___r4Tt"><p>We reshipped it.</p></div></div>' +
        '<div class="ticket-message TicketMessage__component___x7Kp2 TicketMessage__internal___k8Rw"><div class="TicketMessage__messageContent___r4Tt"><p>Note: refund if late.</p></div></div>',
    );
    expect(desks.gorgias.customerMessage(editor)).toMatch(/^The tracking hasn't moved/);
  });

  it('HubSpot: no sender addresses in the thread means no customer message, not a guess', async () => {
    const doc = await loadFixture('hubspot.html', 'https://app.hubspot.com/live-messages/1/inbox/2');
    for (const from of Array.from(doc.querySelectorAll('dt[data-message-metadata-type="from"]'))) from.remove();
    expect(desks.hubspot.customerMessage(pick(doc, ['.composer .ProseMirror']))).toBeUndefined();
    // A ProseMirror editor away from HubSpot's composer controls is not the reply box.
    doc.body.insertAdjacentHTML('afterbegin', '<div><div><div><div><div><div><div><div><div class="ProseMirror" contenteditable="true" id="kb"></div></div></div></div></div></div></div></div></div>');
    expect(desks.hubspot.isReplyBox(pick(doc, ['#kb']))).toBe(false);
  });

  it('Intercom: without the old note tab, a selected Note tab in the composer still makes a note', async () => {
    const doc = await loadFixture('intercom.html', 'https://app.intercom.com/a/inbox/x/inbox/conversation/1');
    pick(doc, ['.inbox__conversation-controls__pane-selector']).remove();
    const composer = pick(doc, ['[data-conversation-reply-composer]']);
    composer.insertAdjacentHTML('afterbegin', '<div role="tablist"><button role="tab" aria-selected="false">Reply</button><button role="tab" aria-selected="true">Note</button></div>');
    expect(desks.intercom.draftKind(pick(doc, ['[data-conversation-reply-composer] .ProseMirror']))).toBe('internal-note');
  });

  it('Request Tracker: Action=Comment without the select is a comment; Respond is a reply', async () => {
    const doc = await loadFixture('request-tracker-update.html', 'http://rt.example/rt/Ticket/Update.html?id=1');
    const editor = pick(doc, ['iframe.cke_wysiwyg_frame', 'body.cke_editable']);
    pick(doc, ['select[name="UpdateType"]']).remove();
    expect(desks.requestTracker.draftKind(editor)).toBe('reply');
    (pick(doc, ['input[name="Action"]']) as HTMLInputElement).value = 'Comment';
    expect(desks.requestTracker.draftKind(editor)).toBe('internal-note');
  });

  it('Request Tracker 6: without the Update Type select, the hidden DefaultUpdateType decides', async () => {
    const doc = await loadFixture('request-tracker-6-update.html', 'http://rt.example/rt/Ticket/Update.html?id=1&Action=Respond');
    const editor = pick(doc, ['.ck-editor__editable']);
    pick(doc, ['select[name="UpdateType"]']).remove();
    expect(desks.requestTracker.draftKind(editor)).toBe('reply');
    (pick(doc, ['input[name="DefaultUpdateType"]']) as HTMLInputElement).value = 'private';
    expect(desks.requestTracker.draftKind(editor)).toBe('internal-note');
  });

  it('Request Tracker 6: a CKEditor 5 editable outside the update form is not the reply box', async () => {
    const doc = await loadFixture('request-tracker-6-update.html', 'http://rt.example/rt/Ticket/Update.html?id=1');
    doc.body.insertAdjacentHTML('beforeend', '<div class="ck-editor__editable" contenteditable="true" id="elsewhere"></div>');
    expect(desks.requestTracker.isReplyBox(pick(doc, ['#elsewhere']))).toBe(false);
  });

  it('Request Tracker: the plain textarea (rich text off) is the reply box too', async () => {
    const doc = await loadFixture('request-tracker-update.html', 'http://rt.example/rt/Ticket/Update.html?id=1');
    const textarea = pick(doc, ['textarea[name="UpdateContent"]']) as HTMLTextAreaElement;
    textarea.value = '\nOn Mon, dana@example.com wrote:\n> The VPN drops every hour.\n> I am really frustrated.';
    expect(desks.requestTracker.isReplyBox(textarea)).toBe(true);
    expect(desks.requestTracker.customerMessage(textarea)).toBe('The VPN drops every hour.\nI am really frustrated.');
  });

  it("Request Tracker: on the history page, the requestor's latest message (not staff comments)", async () => {
    const doc = await loadFixture('request-tracker-display.html', 'http://rt.example/rt/Ticket/Display.html?id=1');
    expect(desks.requestTracker.matches(new URL('http://rt.example/rt/Ticket/Display.html?id=1'), doc)).toBe(true);
    const anywhere = pick(doc, ['.ticket-info-people']);
    expect(desks.requestTracker.customerMessage(anywhere)).toBe(
      'This is the third time I am writing about this. Nobody has fixed it and I am really frustrated.',
    );
  });

  it("Gmail: the account's own latest message is not the customer's", async () => {
    const doc = await loadFixture('gmail.html', 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQX');
    const thread = doc.querySelector('[role="main"]')!;
    // Our reply arrives after the customer's: the customer's message is still the one before it.
    thread.insertAdjacentHTML(
      'beforeend',
      '<div class="adn ads"><span class="gD" email="it@example.com">me</span><div class="a3s aiL"><div dir="ltr">We are on it.</div></div></div>',
    );
    expect(desks.gmail.customerMessage(pick(doc, ['div[g_editable="true"]']))).toBe(
      "Still locked out and I had to wait 20 minutes in the hallway again. I'm really frustrated, please fix this today.",
    );
  });

  it("Zoho Desk: the editor frame's body is written through Zoho's own undo (its strategy), other frames are not", async () => {
    const doc = await loadFixture('zoho-desk.html', 'https://desk.zoho.com/agent/acme/all/tickets/552');
    const body = pick(doc, ['iframe.KB_Editor_iframe', 'body']);
    expect(strategyFor(body)?.kind).toBe('zoho-editor');
    pick(doc, ['iframe.KB_Editor_iframe']).className = 'cke_wysiwyg_frame';
    expect(strategyFor(body)?.kind).not.toBe('zoho-editor');
  });

  it('self-hosted desks are not claimed on an unrelated page', async () => {
    const window = new Window({ url: 'https://intranet.example/wiki' });
    window.document.write('<textarea></textarea><div contenteditable="true"></div>');
    const doc = window.document as unknown as Document;
    expect(deskAdapters.filter((a) => a.matches(new URL('https://intranet.example/wiki'), doc)).map((a) => a.id)).toEqual([]);
  });
});
