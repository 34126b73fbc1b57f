/**
 * A composer that already has focus when the content script starts (autofocus, a desk's own
 * script, a focused same-origin frame) is coached without the agent clicking anywhere: the
 * content script used to throw at start-up on such pages and show no sidebar at all.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { BrowserTest } from './harness';
import { SIDEBAR, eventually, sidebarCount, waitForCards } from './helpers';

/** Types at the current focus only: no click, so the agent never had to move into the box. */
async function typeAtFocus(page: Page, text: string): Promise<void> {
  await page.keyboard.press('End');
  await page.keyboard.type(text, { delay: 3 });
}

function focusedAtLoad(path: string, what: string): BrowserTest {
  return {
    name: `start-up with the composer already focused (${what}): sidebar and cards without a click`,
    async run(t) {
      const errors: string[] = [];
      const page = await t.newPage();
      page.on('console', (m) => {
        if (m.type() === 'error' && /before initialization|Rapport/i.test(m.text())) errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${t.origin}${path}`);
      await eventually(() => sidebarCount(page), (n) => n === 1, 'one sidebar appears for the focused composer', 8000);
      await typeAtFocus(page, ' I can help you with the rest.');
      await waitForCards(page, ['help-wording'], 8000);
      assert.equal(await page.locator(SIDEBAR).count(), 1);
      assert.deepEqual(errors, [], 'no start-up errors');
    },
  };
}

export const tests: BrowserTest[] = [
  focusedAtLoad('/pages/focused-autofocus.html', 'autofocus'),
  focusedAtLoad('/pages/focused-by-script.html', 'inline script'),
  focusedAtLoad('/pages/focused-iframe.html', 'same-origin iframe'),
];
