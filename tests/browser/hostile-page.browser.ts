/**
 * A hostile page can't drive the sidebar. Page script reaches every sidebar button through the open
 * shadow root and presses it every way script can — `.click()`, synthetic mouse and pointer clicks,
 * Enter and Space keys, Escape on the panel, hovering and focusing cards — and nothing changes: the
 * draft is the same, no rule is ignored in storage, the sidebar's collapsed state is not saved, no
 * card becomes current, and no stats event is recorded. The agent's own clicks still work (the
 * control at the end, which also proves the stats pipeline would have seen the page's events).
 */
import assert from 'node:assert/strict';
import type { Page, Worker } from 'playwright-core';
import type { BrowserTest } from './harness';
import { card, cards, eventually, panel, shownRuleIds, SIDEBAR, waitForCards } from './helpers';
import { serviceWorker } from './service-worker';

const DRAFT = "Hi Sam, I'm happy to help. You must have deleted the file.";
const SITE_KEY = 'rapport.sidebar.127.0.0.1';
const IGNORED_KEY = 'rapport.ignoredRules';

declare const chrome: { storage: { local: { get(k: string[]): Promise<Record<string, unknown>>; set(i: object): Promise<void>; remove(k: string[]): Promise<void> } } };

/** What Rapport keeps in extension storage for this test's keys. */
function stored(worker: Worker): Promise<Record<string, unknown>> {
  return worker.evaluate((keys) => chrome.storage.local.get(keys), [SITE_KEY, IGNORED_KEY]);
}

/** The agent's suggestion events (applied / ignored) recorded since `since`, from the stats database. */
function actionEventsSince(worker: Worker, since: number): Promise<string[]> {
  return worker.evaluate(
    (since) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('rapport-stats');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('events').objectStore('events').getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const rows = request.result as { at: number; action: string; ruleId: string }[];
            db.close();
            resolve(rows.filter((r) => r.at >= since && r.action !== 'shown').map((r) => `${r.action}:${r.ruleId}`));
          };
        };
      }),
    since,
  );
}

/**
 * Runs in the page's own JavaScript world (not the content script's): every way a script can press
 * each sidebar button. Returns the actions it found, to prove it reached them.
 */
function pressEverythingFromThePage(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector)?.shadowRoot;
    if (!root) throw new Error('no open shadow root on the sidebar host');
    const reached: string[] = [];
    // No helper functions in here: the test runner's compiler would wrap them in a helper the page lacks.
    for (const el of root.querySelectorAll<HTMLElement>('[data-rapport-action]')) {
      reached.push(el.getAttribute('data-rapport-action') ?? '');
      el.click();
      for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
        const Ctor = type.startsWith('pointer') ? PointerEvent : MouseEvent;
        el.dispatchEvent(new Ctor(type, { bubbles: true, cancelable: true, composed: true, view: window }));
      }
      el.focus();
      for (const [key, code] of [['Enter', 'Enter'], [' ', 'Space']] as const) {
        el.dispatchEvent(new KeyboardEvent('keydown', { key, code, bubbles: true, composed: true }));
        el.dispatchEvent(new KeyboardEvent('keyup', { key, code, bubbles: true, composed: true }));
      }
    }
    for (const el of root.querySelectorAll<HTMLElement>('[data-rapport-finding]')) {
      for (const type of ['mouseenter', 'mouseover', 'focusin']) el.dispatchEvent(new MouseEvent(type, { bubbles: type !== 'mouseenter', composed: true }));
    }
    root.querySelector('aside')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    // The editor side: hovering the flagged words and moving the caret with keys pick a card too.
    const reply = document.querySelector<HTMLTextAreaElement>('#reply');
    if (reply) {
      const box = reply.getBoundingClientRect();
      reply.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: box.left + 40, clientY: box.top + 10 }));
      reply.dispatchEvent(new KeyboardEvent('keyup', { key: 'ArrowRight', bubbles: true }));
    }
    return reached;
  }, SIDEBAR);
}

export const tests: BrowserTest[] = [
  {
    name: 'hostile page: synthetic clicks and keys on every sidebar button change nothing (draft, ignored rules, collapsed state, stats)',
    timeoutMs: 45000,
    async run(t) {
      const worker = serviceWorker(t);
      // One rule already ignored, so the footer's Restore button is there to be pressed too.
      await worker.evaluate((items) => chrome.storage.local.set(items), { [IGNORED_KEY]: ['venting'], [SITE_KEY]: { collapsed: false } });
      const page = await t.newPage('/pages/textarea.html');
      const textarea = page.locator('#reply');
      await textarea.click();
      await page.keyboard.type(DRAFT, { delay: 5 });
      await waitForCards(page, ['help-wording', 'blame']);
      const since = await worker.evaluate(() => Date.now());
      const before = { text: await textarea.inputValue(), cards: await shownRuleIds(page) };

      const reached = await pressEverythingFromThePage(page);
      for (const action of ['apply', 'ignore', 'ignore-rule', 'ignore-rule-site', 'restore-rules', 'collapse']) {
        assert.ok(reached.includes(action), `the page script reached the ${action} button (reached: ${reached.join(', ')})`);
      }
      await page.waitForTimeout(600);
      assert.equal(await textarea.inputValue(), before.text, 'the draft is unchanged (no Apply)');
      assert.deepEqual(await shownRuleIds(page), before.cards, 'every card is still shown (no Ignore, no Ignore this rule)');
      assert.equal(await panel(page).count(), 1, 'the sidebar did not collapse');
      assert.equal(await page.locator(`${SIDEBAR} [data-rapport-finding][aria-current="true"]`).count(), 0, 'no card became current');
      assert.deepEqual(await stored(worker), { [IGNORED_KEY]: ['venting'], [SITE_KEY]: { collapsed: false } }, 'no rule ignored or restored, no collapsed state saved');

      // Collapsed by the agent, the badge can't be opened by the page either.
      await page.locator(`${SIDEBAR} [data-rapport-action="collapse"]`).click();
      const badge = page.locator(`${SIDEBAR} [data-rapport-action="expand"]`);
      await badge.waitFor();
      assert.deepEqual(await pressEverythingFromThePage(page), ['expand']);
      await page.waitForTimeout(300);
      assert.equal(await badge.count(), 1, 'the badge stays a badge');
      await eventually(() => stored(worker).then((s) => s[SITE_KEY]), (v) => JSON.stringify(v) === '{"collapsed":true}', 'the agent\'s collapse is saved');
      await badge.click();
      await panel(page).waitFor();

      // Control: the agent's own click goes through, and its event reaches the stats database —
      // after any the page could have caused, which would therefore be there too.
      const shown = await cards(page).count();
      await card(page, 'blame').first().locator('[data-rapport-action="ignore"]').click();
      await eventually(() => cards(page).count(), (n) => n === shown - 1, 'the agent\'s Ignore once hides the card');
      const events = await eventually(
        () => actionEventsSince(worker, since),
        (list) => list.includes('ignored-once:blame'),
        'the agent\'s Ignore once is recorded',
        15000,
      );
      assert.deepEqual(events, ['ignored-once:blame'], 'the only action recorded is the agent\'s own');
      assert.equal(await textarea.inputValue(), before.text);
      await worker.evaluate((keys) => chrome.storage.local.remove(keys), [IGNORED_KEY, SITE_KEY]);
    },
  },
];
