/**
 * "Ignore this rule" says and keeps its scope (issue 14, item 4): "on this site" hides the rule on
 * this host only (extension storage, per site), the same rule still shows on another site, and the
 * footer's Restore brings it back.
 */
import assert from 'node:assert/strict';
import type { BrowserTest } from './harness';
import { card, eventually, waitForCards } from './helpers';
import { serviceWorker } from './service-worker';

declare const chrome: {
  storage: { local: { get(keys: string[]): Promise<Record<string, unknown>>; remove(keys: string[]): Promise<void> } };
};

const SITE_KEY = 'rapport.siteIgnoredRules.127.0.0.1';
const EVERYWHERE_KEY = 'rapport.ignoredRules';

export const tests: BrowserTest[] = [
  {
    name: '"Ignore this rule" → "on this site": hidden on this site only, kept per site in extension storage, restorable',
    async run(t) {
      const stored = () => serviceWorker(t).evaluate((keys) => chrome.storage.local.get(keys), [SITE_KEY, EVERYWHERE_KEY]);
      try {
        const page = await t.newPage('/pages/textarea.html');
        await page.locator('#reply').click();
        await page.keyboard.type('Happy to help.', { delay: 2 });
        await waitForCards(page, ['help-wording']);
        const onSite = card(page, 'help-wording').locator('[data-rapport-action="ignore-rule-site"]');
        assert.match(await onSite.ariaSnapshot(), /button "Ignore this rule \(Help wording\) on this site, until you restore it"/);
        await onSite.click();
        await eventually(() => card(page, 'help-wording').count(), (n) => n === 0, 'the rule is hidden here');
        await eventually(stored, (s) => JSON.stringify(s[SITE_KEY]) === '["help-wording"]' && s[EVERYWHERE_KEY] === undefined, 'kept for this site only');

        const other = await t.newPage();
        await other.goto(new URL('/pages/textarea.html', t.origin.replace('127.0.0.1', 'localhost')).href);
        await other.locator('#reply').click();
        await other.keyboard.type('Happy to help.', { delay: 2 });
        await waitForCards(other, ['help-wording']);

        await page.locator('[data-rapport="sidebar"] [data-rapport-action="restore-rules"]').click();
        await waitForCards(page, ['help-wording']);
        await eventually(stored, (s) => JSON.stringify(s[SITE_KEY]) === '[]', 'Restore empties the site’s list');
      } finally {
        await serviceWorker(t).evaluate((keys) => chrome.storage.local.remove(keys), [SITE_KEY, EVERYWHERE_KEY]);
      }
    },
  },
];
