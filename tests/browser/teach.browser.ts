/**
 * "Teach Rapport this desk" end to end, on a desk no adapter knows (tests/fixtures/pages/teach-desk.html):
 * before, the generic adapter reads neither the customer's message nor the "Staff only" note tab.
 * From the popup the agent picks the reply box, the note switch and a customer message with real
 * clicks; the panel shows what Rapport will read; Save makes the sidebar acknowledge the customer and
 * the tab make a note. The profile is exported from the options page and imported into a fresh
 * browser profile (a second Chromium user-data directory), where the same desk is coached the same
 * way. The page's own script can neither pick nor save. A broken profile (its note switch matches
 * nothing) is reported in the popup and ignored.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { extensionId as readExtensionId, launchWithExtension } from './chromium';
import type { BrowserTest, TestContext } from './harness';
import { eventually, panel, shownRuleIds, waitForCards } from './helpers';
import { openPopup } from './options.browser';

const DRAFT = "Hi Dana, happy to help. You must have plugged it in wrong.";
const TEACH = '[data-rapport="teach"]';

declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void>; remove(keys: string[]): Promise<void> } } };

const kindOf = (page: Page): Promise<string | null> => panel(page).getAttribute('data-draft-kind');

async function typeDraft(page: Page): Promise<void> {
  await page.locator('#post-body').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await page.keyboard.type(DRAFT, { delay: 3 });
}

/** Taught desk: the customer's frustration is acknowledged, and "Staff only" makes an internal note. */
async function expectTaughtCoaching(page: Page): Promise<void> {
  await typeDraft(page);
  await waitForCards(page, ['help-wording', 'blame', 'acknowledgement'], 10000);
  await eventually(() => kindOf(page), (kind) => kind === 'reply', 'a customer reply while "Everyone" is selected');
  await page.locator('#audience-staff').click();
  await page.locator('#post-body').click();
  await page.keyboard.type(' ', { delay: 3 });
  await eventually(() => kindOf(page), (kind) => kind === 'internal-note', '"Staff only" makes it an internal note');
  await eventually(() => shownRuleIds(page), (ids) => !ids.includes('blame') && !ids.includes('acknowledgement'), 'customer-facing cards go quiet');
  await page.locator('#audience-everyone').click();
}

async function optionsPage(context: BrowserContext, id: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/options.html`);
  await page.locator('[data-section="site-profiles"]').waitFor();
  return page;
}

async function clearProfiles(options: Page): Promise<void> {
  await options.evaluate(() => chrome.storage.local.remove(['rapport.siteProfiles']));
}

export const tests: BrowserTest[] = [
  {
    name: 'teach a desk from the popup → export → remove and undo → import in a fresh browser profile → coached with the right kind and customer message',
    timeoutMs: 90000,
    async run(t: TestContext) {
      const options = await optionsPage(t.context, t.extensionId);
      await clearProfiles(options);
      const page = await t.newPage('/pages/teach-desk.html');

      // Before: the generic adapter reads no customer message and no note tab.
      await typeDraft(page);
      await waitForCards(page, ['help-wording', 'blame'], 10000);
      assert.ok(!(await shownRuleIds(page)).includes('acknowledgement'), 'no customer message read before teaching');

      const popup = await openPopup(t, page);
      await eventually(() => popup.evaluate<boolean>('Boolean(document.querySelector("[data-action=teach]"))'), Boolean, 'the popup offers to teach this desk');
      await popup.evaluate('document.querySelector("[data-action=teach]").click()');
      const teach = page.locator(TEACH);
      await teach.locator('text=Click the reply box').waitFor({ timeout: 5000 });

      // The page can't pick: its synthetic click on the reply box is not the agent's.
      await page.evaluate(() => document.querySelector<HTMLElement>('#post-body')!.click());
      await new Promise((r) => setTimeout(r, 200));
      assert.ok(await teach.locator('text=Click the reply box').count(), 'a synthetic click picks nothing');

      // The agent's own clicks pick; the tab click is swallowed, so "Everyone" stays selected.
      await page.locator('#post-body').click();
      await teach.locator('text=switches the composer to an internal note').waitFor();
      await page.locator('#audience-staff').click();
      assert.equal(await page.locator('#audience-staff').getAttribute('aria-selected'), 'false', 'picking the switch does not press it');
      await teach.locator("text=customer's messages").waitFor();
      await page.locator('.post--from-client >> nth=1').locator('p').click();

      const review = await eventually(() => teach.locator('.panel').innerText(), (text) => text.includes('This is what Rapport will read'), 'the review step');
      t.note(review.replace(/\s+/g, ' '));
      assert.match(review, /#post-body/);
      assert.match(review, /#audience-staff/);
      assert.match(review, /\.post--from-client \.post__text/);
      assert.doesNotMatch(review, /css-/, 'no hashed class in any selector');
      assert.match(review, /Customer reply/);
      assert.match(review, /This is the third time I'm asking/);
      // Nor can it save: a script's .click() on Save is not trusted.
      await page.evaluate(() => document.querySelector('[data-rapport="teach"]')!.shadowRoot!.querySelector<HTMLElement>('[data-teach-action="save"]')!.click());
      await new Promise((r) => setTimeout(r, 300));
      assert.equal(await teach.locator('text=Saved').count(), 0, "the page's click did not save");
      await teach.locator('[data-teach-action="save"]').click();
      await teach.locator('text=Saved').waitFor();
      await teach.locator('[data-teach-action="close"]').click();
      await eventually(() => teach.count(), (n) => n === 0, 'the panel closes');

      await expectTaughtCoaching(page);
      const status = await openPopup(t, page);
      const excerpt = await eventually(
        () => status.evaluate<string | null>('document.querySelector("[data-popup-customer]")?.textContent ?? null'),
        (text) => !!text && text.includes('third time'),
        'the popup shows what the profile reads',
      );
      t.note(`popup: ${excerpt}`);

      // Export from the options page.
      await options.reload();
      await options.locator('[data-profile]').waitFor();
      const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-action="export-profiles"]').click()]);
      const file = await download.path();
      const exported = JSON.parse(await readFile(file, 'utf8')) as { profiles: unknown[] };
      assert.equal(exported.profiles.length, 1);

      // Removing the desk can be taken back: Undo puts the same profile back in storage.
      const stored = () => options.evaluate(async () => JSON.stringify((await chrome.storage.local.get('rapport.siteProfiles'))['rapport.siteProfiles'] ?? []));
      const taught = await stored();
      await options.locator('[data-action="remove-profile"]').click();
      await eventually(() => options.locator('[data-profile]').count(), (n) => n === 0, 'the profile is removed');
      assert.equal(await stored(), '[]');
      await options.locator('[data-action="undo-profile-remove"]').click();
      await options.locator('[data-profile]').waitFor();
      assert.equal(await stored(), taught, 'undo restores the profile as it was');

      // A fresh browser profile: import the file, coach the same desk.
      const fresh = await launchWithExtension();
      try {
        const freshOptions = await optionsPage(fresh, await readExtensionId(fresh));
        await freshOptions.locator('input[data-action="import-profiles"]').setInputFiles(file);
        await freshOptions.locator('[data-profile]').waitFor();
        const freshPage = await fresh.newPage();
        await freshPage.goto(`${t.origin}/pages/teach-desk.html`);
        await expectTaughtCoaching(freshPage);
        t.note('fresh profile: imported, acknowledged, note told apart (that context is outside the network audit)');
      } finally {
        await fresh.close();
      }
      await clearProfiles(options);
    },
  },
  {
    name: 'a broken site profile (its note switch matches nothing) is reported in the popup and ignored',
    timeoutMs: 45000,
    async run(t) {
      const options = await optionsPage(t.context, t.extensionId);
      const origin = t.origin;
      await options.evaluate(
        (o) =>
          chrome.storage.local.set({
            'rapport.siteProfiles': [{ version: 1, origin: o, name: 'broken', replyBox: '#post-body', noteSwitch: '#no-such-tab', customerMessage: '.post--from-client .post__text' }],
          }),
        origin,
      );
      try {
        const page = await t.newPage('/pages/teach-desk.html');
        await typeDraft(page);
        await waitForCards(page, ['help-wording', 'blame'], 10000);
        assert.ok(!(await shownRuleIds(page)).includes('acknowledgement'), 'the broken profile is not used');
        const popup = await openPopup(t, page);
        const text = await eventually(
          () => popup.evaluate<string | null>('document.querySelector("[data-popup-profile=broken]")?.textContent ?? null'),
          (v) => !!v,
          'the popup reports the broken profile',
        );
        assert.match(text!, /#no-such-tab matches nothing/);
        t.note(`popup: ${text!.replace(/\s+/g, ' ')}`);
      } finally {
        await clearProfiles(options);
      }
    },
  },
];
