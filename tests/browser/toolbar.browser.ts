/**
 * The toolbar button's badge (issue 14, item 5): the count of suggestions in this tab's draft, as the
 * sidebar has them, set for this tab only and cleared when the draft has none.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { BrowserTest, TestContext } from './harness';
import { cards, eventually, waitForCards } from './helpers';
import { serviceWorker } from './service-worker';

declare const chrome: {
  tabs: { query(q: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]> };
  action: { getBadgeText(details: { tabId?: number }): Promise<string> };
};

/** The badge text the toolbar button shows for the page's tab (brought to the front first). */
async function toolbarBadge(t: TestContext, page: Page): Promise<string> {
  await page.bringToFront();
  return serviceWorker(t).evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return chrome.action.getBadgeText({ tabId: tab.id });
  });
}

/** The tab's badge and its sidebar's card count, read together. */
async function badgeAndCards(t: TestContext, page: Page): Promise<[string, number]> {
  return [await toolbarBadge(t, page), await cards(page).count()];
}

export const tests: BrowserTest[] = [
  {
    name: 'toolbar badge: the tab’s count as the sidebar has it; another tab keeps its own; cleared when the draft is',
    async run(t) {
      const page = await t.newPage('/pages/textarea.html');
      await page.locator('#reply').click();
      await page.keyboard.type('Happy to help. Obviously you need to restart it.', { delay: 2 });
      await waitForCards(page, ['help-wording', 'condescension']);
      // Cards may still arrive (the coach model loads after the rules): the badge follows them.
      const [, shown] = await eventually(() => badgeAndCards(t, page), ([badge, count]) => badge === String(count), 'the badge says the sidebar’s count');

      const other = await t.newPage('/pages/textarea.html');
      await other.locator('#reply').click();
      await other.keyboard.type('Thanks for the logs. Happy to help.', { delay: 2 });
      await waitForCards(other, ['help-wording']);
      const [, shownOther] = await eventually(() => badgeAndCards(t, other), ([badge, count]) => badge === String(count), 'the other tab’s badge says its count');
      assert.notEqual(shownOther, shown, 'the two drafts have different counts');
      assert.equal(await toolbarBadge(t, page), String(shown), 'the first tab keeps its own count');
      t.note(`badges: ${shown} and ${shownOther}`);

      await page.locator('#reply').fill('');
      await eventually(() => cards(page).count(), (n) => n === 0, 'no cards once the draft is cleared');
      await eventually(() => toolbarBadge(t, page), (text) => text === '', 'the badge is cleared');
    },
  },
];
