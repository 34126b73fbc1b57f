/**
 * The toolbar button's badge in Firefox (issue 14, item 5): the MV2 build has `browserAction`, not
 * `action`; the coached tab's badge shows its sidebar's count (and no other tab has one), read from
 * an extension page.
 */
import type { Page } from 'puppeteer-core';
import { eventually, SIDEBAR } from '../helpers';
import type { FirefoxTest, FirefoxTestContext } from './harness';
import { waitForCards } from './sidebar';

declare const browser: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  browserAction: { getBadgeText(details: { tabId: number }): Promise<string> };
};

/** An extension page to ask the extension APIs from (goto() never resolves for moz-extension:// in BiDi: poll). */
async function extensionPage(t: FirefoxTestContext): Promise<Page> {
  const page = await t.newPage();
  const url = new URL('dashboard.html', t.extensionOrigin).href;
  void page.goto(url, { timeout: 20000 }).catch(() => undefined);
  const ready = () => page.evaluate((url) => location.href === url && document.querySelector('h1') !== null, url).catch(() => false);
  await eventually(ready, Boolean, 'dashboard.html loads', 15000);
  return page;
}

export const tests: FirefoxTest[] = [
  {
    name: 'toolbar badge: the coached tab’s count on the browserAction button',
    async run(t) {
      const page = await t.newPage('/pages/textarea.html');
      await page.click('#reply');
      await page.keyboard.type('Happy to help. Obviously you need to restart it.', { delay: 5 });
      await waitForCards(page, ['help-wording', 'condescension']);
      const asker = await extensionPage(t);
      // Without the tabs permission the extension can't read tabs' addresses: every open tab's
      // badge is read, and only the coached one may have text.
      const badge = () =>
        asker.evaluate(async () => {
          const tabs = await browser.tabs.query({});
          const texts = await Promise.all(tabs.map((tab) => (tab.id === undefined ? '' : browser.browserAction.getBadgeText({ tabId: tab.id }))));
          return texts.filter(Boolean).join(',');
        });
      const cardCount = () => page.$$eval(`${SIDEBAR} >>> [data-rapport-finding]`, (els) => els.length);
      const [text, count] = await eventually(
        async () => [await badge(), await cardCount()] as const,
        ([text, count]) => count > 0 && text === String(count),
        'the badge says the sidebar’s count',
        10000,
      );
      t.note(`badge ${text} for ${count} cards`);
    },
  },
];
