/**
 * The hosted desks' saved pages (tests/fixtures/sites, each naming its evidence) in Chromium with
 * the built extension, one test per desk (tests/browser/desk-fixture-check.ts): the reply box is
 * found, a customer reply and an internal note are told apart, the customer's frustrated message is
 * read (the acknowledgement card shows), and Apply + Ctrl+Z is exact. Where a desk uses a library
 * editor that ships on npm, the real library runs in the fixture's composer (CKEditor 5 for
 * Zendesk, ProseMirror for Jira, Intercom and HubSpot, Draft.js for Gorgias); Zoho Desk's editor
 * gets a stand-in for its own undo stack (zoho-desk-editor-undo.js). Desks matched by host alone
 * (Help Scout, Front) run here on 127.0.0.1, where the generic reading they delegate to answers.
 */
import type { Frame, Page } from 'playwright-core';
import type { BrowserTest } from './harness';
import { deskFixtureTest, mountCkeditor5, mountLibrary, type DeskFixture } from './desk-fixture-check';
import { eventually } from './helpers';

/** Load a frame the saved page names in data-fixture (the page itself can't hold its document). */
async function fixtureFrame(page: Page, frameSelector: string, file: string, ready: string): Promise<Frame> {
  await page.evaluate((selector) => {
    const frame = document.querySelector<HTMLIFrameElement>(selector)!;
    frame.src = `/sites/${frame.dataset.fixture!}`;
  }, frameSelector);
  const frame = await eventually(
    async () => page.frames().find((f) => f.url().endsWith(`/sites/${file}`)),
    (f) => f !== undefined,
    `the frame ${file} should load`,
  );
  await frame!.waitForSelector(ready);
  return frame!;
}

/** Not evidenced for this desk: a generic convention (a selected tab saying so) stands in for its note mode. */
async function genericNoteTab(page: Page, composer: string, label: string): Promise<void> {
  await page.evaluate(
    ([selector, text]) => document.querySelector(selector!)!.insertAdjacentHTML('afterbegin', `<div role="tab" aria-selected="true">${text}</div>`),
    [composer, label],
  );
}

const DESKS: DeskFixture[] = [
  {
    name: 'Zendesk (real CKEditor 5 as the omnicomposer; the channel switcher on "Internal note")',
    page: 'zendesk.html',
    prepare: (page, origin) => mountCkeditor5(page, '[data-side-conversations-anchor-id="4821"] [data-test-id="omnicomposer-rich-text-ckeditor"]', origin),
    editor: (page) => page.locator('[data-side-conversations-anchor-id="4821"] [data-test-id="omnicomposer-rich-text-ckeditor"]'),
    readsCustomer: true,
    async toNote(page) {
      // Choosing "Internal note" in the switcher's menu relabels the switcher.
      await page.evaluate(() => {
        const switcher = document.querySelector('[data-side-conversations-anchor-id="4821"] [data-test-id="omnichannel-channel-switcher-button"]')!;
        switcher.setAttribute('aria-label', 'Internal note');
        switcher.textContent = 'Internal note';
      });
      return page.locator('[data-side-conversations-anchor-id="4821"] [data-test-id="omnicomposer-rich-text-ckeditor"]');
    },
  },
  {
    name: 'Freshdesk (Froala element; the requester\'s latest reply; "Add note" submit makes a note)',
    page: 'freshdesk.html',
    editor: (page) => page.locator('.rich-editor .fr-element.fr-view'),
    readsCustomer: true,
    async toNote(page) {
      // Unverified for Freshdesk (no public evidence of its note composer): the submit button's label.
      await page.evaluate(() => (document.querySelector('.rich-editor [data-test-id="submit"]')!.textContent = 'Add note'));
      return page.locator('.rich-editor .fr-element.fr-view');
    },
  },
  {
    name: 'Jira Service Management (real ProseMirror in the comment box; the "Add internal note" tab)',
    page: 'jira-service-management.html',
    async prepare(page, origin) {
      await mountLibrary(page, '[data-testid="issue.activity.comment"] .ProseMirror', 'prosemirror', origin);
      await page.evaluate(() => (document.querySelector('[data-testid="issue.activity.comment"] .ProseMirror')!.id = 'ak-editor-textarea'));
    },
    editor: (page) => page.locator('[data-testid="issue.activity.comment"] .ProseMirror'),
    readsCustomer: true,
    async toNote(page) {
      await page.evaluate(() => {
        for (const tab of Array.from(document.querySelectorAll('[id^="comment-editor-container-tabs-"]'))) {
          tab.setAttribute('aria-selected', String(tab.id.endsWith('tabs-0')));
        }
      });
      return page.locator('[data-testid="issue.activity.comment"] .ProseMirror');
    },
  },
  {
    name: 'Help Scout (the composer\'s editing frame; no customer marks evidenced)',
    page: 'help-scout.html',
    prepare: async (page) => void (await fixtureFrame(page, 'iframe.composer-frame', 'help-scout-editor-frame.html', 'body[contenteditable="true"]')),
    editor: (page) => page.frameLocator('iframe.composer-frame').locator('body'),
    readsCustomer: false,
    async toNote(page) {
      await genericNoteTab(page, '.composer', 'Note');
      return page.frameLocator('iframe.composer-frame').locator('body');
    },
  },
  {
    name: 'Front (any visible editor; no composer or customer marks evidenced)',
    page: 'front.html',
    editor: (page) => page.locator('.composer [contenteditable="true"]'),
    readsCustomer: false,
    async toNote(page) {
      await genericNoteTab(page, '.composer', 'Comment');
      return page.locator('.composer [contenteditable="true"]');
    },
  },
  {
    name: 'Salesforce (Email action is a reply; a Chatter post is internal)',
    page: 'salesforce.html',
    editor: (page) => page.locator('.supportPublisherQuickSendEmail .sendEmailQuickActionBody [contenteditable="true"]'),
    readsCustomer: true,
    async toNote(page) {
      await page.evaluate(() => document.querySelector('.forceChatterPublisherPresentationDesktop[hidden]')!.removeAttribute('hidden'));
      return page.locator('.forceChatterPublisherPresentationDesktop:not(.supportPublisherQuickSendEmail) .ql-editor');
    },
  },
  {
    name: 'Intercom (real ProseMirror in the reply composer; the note tab makes a note)',
    page: 'intercom.html',
    prepare: (page, origin) => mountLibrary(page, '[data-conversation-reply-composer] .ProseMirror', 'prosemirror', origin),
    editor: (page) => page.locator('[data-conversation-reply-composer] .ProseMirror'),
    readsCustomer: true,
    async toNote(page) {
      await page.evaluate(() => {
        for (const tab of Array.from(document.querySelectorAll('.tabs__tab'))) tab.classList.toggle('o__selected', tab.getAttribute('data-intercom-target') === 'note-tab');
      });
      return page.locator('[data-conversation-reply-composer] .ProseMirror');
    },
  },
  {
    name: 'HubSpot (real ProseMirror by the composer controls; customer = first sender)',
    page: 'hubspot.html',
    prepare: (page, origin) => mountLibrary(page, '.composer .ProseMirror', 'prosemirror', origin),
    editor: (page) => page.locator('.composer .ProseMirror'),
    readsCustomer: true,
    async toNote(page) {
      await genericNoteTab(page, '.composer', 'Comment');
      return page.locator('.composer .ProseMirror');
    },
  },
  {
    name: 'Gorgias (real Draft.js in form#ticket-reply-editor; is-internal-note makes a note)',
    page: 'gorgias.html',
    prepare: (page, origin) => mountLibrary(page, 'form#ticket-reply-editor .DraftEditor-root', 'draftjs', origin),
    editor: (page) => page.locator('form#ticket-reply-editor .public-DraftEditor-content'),
    readsCustomer: true,
    async toNote(page) {
      await page.evaluate(() => document.querySelector('form#ticket-reply-editor .TicketRichField')!.classList.add('is-internal-note'));
      return page.locator('form#ticket-reply-editor .public-DraftEditor-content');
    },
  },
  {
    name: 'Gmail (compose box by g_editable, its aria-label translated)',
    page: 'gmail.html',
    async prepare(page) {
      await page.evaluate(() => document.querySelector('[g_editable="true"]')!.setAttribute('aria-label', 'Nachrichtentext'));
    },
    editor: (page) => page.locator('div[g_editable="true"]'),
    readsCustomer: true,
  },
  {
    name: 'Outlook on the web (compose box by editorParent_, labels translated)',
    page: 'outlook.html',
    async prepare(page) {
      await page.evaluate(() => {
        document.querySelector('[id^="editorParent_"] [contenteditable]')!.setAttribute('aria-label', 'Nachrichtentext, drücken Sie ALT+F10 zum Beenden');
        for (const doc of Array.from(document.querySelectorAll('[role="document"]'))) doc.setAttribute('aria-label', 'Nachrichtentext');
      });
    },
    editor: (page) => page.locator('div[id^="editorParent_"] [contenteditable="true"]'),
    readsCustomer: true,
  },
  {
    name: "Zoho Desk (editor frame with Zoho's own undo stack; no customer marks evidenced)",
    page: 'zoho-desk.html',
    async prepare(page, origin) {
      const frame = await fixtureFrame(page, 'iframe.KB_Editor_iframe', 'zoho-desk-editor-frame.html', 'body[contenteditable="true"]');
      await frame.addScriptTag({ url: `${origin}/sites/zoho-desk-editor-undo.js` });
    },
    editor: (page) => page.frameLocator('iframe.KB_Editor_iframe').locator('body'),
    readsCustomer: false,
    async toNote(page) {
      await genericNoteTab(page, '.editor-box', 'Comment');
      return page.frameLocator('iframe.KB_Editor_iframe').locator('body');
    },
  },
];

export const tests: BrowserTest[] = DESKS.map(deskFixtureTest);
