/**
 * "What Rapport keeps" matches what the built extension really keeps. After a working session that
 * touches every store (a checked draft with cards, a rule ignored on the site, a collapsed sidebar,
 * a settings change, follow-through on, a JSON export — signed, host names as pseudonyms — a team
 * import, a practice attempt), every IndexedDB database and table of the extension's origin, every
 * field of their rows and every extension storage key must be listed in the panel — on the
 * dashboard and, the same panel, on the options page.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { BrowserTest, TestContext } from './harness';
import { card, eventually, SIDEBAR, waitForCards } from './helpers';

const GOOD = resolve(import.meta.dirname, '../fixtures/exports/good.json');

/** Extension storage inside an extension page (evaluate callbacks run there, not in Node). */
declare const chrome: { storage: { local: { remove(keys: string[]): Promise<void> } } };

interface Stores {
  /** `database/table` → the field names of its rows (of up to 20 rows). */
  tables: Record<string, string[]>;
  storageKeys: string[];
  sessionKeys: string[];
}

/** Everything the extension's origin holds, read from inside one of its pages. */
/**
 * Everything the extension's origin holds, read from inside one of its pages. (Plain JavaScript in
 * a string: the test runner's TypeScript transform would name inner functions with a helper the
 * page doesn't have.)
 */
const READ_STORES = `(async () => {
  const req = (r) => new Promise((ok, fail) => { r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
  const tables = {};
  for (const { name } of await indexedDB.databases()) {
    if (!name) continue;
    const db = await req(indexedDB.open(name));
    for (const store of Array.from(db.objectStoreNames)) {
      const rows = await req(db.transaction(store).objectStore(store).getAll(null, 20));
      const fields = new Set();
      // meta rows are key/value pairs: their keys are what is kept.
      for (const row of rows) for (const key of store === 'meta' ? [String(row.key)] : Object.keys(row)) fields.add(key);
      tables[name + '/' + store] = [...fields];
    }
    db.close();
  }
  const all = await chrome.storage.local.get(null);
  const session = chrome.storage.session ? await chrome.storage.session.get(null) : {};
  return { tables, storageKeys: Object.keys(all), sessionKeys: Object.keys(session) };
})()`;

function readStores(page: Page): Promise<Stores> {
  return page.evaluate(READ_STORES) as Promise<Stores>;
}

interface Panel {
  stores: string[];
  fields: Record<string, string[]>;
}

function readPanel(page: Page): Promise<Panel> {
  return page.locator('[data-panel="what-rapport-keeps"]').evaluate((panel) => {
    const stores = [...panel.querySelectorAll('[data-kept-store]')];
    return {
      stores: stores.map((s) => s.getAttribute('data-kept-store')!),
      fields: Object.fromEntries(stores.map((s) => [s.getAttribute('data-kept-store')!, [...s.querySelectorAll('[data-kept-field]')].map((f) => f.getAttribute('data-kept-field')!)])),
    };
  });
}

const listed = (panel: Panel, id: string) => panel.stores.find((s) => s === id || (s.endsWith('*') && id.startsWith(s.slice(0, -1))));

async function extensionPage(t: TestContext, path: string): Promise<Page> {
  const page = await t.newPage();
  await page.goto(`chrome-extension://${t.extensionId}/${path}`);
  await page.locator('h1').waitFor();
  return page;
}

/** A session that leaves something in every store Rapport has. */
async function workingSession(t: TestContext): Promise<void> {
  const desk = await t.newPage('/pages/textarea.html');
  await desk.locator('#reply').click();
  await desk.keyboard.type('Happy to help. You must have deleted the file.', { delay: 5 });
  await waitForCards(desk, ['help-wording', 'blame']);
  // A rule ignored on this site only: its own key per site.
  await card(desk, 'blame').locator('[data-rapport-action="ignore-rule-site"]').click();
  await eventually(() => card(desk, 'blame').count(), (n) => n === 0, 'blame ignored on this site');
  await desk.locator(`${SIDEBAR} [data-rapport-action="collapse"]`).click();
  await desk.locator(`${SIDEBAR} [data-rapport-action="expand"]`).click();
  await desk.waitForTimeout(2500); // shown after 0.8 s, the draft after 2 s without typing

  const options = await extensionPage(t, 'options.html');
  // Settings are saved and read back: the switch shows the change once storage has it.
  const venting = options.locator('[data-category-toggle="venting"]');
  await venting.click({ force: true });
  await eventually(() => venting.isChecked(), (on) => !on, 'venting switched off');
  await venting.click({ force: true });
  await eventually(() => venting.isChecked(), (on) => on, 'venting switched back on');
  // Follow-through on: its key exists only then.
  const followThrough = options.locator('[data-followup-toggle="enabled"]');
  await eventually(() => followThrough.isEnabled(), (ready) => ready, 'the follow-through switch loads');
  if (!(await followThrough.isChecked())) await followThrough.click();
  await eventually(() => followThrough.isChecked(), (on) => on, 'follow-through switched on');

  // The agent's own JSON export (made, signed and pseudonymised by the built extension), then a
  // lead's import of it and of an unsigned file from an older Rapport.
  const mine = await extensionPage(t, 'dashboard.html');
  const [download] = await Promise.all([mine.waitForEvent('download'), mine.locator('[data-action="export-json"]').click()]);
  const exported = readFileSync((await download.path())!, 'utf8');
  const file = JSON.parse(exported) as { signature?: { algorithm: string }; daily: { site: string }[] };
  assert.equal(file.signature?.algorithm, 'ECDSA-P256-SHA256', 'the export is signed');
  // Known desks leave by their adapter id (earlier tests in the same browser may have coached on
  // them); a host only the generic adapter covers, like this fixture's, only as a pseudonym.
  const sites = file.daily.map((r) => r.site);
  assert.ok(sites.some((s) => /^site-[0-9a-f]{8}$/.test(s)) && sites.every((s) => /^site-[0-9a-f]{8}$/.test(s) || /^[a-z][a-z-]*$/.test(s)), `the fixture host leaves as a pseudonym: ${sites.join(', ')}`);
  assert.ok(!exported.includes('127.0.0.1'), 'no host name in the export');
  const dashboard = await extensionPage(t, 'dashboard.html#team');
  await dashboard.locator('#team-title').waitFor();
  await dashboard.locator('input[type="file"][name="import"]').setInputFiles([{ name: 'good.json', mimeType: 'application/json', buffer: readFileSync(GOOD) }, { name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(exported) }]);
  await dashboard.locator('[data-import="ok"]').waitFor();

  const practice = await t.newPage();
  // Not the scenario practice.browser.ts counts attempts on: the two run in one browser.
  await practice.goto(`chrome-extension://${t.extensionId}/practice.html#slow-laptop`);
  await practice.waitForSelector('html[data-practice-ready="true"]', { timeout: 10000 });
  await practice.locator('[data-practice="reply"]').fill('Thanks for flagging this, I will check your laptop this afternoon.');
  await practice.locator('[data-practice-action="submit"]').click();
  await practice.locator('[data-practice="score"]').waitFor();
}

export const tests: BrowserTest[] = [
  {
    name: 'what Rapport keeps: every database, table, field and storage key the extension has is listed',
    timeoutMs: 60000,
    async run(t) {
      await workingSession(t);
      const dashboard = await extensionPage(t, 'dashboard.html');
      const stores = await eventually(() => readStores(dashboard), (s) => Object.keys(s.tables).some((k) => k.startsWith('rapport-practice/')), 'the practice database should exist');
      const panel = await readPanel(dashboard);

      const expectAll = [
        ...Object.keys(stores.tables).filter((k) => k.startsWith('rapport-stats/')),
        ...Object.keys(stores.tables).filter((k) => k.startsWith('rapport-practice/')),
      ];
      assert.ok(expectAll.includes('rapport-stats/events') && expectAll.includes('rapport-stats/teamSeries'), `stats tables: ${expectAll.join(', ')}`);
      const unknownDatabases = Object.keys(stores.tables).filter((k) => !/^rapport-(?:stats|practice)\//.test(k));
      assert.deepEqual(unknownDatabases, [], 'no database the panel does not know');
      for (const table of expectAll) {
        assert.ok(listed(panel, table), `${table} is not in "What Rapport keeps"`);
        const fields = panel.fields[table]!;
        for (const field of stores.tables[table]!) assert.ok(fields.includes(field), `${table}.${field} is kept but not listed`);
      }
      for (const key of stores.storageKeys) assert.ok(listed(panel, `storage.local/${key}`), `storage key ${key} is not in "What Rapport keeps"`);
      for (const key of stores.sessionKeys) assert.ok(listed(panel, `storage.session/${key}`), `session key ${key} is not in "What Rapport keeps"`);
      for (const prefix of ['rapport.sidebar.', 'rapport.siteIgnoredRules.', 'rapport.followUp', 'rapport.settings']) {
        assert.ok(stores.storageKeys.some((k) => k.startsWith(prefix)), `the session should leave a ${prefix} key (${stores.storageKeys.join(', ')})`);
      }

      // The options page shows the same panel.
      const options = await extensionPage(t, 'options.html');
      assert.deepEqual(await readPanel(options), panel);
      t.note(`${expectAll.length} tables, ${stores.storageKeys.length} storage keys, all listed`);

      // Leave no site-ignored rule, follow-through or team data for later files.
      const followThrough = options.locator('[data-followup-toggle="enabled"]');
      if (await followThrough.isChecked()) await followThrough.click();
      await eventually(() => followThrough.isChecked(), (on) => !on, 'follow-through switched off');
      await options.evaluate((keys) => chrome.storage.local.remove(keys), stores.storageKeys.filter((k) => k.startsWith('rapport.siteIgnoredRules.')));
      const team = await extensionPage(t, 'dashboard.html#team');
      await team.locator('#team-title').waitFor();
      if (await team.locator('[data-action="clear-team"]').count()) {
        await team.locator('[data-action="clear-team"]').click();
        await team.locator('[data-action="confirm-team-remove"]').click();
      }
    },
  },
];
