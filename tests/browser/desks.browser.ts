/**
 * ServiceNow and the self-hosted desks' saved pages (tests/fixtures/sites) in Chromium with the
 * extension, one check per desk (tests/browser/desk-fixture-check.ts): ServiceNow's composer in
 * the classic gsft_main iframe and in Workspace's nested open shadow roots; osTicket's two forms;
 * FreeScout's one composer with the real Summernote 0.8.9 it ships, opened by Reply and switched to
 * a note; Request Tracker's update form with the real CKEditor 4 (RT 5) and CKEditor 5 (RT 6).
 * (Request Tracker 5 also runs live in rt.browser.ts.) And a desk with no adapter, read the generic way.
 */
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { deskFixtureTest, DRAFT, mountCkeditor5, type DeskFixture } from './desk-fixture-check';
import type { BrowserTest } from './harness';
import { applyCard, eventually, panel, waitForCards } from './helpers';

async function draftKind(page: Page): Promise<string | null> {
  return panel(page).getAttribute('data-draft-kind');
}

async function typeInto(page: Page, box: Locator, text: string): Promise<void> {
  await box.click();
  await page.keyboard.type(text, { delay: 3 });
}


/** Request Tracker puts the quoted transaction below an empty first line: the agent writes above it. */
async function focusAboveQuote(page: Page, box: Locator): Promise<void> {
  await box.locator('p').first().click();
  await page.keyboard.press('Control+Home');
}

const DESKS: DeskFixture[] = [
  {
    name: 'ServiceNow classic (gsft_main iframe): Additional comments is a reply; Work notes is internal',
    page: 'servicenow-classic.html',
    async prepare(page) {
      // The saved shell names its form in data-fixture; the real frame loads incident.do.
      await page.evaluate(() => {
        const frame = document.querySelector<HTMLIFrameElement>('#gsft_main')!;
        frame.src = frame.dataset.fixture!;
      });
      await page.frameLocator('#gsft_main').locator('#activity-stream-comments-textarea').waitFor();
    },
    editor: (page) => page.frameLocator('#gsft_main').locator('#activity-stream-comments-textarea'),
    readsCustomer: true,
    toNote: async (page) => page.frameLocator('#gsft_main').locator('#activity-stream-work_notes-textarea'),
  },
  {
    name: 'osTicket (Post Reply form; the Post Internal Note tab shows the note form)',
    page: 'osticket.html',
    editor: (page) => page.locator('form#reply .redactor-in'),
    readsCustomer: true,
    async toNote(page) {
      // What osTicket's tabs do: the note tab's li becomes active, its form is shown, the other hidden.
      await page.evaluate(() => {
        for (const li of Array.from(document.querySelectorAll('#response-tabs li'))) li.classList.toggle('active', !!li.querySelector('#post-note-tab'));
        document.querySelector('form#reply')!.classList.add('hidden');
        document.querySelector('form#note')!.classList.remove('hidden');
      });
      return page.locator('form#note .redactor-in');
    },
  },
  {
    name: 'FreeScout (real Summernote 0.8.9 opened by Reply; "Switch to a note" makes the same composer a note)',
    page: 'freescout.html',
    async prepare(page, origin) {
      for (const script of ['jquery/dist/jquery.min.js', 'bootstrap/dist/js/bootstrap.min.js', 'summernote/dist/summernote.js']) {
        await page.addScriptTag({ url: `${origin}/node_modules/${script}` });
      }
      await page.addScriptTag({ url: `${origin}/sites/freescout-editor.js` });
      await page.locator('body[data-editor-ready="true"]').waitFor({ state: 'attached' });
      await page.locator('.conv-reply').click();
    },
    editor: (page) => page.locator('.conv-reply-block .note-editable'),
    readsCustomer: true,
    submitted: (page) => page.locator('textarea#body').inputValue(),
    async toNote(page) {
      await page.evaluate(() => (window as unknown as { fsSwitchToNote(): void }).fsSwitchToNote());
      return page.locator('.conv-note-block .note-editable');
    },
  },
  {
    name: 'Request Tracker 5 (real CKEditor 4 in its about:blank frame, quoting the transaction; Update Type "Comments" is internal)',
    page: 'request-tracker-update.html',
    async prepare(page, origin) {
      // The saved page holds the wrapper CKEditor 4 built; the real one is built here from the textarea
      // RT fills with the quoted transaction (the saved editing frame's contents).
      await page.evaluate(async () => {
        const saved = await (await fetch('/sites/request-tracker-ckeditor-frame.html')).text();
        const quoted = new DOMParser().parseFromString(saved, 'text/html').body.innerHTML;
        document.querySelector('#cke_UpdateContent')!.remove();
        document.querySelector<HTMLTextAreaElement>('#UpdateContent')!.value = quoted;
        (window as unknown as { CKEDITOR_BASEPATH: string }).CKEDITOR_BASEPATH = '/node_modules/ckeditor4/';
      });
      await page.addScriptTag({ url: `${origin}/node_modules/ckeditor4/ckeditor.js` });
      await page.evaluate(
        () =>
          new Promise<void>((ready) => {
            const ck = (window as unknown as { CKEDITOR: { replace(id: string, config: object): { on(e: string, f: () => void): void } } }).CKEDITOR;
            ck.replace('UpdateContent', { height: 200, removePlugins: 'exportpdf,elementspath,scayt,wsc', versionCheck: false, customConfig: '' }).on('instanceReady', ready);
          }),
      );
    },
    editor: (page) => page.frameLocator('iframe.cke_wysiwyg_frame').locator('body'),
    readsCustomer: true,
    focus: focusAboveQuote,
    async toNote(page) {
      await page.selectOption('#UpdateType', 'private');
      return page.frameLocator('iframe.cke_wysiwyg_frame').locator('body');
    },
  },
  {
    name: 'Request Tracker 6 (real CKEditor 5 with the quoted transaction; Update Type "Comments" is internal)',
    page: 'request-tracker-6-update.html',
    prepare: (page, origin) => mountCkeditor5(page, 'form[name="TicketUpdate"] .ck-editor__editable', origin),
    editor: (page) => page.locator('form[name="TicketUpdate"] .ck-editor__editable'),
    readsCustomer: true,
    focus: focusAboveQuote,
    async toNote(page) {
      await page.selectOption('#UpdateType', 'private');
      return page.locator('form[name="TicketUpdate"] .ck-editor__editable');
    },
  },
  {
    name: 'Any other desk (the generic adapter: inbound thread items by time; a checked "Private" box is a note)',
    page: 'generic-desk.html',
    editor: (page) => page.locator('form.composer .reply-editor'),
    readsCustomer: true,
    async toNote(page) {
      await page.check('form.composer input[name="private"]');
      return page.locator('form.composer .reply-editor');
    },
  },
];

export const tests: BrowserTest[] = [
  ...DESKS.map(deskFixtureTest),
  {
    name: 'ServiceNow Workspace (nested open shadow roots): composer found, Description read, Apply + Ctrl+Z; Work notes tab makes it internal',
    async run(t) {
      const page = await t.newPage('/sites/servicenow-workspace.html');
      // Playwright's CSS engine pierces open shadow roots.
      const textarea = page.locator('now-activity-stream-compose-connected sn-form-field-journal-input textarea');
      await typeInto(page, textarea, DRAFT);
      await waitForCards(page, ['help-wording', 'blame', 'acknowledgement'], 8000);
      assert.equal(await draftKind(page), 'reply');

      // Apply and Ctrl+Z in the textarea inside the field component's shadow root.
      await applyCard(page, 'help-wording');
      await eventually(() => textarea.inputValue(), (v) => v === DRAFT.replace('help', 'assist'), 'Apply changes exactly the flagged word');
      await page.keyboard.press('Control+z');
      await eventually(() => textarea.inputValue(), (v) => v === DRAFT, 'one Ctrl+Z undoes exactly the apply');

      // What choosing the Work notes tab does: now-tabs moves its selection, the input is re-rendered.
      await page.locator('now-activity-stream-compose-connected').evaluate((compose) => {
        const shadow = compose.shadowRoot!;
        for (const tab of Array.from(shadow.querySelector('now-tabs')!.shadowRoot!.querySelectorAll('button.now-tab'))) {
          const on = tab.getAttribute('data-itemid') === 'work_notes';
          tab.classList.toggle('is-selected', on);
          tab.setAttribute('aria-selected', String(on));
        }
        const field = shadow.querySelector('sn-form-field-journal-input')!;
        field.setAttribute('name', 'work_notes');
        field.shadowRoot!.querySelector('textarea')!.setAttribute('aria-label', 'Work notes');
      });
      await typeInto(page, textarea, ' Thanks.');
      await eventually(() => draftKind(page), (kind) => kind === 'internal-note', 'Work notes tab makes it an internal note');
    },
  },
];
