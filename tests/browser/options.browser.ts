/**
 * Options page end to end: a bad pack is refused with its file, line and reason and changes nothing;
 * every category shows its name, description and an example it flags and one it doesn't; the
 * preview is compact (summary, then Enable, then the rules, examples "flags ✓" / "doesn't flag ✓");
 * importing the example team pack shows a preview; enabling it makes its rule fire in an open fixture
 * editor (no reload); the ignore list, a category switch and the per-site switch then change the
 * open page's cards live — the fixture page is never reloaded (a marker on its window survives).
 * Everything is put back at the end so later test files see the defaults.
 */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { BrowserTest, TestContext } from './harness';
import { eventually, SIDEBAR, shownRuleIds, waitForCards } from './helpers';
import { serviceWorker } from './service-worker';

const PACK_FILE = resolve(import.meta.dirname, '../../examples/packs/acme-it.yaml');
const BAD_PACK_FILE = resolve(import.meta.dirname, '../fixtures/packs/bad/bad-severity.yaml');
const DRAFT = "Happy to help, Sam. I opened a ticket for you and I'll reach out to the vendor today.";

async function openOptions(t: TestContext): Promise<Page> {
  const page = await t.newPage();
  await page.goto(`chrome-extension://${t.extensionId}/options.html`);
  await page.locator('h1').waitFor();
  await page.locator('[data-section="packs"]').waitFor();
  return page;
}

/** `chrome.storage.local` inside an extension page (evaluate callbacks run there, not in Node). */
type LocalStorageArea = { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void>; remove(keys: string[]): Promise<void> };
declare const chrome: {
  storage: { local: LocalStorageArea };
  tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown, o: object): Promise<unknown> };
};

async function cleanUp(options: Page): Promise<void> {
  // Back to the defaults for the test files that run after this one.
  await options.evaluate(async () => {
    await chrome.storage.local.remove(['rapport.settings', 'rapport.teamPacks', 'rapport.ignoredRules', 'rapport.siteIgnoredRules.desk.example.com']);
  });
}

/**
 * Opens the toolbar popup for the active tab (chrome.action.openPopup from the service worker) and
 * returns a way to run code in it: Playwright does not list popups as pages, so this goes through
 * the DevTools protocol's target attachment.
 */
export async function openPopup(t: TestContext, over: Page): Promise<{ evaluate<T>(expression: string): Promise<T> }> {
  const worker = serviceWorker(t);
  await over.bringToFront();
  await worker.evaluate(() => (chrome as unknown as { action: { openPopup(): Promise<void> } }).action.openPopup());
  const session = await t.context.newCDPSession(over);
  const popupUrl = `chrome-extension://${t.extensionId}/popup.html`;
  const target = await eventually(
    async () => ((await session.send('Target.getTargets')) as { targetInfos: { targetId: string; url: string }[] }).targetInfos.find((i) => i.url === popupUrl),
    (found) => found !== undefined,
    'the popup should open',
  );
  const { sessionId } = (await session.send('Target.attachToTarget', { targetId: target!.targetId, flatten: false })) as { sessionId: string };
  const waiting = new Map<number, (message: { result?: { result?: { value?: unknown }; exceptionDetails?: unknown } }) => void>();
  session.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
    const message = JSON.parse(event.message) as { id?: number; result?: { result?: { value?: unknown }; exceptionDetails?: unknown } };
    if (message.id !== undefined) waiting.get(message.id)?.(message);
  });
  let nextId = 0;
  return {
    evaluate<T>(expression: string): Promise<T> {
      const id = ++nextId;
      return new Promise<T>((resolve, reject) => {
        waiting.set(id, (message) => {
          if (message.result?.exceptionDetails) reject(new Error(`popup: ${JSON.stringify(message.result.exceptionDetails).slice(0, 300)}`));
          else resolve(message.result?.result?.value as T);
        });
        void session.send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, awaitPromise: true, returnByValue: true } }),
        });
      });
    },
  };
}

export const tests: BrowserTest[] = [
  {
    name: 'options: import a team pack (bad one refused, preview, enable) and change settings live in an open tab',
    timeoutMs: 60000,
    async run(t) {
      const options = await openOptions(t);
      try {
        const desk = await t.newPage('/pages/textarea.html');
        await desk.evaluate(() => ((window as unknown as { __notReloaded: boolean }).__notReloaded = true));
        await desk.locator('#reply').click();
        await desk.keyboard.type(DRAFT, { delay: 2 });
        const before = await eventually(() => shownRuleIds(desk), (ids) => ids.includes('help-wording'), 'built-in cards should show before any pack');
        assert.ok(!before.some((id) => id.startsWith('acme/')), `no pack cards before the pack is enabled (saw ${before.join(', ')})`);

        // A bad pack: refused with file, line and reason; nothing changes.
        await options.locator('input[data-action="import-pack"]').setInputFiles(BAD_PACK_FILE);
        const problems = options.locator('[data-pack-problems="bad-severity.yaml"]');
        await problems.waitFor();
        const problemText = await problems.innerText();
        assert.match(problemText, /bad-severity\.yaml:7:\d+: rules\[0\]\.severity/);
        assert.match(problemText, /nothing was changed/);
        assert.equal(await options.locator('[data-pack]').count(), 0, 'a refused pack is not listed');

        // The example pack: preview first, nothing applied yet.
        await options.locator('input[data-action="import-pack"]').setInputFiles(PACK_FILE);
        const preview = options.locator('[data-pack-preview="acme-it"]');
        await preview.waitFor();
        assert.equal(await options.locator('[data-pack-problems]').count(), 0, 'the earlier problems are cleared');
        for (const rule of ['acme/request-not-ticket', 'acme/contact-not-reach-out', 'acme/no-promises-on-hardware', 'acme/internal-systems']) {
          assert.equal(await preview.locator(`[data-preview-rule="${rule}"]`).count(), 1, `preview lists ${rule}`);
        }
        assert.ok((await preview.locator('[data-preview-category="terminology"]').count()) > 0, 'preview names the categories');
        assert.match(await preview.innerText(), /tickets → requests/);
        // Compact for a lead: the summary first, Enable right after it (before any rule), each
        // example read as "flags ✓" / "doesn't flag ✓", and nothing marked failing.
        // (No named inner functions in evaluate: the test runner's transform would name them with a helper the page lacks.)
        const order = await preview.evaluate((el) => {
          const all = [...el.querySelectorAll('*')];
          return {
            summary: all.indexOf(el.querySelector('[data-pack-summary]')!),
            enable: all.indexOf(el.querySelector('[data-action="enable-pack"]')!),
            rules: all.indexOf(el.querySelector('[data-preview-rule]')!),
          };
        });
        assert.ok(order.summary >= 0 && order.summary < order.enable && order.enable < order.rules, `summary, then Enable, then rules: ${JSON.stringify(order)}`);
        assert.match(await preview.locator('[data-pack-summary]').innerText(), /^\d+ rules in .+ Examples: \d+, all doing what they say\./);
        const examples = preview.locator('[data-example-result]');
        const marks = await examples.evaluateAll((els) => els.map((e) => `${e.getAttribute('data-example-result')} ${e.textContent!.split(' “')[0]}`));
        assert.ok(marks.length > 0 && marks.every((m) => m === 'pass flags ✓' || m === 'pass doesn’t flag ✓'), marks.join('; '));
        assert.ok(!(await preview.innerText()).includes('✗'), 'no ✗ where nothing failed');
        const height = (await preview.boundingBox())!.height;
        assert.ok(height < 700, `the preview is compact (examples folded): ${Math.round(height)} px`);
        t.note(`preview: ${marks.length} examples, ${Math.round(height)} px tall`);
        assert.equal(await options.locator('[data-pack]').count(), 0, 'not stored before it is enabled');
        await new Promise((r) => setTimeout(r, 300));
        assert.ok(!(await shownRuleIds(desk)).some((id) => id.startsWith('acme/')), 'the preview does not change what agents see');

        await options.locator('[data-action="enable-pack"]').click();
        await options.locator('[data-pack="acme-it"] [data-pack-toggle="acme-it"]:checked').waitFor();

        // Its rules fire in the open editor, with the stable hooks.
        await waitForCards(desk, ['acme/request-not-ticket', 'acme/contact-not-reach-out']);
        const ticketCard = desk.locator(`${SIDEBAR} [data-rapport-finding="acme/request-not-ticket"]`);
        assert.equal(await ticketCard.first().getAttribute('data-category'), 'terminology');
        t.note('team pack rule fired in the open tab after "Enable pack" (no reload)');

        // What the popup asks the active tab: on, generic desk, reply, the sidebar's count.
        await desk.bringToFront();
        const status = (await options.evaluate(async () => {
          const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
          return chrome.tabs.sendMessage(tab!.id!, { type: 'rapport:tab-status' }, { frameId: 0 });
        })) as { host: string; siteEnabled: boolean; desk: { id: string }; attached: boolean; kind: string; counts: { total: number } };
        assert.deepEqual(
          { host: status.host, on: status.siteEnabled, desk: status.desk.id, attached: status.attached, kind: status.kind },
          { host: '127.0.0.1', on: true, desk: 'generic', attached: true, kind: 'reply' },
        );
        assert.equal(status.counts.total, (await shownRuleIds(desk)).length, 'the popup counts what the sidebar shows');

        // Ignore list: "reach out" is never flagged.
        await options.locator('[data-action="ignore-input"]').fill('reach out');
        await options.locator('[data-action="ignore-add"]').click();
        await options.locator('[data-phrase="reach out"]').waitFor();
        await eventually(() => shownRuleIds(desk), (ids) => !ids.includes('acme/contact-not-reach-out') && ids.includes('acme/request-not-ticket'), 'the ignored phrase should stop being flagged');

        // A category off: its cards disappear; the other categories stay.
        const others = (await shownRuleIds(desk)).filter((id) => !id.startsWith('acme/'));
        await options.locator('[data-category-toggle="terminology"]').click();
        await eventually(() => shownRuleIds(desk), (ids) => !ids.some((id) => id.startsWith('acme/')), 'terminology cards should disappear');
        assert.deepEqual((await shownRuleIds(desk)).filter((id) => !id.startsWith('acme/')), others, 'other categories are untouched');

        // Back on: the pack's cards return.
        await options.locator('[data-category-toggle="terminology"]').click();
        await waitForCards(desk, ['acme/request-not-ticket']);

        // The per-site switch: off removes the sidebar, on brings it back — still no reload.
        await options.locator('[data-action="site-input"]').fill('127.0.0.1');
        await options.locator('[data-section="sites"] button[type="submit"]').click();
        await options.locator('[data-site="127.0.0.1"]').waitFor();
        await eventually(() => desk.locator(SIDEBAR).count(), (n) => n === 0, 'the sidebar should leave a switched-off site');
        await options.locator('[data-site="127.0.0.1"] button').click();
        await desk.locator('#reply').click();
        await desk.keyboard.press('End');
        await desk.keyboard.type(' Thanks!', { delay: 2 });
        await waitForCards(desk, ['acme/request-not-ticket']);

        assert.equal(await desk.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded), true, 'the fixture page was never reloaded');
      } finally {
        await cleanUp(options);
      }
    },
  },
  {
    name: 'popup: status for the current site (desk, reply, counts) and the per-site switch, live in the tab',
    timeoutMs: 45000,
    async run(t) {
      const options = await openOptions(t);
      try {
        const desk = await t.newPage('/pages/textarea.html');
        await desk.locator('#reply').click();
        await desk.keyboard.type(DRAFT, { delay: 2 });
        const shown = await waitForCards(desk, ['help-wording']);
        const popup = await openPopup(t, desk);
        const text = await eventually(() => popup.evaluate<string>('document.querySelector("main")?.innerText ?? ""'), (v) => v.includes('This draft'), 'the popup should show the draft status');
        assert.match(text, /Rapport is on for 127\.0\.0\.1/);
        assert.match(text, /Not a known desk: any reply box/);
        assert.match(text, /Customer reply/);
        assert.equal(await popup.evaluate<string>('document.querySelector("[data-popup-count]").getAttribute("data-popup-count")'), String(shown.length));
        assert.equal(await popup.evaluate<boolean>('Boolean(document.querySelector("a[href=\'/dashboard.html\']") && document.querySelector("a[href=\'/practice.html\']"))'), true);

        await popup.evaluate('document.querySelector("[data-action=site-switch]").click()');
        await eventually(() => desk.locator(SIDEBAR).count(), (n) => n === 0, 'switching the site off in the popup removes the sidebar');
        await eventually(() => popup.evaluate<string>('document.querySelector("[data-site-enabled]")?.getAttribute("data-site-enabled")'), (v) => v === 'false', 'the popup shows the site as off');
      } finally {
        await cleanUp(options);
      }
    },
  },
  {
    name: 'options: team pack list — disable, export, remove with undo; reset to defaults with undo',
    timeoutMs: 45000,
    async run(t) {
      const options = await openOptions(t);
      try {
        await options.locator('input[data-action="import-pack"]').setInputFiles(PACK_FILE);
        await options.locator('[data-action="enable-pack"]').click();
        const item = options.locator('[data-pack="acme-it"]');
        await item.waitFor();

        const download = options.waitForEvent('download');
        await item.locator('[data-action="export-pack"]').click();
        const file = await download;
        assert.equal(file.suggestedFilename(), 'acme-it.yaml');

        await item.locator('[data-pack-toggle="acme-it"]').click();
        await eventually(
          () => options.evaluate(async () => ((await chrome.storage.local.get('rapport.teamPacks'))['rapport.teamPacks'] as { enabled: boolean }[])[0]?.enabled),
          (v) => v === false,
          'disabling is stored',
        );

        await item.locator('[data-action="remove-pack"]').click();
        await eventually(() => options.locator('[data-pack]').count(), (n) => n === 0, 'removed');
        await options.locator('[data-action="undo-pack-remove"]').click();
        await options.locator('[data-pack="acme-it"]').waitFor();

        // Rules ignored from a card, everywhere or on one site, are listed by scope and can be brought back.
        await options.evaluate(() =>
          chrome.storage.local.set({ 'rapport.ignoredRules': ['blame', 'help-wording'], 'rapport.siteIgnoredRules.desk.example.com': ['dismissive'] }),
        );
        await options.locator('[data-ignored-scope="everywhere"] [data-ignored-rule="blame"]').waitFor();
        const onSite = options.locator('[data-ignored-scope="rapport.siteIgnoredRules.desk.example.com"]');
        assert.match(await onSite.innerText(), /On desk\.example\.com/);
        await options.locator('[data-ignored-rule="blame"] button').click();
        await eventually(() => options.locator('[data-ignored-rule]').count(), (n) => n === 2, 'one ignored rule brought back');
        await onSite.locator('[data-ignored-rule="dismissive"] button').click();
        await eventually(
          () => options.evaluate(async () => (await chrome.storage.local.get('rapport.siteIgnoredRules.desk.example.com'))['rapport.siteIgnoredRules.desk.example.com']),
          (v) => Array.isArray(v) && v.length === 0,
          'the site-scoped rule is taken off its site’s list',
        );
        await options.evaluate(() => chrome.storage.local.set({ 'rapport.siteIgnoredRules.desk.example.com': ['dismissive'] }));
        await eventually(() => options.locator('[data-ignored-rule]').count(), (n) => n === 2, 'the site-scoped rule is listed again');

        // Every category reads for a lead: its name, a one-line description, an example it flags and one it doesn't.
        const rows = await options.locator('[data-category-row]').evaluateAll((els) =>
          els.map((e) => ({
            id: e.getAttribute('data-category-row'),
            name: e.querySelector('.name')?.textContent?.trim() ?? '',
            description: e.querySelector('.category-description')?.textContent?.trim() ?? '',
            flags: e.querySelector('[data-example="flags"] dd')?.textContent?.trim() ?? '',
            passes: e.querySelector('[data-example="passes"] dd')?.textContent?.trim() ?? '',
          })),
        );
        assert.ok(rows.length >= 10, `categories listed: ${rows.length}`);
        for (const r of rows) assert.ok(r.name && r.name !== r.id && r.description && r.flags && r.passes, `category ${r.id} lacks a name, description or example: ${JSON.stringify(r)}`);

        await options.locator('[data-category-toggle="blame"]').click();
        await eventually(() => options.locator('[data-category-toggle="blame"]').isChecked(), (v) => !v, 'blame switched off');
        await options.locator('[data-category-severity="help-wording"]').selectOption('warning');
        await options.locator('[data-action="reset"]').click();
        await options.locator('[data-action="confirm-reset"]').click();
        await eventually(() => options.locator('[data-category-toggle="blame"]').isChecked(), (v) => v, 'reset switches categories back on');
        assert.equal(await options.locator('[data-category-severity="help-wording"]').inputValue(), '');
        assert.equal(await options.locator('[data-pack="acme-it"]').count(), 1, 'reset keeps team packs');
        await eventually(() => options.locator('[data-ignored-rule]').count(), (n) => n === 0, 'reset brings back ignored rules, on every site too');
        // Undo puts back everything the reset changed; then reset again for what follows.
        await options.locator('[data-action="undo-reset"]').click();
        await eventually(() => options.locator('[data-category-toggle="blame"]').isChecked(), (v) => !v, 'undo switches blame off again');
        assert.equal(await options.locator('[data-category-severity="help-wording"]').inputValue(), 'warning');
        await eventually(() => options.locator('[data-ignored-rule]').count(), (n) => n === 2, 'undo brings the ignored rules back');
        await options.locator('[data-action="reset"]').click();
        await options.locator('[data-action="confirm-reset"]').click();
        await eventually(() => options.locator('[data-category-toggle="blame"]').isChecked(), (v) => v, 'reset again');
        const stats = options.locator('[data-section="stats"]');
        assert.match(await stats.innerText(), /never keeps what you write/i);
        // The same settings form as the dashboard's: a retention it can't keep is refused, with why.
        await stats.locator('input[name="retentionDays"]').fill('0');
        await stats.locator('[data-action="save-retention"]').click();
        await eventually(() => stats.locator('[data-stats-settings-message]').innerText(), (m) => /1 to 3650 days/.test(m), 'retention 0 is refused');
      } finally {
        await cleanUp(options);
      }
    },
  },
];
