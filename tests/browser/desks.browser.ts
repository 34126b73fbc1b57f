/**
 * Saved desk pages (tests/fixtures/sites) in Chromium with the extension: the desk adapters reach
 * composers inside ServiceNow's gsft_main iframe and Workspace's nested open shadow roots, tell
 * customer replies from internal notes there, and feed the customer's last message to the
 * acknowledgement check; FreeScout's newest-first thread and its note block are read too.
 * (Request Tracker runs live in rt.browser.ts.)
 */
import assert from 'node:assert/strict';
import type { Frame, Locator, Page } from 'playwright-core';
import type { BrowserTest, TestContext } from './harness';
import { applyCard, eventually, panel, shownRuleIds, waitForCards } from './helpers';
import { serviceWorker } from './service-worker';

declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void>; remove(key: string): Promise<void> } };
};

const DRAFT = "Hi, I'm happy to help. You must have changed the settings.";

const SIDEBAR_PREFS = 'rapport.sidebar.127.0.0.1';

/**
 * Runs `body` as an agent who opened the panel on these pages before: where they never chose, a page
 * with no room beside its reply box starts as the badge (presence.browser.ts), and these tests read
 * cards. What was stored before is put back afterwards, for the tests that follow.
 */
async function withPanelChosenOpen(t: TestContext, body: () => Promise<void>): Promise<void> {
  const before = (await serviceWorker(t).evaluate((key) => chrome.storage.local.get(key), SIDEBAR_PREFS))[SIDEBAR_PREFS];
  await serviceWorker(t).evaluate((key) => chrome.storage.local.set({ [key]: { collapsed: false } }), SIDEBAR_PREFS);
  try {
    await body();
  } finally {
    await serviceWorker(t).evaluate(
      ([key, value]) => (value === undefined ? chrome.storage.local.remove(key as string) : chrome.storage.local.set({ [key as string]: value })),
      [SIDEBAR_PREFS, before] as const,
    );
  }
}

async function draftKind(page: Page): Promise<string | null> {
  return panel(page).getAttribute('data-draft-kind');
}

async function typeInto(page: Page, box: Locator, text: string): Promise<void> {
  await box.click();
  await page.keyboard.type(text, { delay: 3 });
}

/** The saved classic page loads its form from data-fixture; here the frame is pointed at it. */
async function classicFrame(page: Page): Promise<Frame> {
  await page.evaluate(() => {
    const frame = document.querySelector<HTMLIFrameElement>('#gsft_main')!;
    frame.src = frame.dataset.fixture!;
  });
  const frame = await eventually(
    async () => page.frames().find((f) => f.url().endsWith('/sites/servicenow-classic-frame.html')),
    (f) => f !== undefined,
    'the gsft_main frame should load',
  );
  await frame!.waitForSelector('#activity-stream-comments-textarea');
  return frame!;
}

export const tests: BrowserTest[] = [
  {
    name: 'ServiceNow classic (gsft_main iframe): Additional comments is a reply with acknowledgement; Work notes is internal',
    async run(t) {
      const page = await t.newPage('/sites/servicenow-classic.html');
      const frame = await classicFrame(page);
      await typeInto(page, frame.locator('#activity-stream-comments-textarea'), DRAFT);
      await waitForCards(page, ['help-wording', 'blame', 'acknowledgement'], 8000);
      assert.equal(await draftKind(page), 'reply');

      await typeInto(page, frame.locator('#activity-stream-work_notes-textarea'), DRAFT);
      await eventually(() => draftKind(page), (kind) => kind === 'internal-note', 'Work notes are an internal note');
      await new Promise((r) => setTimeout(r, 800));
      const cards = await shownRuleIds(page);
      assert.ok(!cards.includes('blame'), `no customer-facing warnings in work notes (cards: ${cards.join(', ')})`);
      t.note(`work-notes cards: ${cards.join(', ') || 'none'}`);
    },
  },
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
  {
    name: 'Zendesk Agent Workspace page: public reply gets cards; the channel switcher on "Internal note" quiets them',
    async run(t) {
      await withPanelChosenOpen(t, async () => {
        const page = await t.newPage('/sites/zendesk.html');
        const editor = page.locator('[data-test-id="omnicomposer-rich-text-ckeditor"]');
        await typeInto(page, editor, DRAFT);
        await waitForCards(page, ['help-wording', 'blame', 'acknowledgement'], 8000);
        assert.equal(await draftKind(page), 'reply');

        await page.evaluate(() => {
          const switcher = document.querySelector('[data-test-id="omnichannel-channel-switcher-button"]')!;
          switcher.setAttribute('aria-label', 'Internal note');
          switcher.textContent = 'Internal note';
        });
        await typeInto(page, editor, ' ');
        await eventually(() => draftKind(page), (kind) => kind === 'internal-note', 'the switcher says Internal note');
        await eventually(() => shownRuleIds(page), (ids) => !ids.includes('blame'), 'blame goes quiet in an internal note');
      });
    },
  },
  {
    name: 'FreeScout page: the newest customer message gets acknowledged; "Note" (conv-note-block, is_note=1) makes it internal',
    async run(t) {
      await withPanelChosenOpen(t, async () => {
        const page = await t.newPage('/sites/freescout.html');
        const editor = page.locator('.conv-reply-block .note-editable');
        await typeInto(page, editor, DRAFT);
        await waitForCards(page, ['help-wording', 'blame', 'acknowledgement'], 8000);
        assert.equal(await draftKind(page), 'reply');

        // What FreeScout's showNoteForm() does to the same composer.
        await page.evaluate(() => {
          document.querySelector('.conv-reply-block')!.classList.add('conv-note-block');
          document.querySelector<HTMLInputElement>('input[name="is_note"]')!.value = '1';
        });
        await typeInto(page, editor, ' ');
        await eventually(() => draftKind(page), (kind) => kind === 'internal-note', 'the note block is an internal note');
        await eventually(() => shownRuleIds(page), (ids) => !ids.includes('blame'), 'blame goes quiet in a note');
      });
    },
  },
];
