/**
 * The team view for a lead: two agents' exports side by side in a sortable table (per category
 * shown / resolved / ignored, tone), the table as CSV in the order sorted, and removing an agent or
 * clearing the view — each asks first and can be undone.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { BrowserTest, TestContext } from './harness';
import { eventually } from './helpers';

const GOOD = resolve(import.meta.dirname, '../fixtures/exports/good.json');

/** Sam Carter (the good fixture) and a second agent, Ana, with more shown and less resolved. */
function exports(): { name: string; mimeType: string; buffer: Buffer }[] {
  const sam = JSON.parse(readFileSync(GOOD, 'utf8')) as { agent: { id: string; displayName: string }; daily: { shown: number; resolved: number }[] };
  const ana = structuredClone(sam);
  ana.agent = { id: 'agent-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', displayName: 'Ana Silva' };
  for (const r of ana.daily) {
    r.shown *= 3;
    r.resolved = 0;
  }
  const file = (name: string, data: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) });
  return [file('sam.json', sam), file('ana.json', ana)];
}

async function openTeam(t: TestContext): Promise<Page> {
  const page = await t.newPage();
  await page.goto(`chrome-extension://${t.extensionId}/dashboard.html#team`);
  await page.locator('#team-title').waitFor();
  // Names shown: the view keeps its anonymise switch, and dashboard.browser.ts leaves it on.
  const anonymise = page.locator('input[name="anonymise"]');
  if (await anonymise.isChecked()) await anonymise.uncheck();
  return page;
}

const rowNames = (page: Page) => page.locator('[data-team-table] tbody tr th').allInnerTexts().then((names) => names.map((n) => n.trim()));

async function clearTeam(page: Page): Promise<void> {
  if ((await page.locator('[data-action="clear-team"]').count()) === 0) return;
  await page.locator('[data-action="clear-team"]').click();
  await page.locator('[data-action="confirm-team-remove"]').click();
  await page.locator('[data-team-table]').waitFor({ state: 'detached' });
}

export const tests: BrowserTest[] = [
  {
    name: 'team: agents side by side, sortable, exported as CSV in the order shown',
    timeoutMs: 45000,
    async run(t) {
      const page = await openTeam(t);
      await clearTeam(page);
      await page.locator('input[name="from"]').fill('2025-03-01');
      await page.locator('input[name="to"]').fill('2025-03-14');
      await page.locator('input[type="file"][name="import"]').setInputFiles(exports());
      await page.locator('[data-import="ok"]').waitFor();
      await eventually(() => rowNames(page), (names) => names.length === 2, 'both agents should be in the table');

      const cell = (agent: string, key: string) => page.locator('[data-team-table] tbody tr', { hasText: agent }).locator(`[data-cell="${key}"]`).innerText();
      // Sam: blame shown 4 + 2, resolved 3 + 2, ignored 1 — from the fixture's rows.
      assert.equal((await cell('Sam Carter', 'category:blame')).trim(), '6 / 5 / 1');
      assert.equal((await cell('Ana Silva', 'category:blame')).trim(), '18 / 0 / 1');
      assert.match(await cell('Sam Carter', 'resolved'), /^13 \(68%\)/);

      assert.deepEqual(await rowNames(page), ['Ana Silva', 'Sam Carter'], 'sorted by name first');
      await page.locator('th[data-sort-key="resolved"] button').click();
      assert.equal(await page.locator('th[data-sort-key="resolved"]').getAttribute('aria-sort'), 'descending');
      assert.deepEqual(await rowNames(page), ['Sam Carter', 'Ana Silva']);
      await page.locator('th[data-sort-key="shown"] button').click();
      assert.deepEqual(await rowNames(page), ['Ana Silva', 'Sam Carter']);
      await page.locator('th[data-sort-key="shown"] button').click();
      assert.equal(await page.locator('th[data-sort-key="shown"]').getAttribute('aria-sort'), 'ascending');
      assert.deepEqual(await rowNames(page), ['Sam Carter', 'Ana Silva']);

      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export-team-table"]').click()]);
      const lines = readFileSync(await download.path(), 'utf8').trim().split('\r\n');
      assert.match(lines[0]!, /^agent,shown,resolved,ignored,resolved_rate,ignored_rate,drafts,tone,tone_trend,/);
      assert.deepEqual(lines.slice(1).map((l) => l.split(',')[0]), ['Sam Carter', 'Ana Silva'], 'CSV in the order sorted');
      t.note(`table: ${(await rowNames(page)).join(', ')}; CSV ${lines.length - 1} rows`);
    },
  },
  {
    name: 'team: removing an agent and clearing the view ask first and can be undone',
    timeoutMs: 45000,
    async run(t) {
      const page = await openTeam(t);
      await page.locator('input[name="from"]').fill('2025-03-01');
      await page.locator('input[name="to"]').fill('2025-03-14');
      await eventually(() => rowNames(page), (names) => names.length === 2, 'the two agents from the previous test');

      await page.locator('[data-team-table] tbody tr', { hasText: 'Ana Silva' }).locator('th button').click();
      await page.locator('[data-action="remove-agent"]').click();
      assert.match(await page.locator('[data-team-confirm]').innerText(), /Remove Ana Silva/);
      await page.locator('[data-action="cancel-team-remove"]').click();
      assert.equal((await rowNames(page)).length, 2, 'cancel keeps her');

      await page.locator('[data-action="remove-agent"]').click();
      await page.locator('[data-action="confirm-team-remove"]').click();
      await eventually(() => rowNames(page), (names) => names.join() === 'Sam Carter', 'Ana is removed');
      assert.match(await page.locator('[data-team-undo]').innerText(), /Removed Ana Silva/);
      await page.locator('[data-action="undo-team-remove"]').click();
      await eventually(() => rowNames(page), (names) => names.length === 2, 'undo brings Ana back');
      assert.equal((await page.locator('[data-team-table] tbody tr', { hasText: 'Ana Silva' }).locator('[data-cell="category:blame"]').innerText()).trim(), '18 / 0 / 1');

      await page.locator('[data-action="clear-team"]').click();
      assert.match(await page.locator('[data-team-confirm]').innerText(), /Remove all 2 agents/);
      await page.locator('[data-action="confirm-team-remove"]').click();
      await page.locator('[data-team-table]').waitFor({ state: 'detached' });
      await page.locator('[data-action="undo-team-remove"]').click();
      await eventually(() => rowNames(page), (names) => names.length === 2, 'undo brings the whole team back');
      // Leave the team view empty for later files.
      await clearTeam(page);
    },
  },
];
