/**
 * The team view for a lead: two agents' exports side by side in a sortable table (per category
 * shown / resolved / ignored, tone), the table as CSV in the order sorted, and removing an agent or
 * clearing the view — each asks first and can be undone. Signed exports: a forged file for a known
 * agent is refused with their name, the genuine one still imports as it was, and "Replace this
 * agent" asks first.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { BrowserTest, TestContext } from './harness';
import { eventually } from './helpers';
import { forgeSigned, newSigningKeyPair } from '../fixtures/exports/sign';

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

const rowNames = (page: Page) => page.locator('[data-team-table] tbody tr th button').allInnerTexts().then((names) => names.map((n) => n.trim()));
const cell = (page: Page, agent: string, key: string) =>
  page.locator('[data-team-table] tbody tr', { hasText: agent }).locator(`[data-cell="${key}"]`).innerText().then((t) => t.trim());

type Upload = { name: string; mimeType: string; buffer: Buffer };
const upload = (name: string, data: unknown): Upload => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) });

/**
 * Lee Park's genuine signed export (the good fixture's numbers, schema 3); a forgery for Lee's id
 * signed with another key, every "shown" ten times over and exported later; and the genuine file
 * with one number changed after signing.
 */
async function leeFiles(): Promise<{ genuine: Upload; forged: Upload; edited: Upload }> {
  const good = JSON.parse(readFileSync(GOOD, 'utf8')) as { exportedAt: string; daily: { shown: number }[] };
  const lee = { ...good, schemaVersion: 3, agent: { id: 'agent-7c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e', displayName: 'Lee Park' } };
  const genuine = await forgeSigned(lee, await newSigningKeyPair());
  const inflated = { ...structuredClone(lee), exportedAt: '2025-03-14T23:00:00.000Z' };
  for (const r of inflated.daily) r.shown *= 10;
  const forged = await forgeSigned(inflated);
  const edited = structuredClone(genuine);
  edited.daily[0]!.shown = 400;
  return { genuine: upload('lee.json', genuine), forged: upload('lee-forged.json', forged), edited: upload('lee-edited.json', edited) };
}

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

      // Sam: blame shown 4 + 2, resolved 3 + 2, ignored 1 — from the fixture's rows.
      assert.equal(await cell(page, 'Sam Carter', 'category:blame'), '6 / 5 / 1');
      assert.equal(await cell(page, 'Ana Silva', 'category:blame'), '18 / 0 / 1');
      assert.match(await cell(page, 'Sam Carter', 'resolved'), /^13 \(68%\)/);

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
      assert.equal(await cell(page, 'Ana Silva', 'category:blame'), '18 / 0 / 1');

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
  {
    name: 'team: a forged file for a known agent is refused by name, the genuine one still imports, replacing asks first',
    timeoutMs: 60000,
    async run(t) {
      const page = await openTeam(t);
      await clearTeam(page);
      await page.locator('input[name="from"]').fill('2025-03-01');
      await page.locator('input[name="to"]').fill('2025-03-14');
      const lee = await leeFiles();
      const sam = upload('sam.json', JSON.parse(readFileSync(GOOD, 'utf8')));
      // Each import on this page (a fresh one) shows its outcome with the next sequence number.
      let seq = 0;
      const pick = async (files: Upload[]) => {
        await page.locator('input[type="file"][name="import"]').setInputFiles(files);
        const outcome = page.locator(`[data-import-seq="${++seq}"]`);
        await outcome.waitFor();
        return outcome;
      };
      const leeBlame = () => cell(page, 'Lee Park', 'category:blame');

      // Lee signed, Sam unsigned (an older Rapport): both in, Sam marked unsigned.
      const first = await pick([lee.genuine, sam]);
      assert.equal(await first.getAttribute('data-import'), 'ok', await first.innerText());
      assert.match(await first.innerText(), /Imported 2 files from 2 agents\. 1 was not signed/);
      await eventually(() => rowNames(page), (names) => names.join() === 'Lee Park,Sam Carter', 'both agents in the table');
      assert.equal(await leeBlame(), '6 / 5 / 1');
      const mark = (agent: string) => page.locator('[data-team-table] tbody tr', { hasText: agent }).locator('[data-signature-mark]');
      assert.equal(await mark('Lee Park').count(), 0, 'Lee is signed');
      assert.equal((await mark('Sam Carter').innerText()).trim(), 'unsigned');

      // The forgery: refused, naming Lee, with the replace action; nothing changed.
      const refused = await pick([lee.forged]);
      assert.equal(await refused.getAttribute('data-import'), 'error');
      const refusal = await refused.innerText();
      assert.match(refusal, /lee-forged\.json: the file is signed with a different key than the files of Lee Park \(agent-7c1d2e3f…\).*may be forged/s);
      assert.equal(await refused.locator('[data-action="replace-agent"]').count(), 1);
      assert.equal(await leeBlame(), '6 / 5 / 1', 'the forgery changed nothing');

      // The genuine file again: Lee's numbers as they were.
      assert.equal(await (await pick([lee.genuine])).getAttribute('data-import'), 'ok');
      assert.equal(await leeBlame(), '6 / 5 / 1');

      // Changed after signing: refused, and no way to force it in.
      const edited = await pick([lee.edited]);
      assert.match(await edited.innerText(), /claims to come from Lee Park.*signature does not match its contents/s);
      assert.equal(await edited.locator('[data-action="replace-agent"]').count(), 0);

      // Replacing Lee asks first; cancel keeps Lee, yes imports the new file in Lee's place.
      const again = await pick([lee.forged]);
      await again.locator('[data-action="replace-agent"]').click();
      assert.match(await page.locator('[data-replace-confirm]').innerText(), /Replace Lee Park \(agent-7c1d2e3f…\) in the team view\?/);
      await page.locator('[data-action="cancel-replace-agent"]').click();
      assert.equal(await page.locator('[data-replace-confirm]').count(), 0);
      assert.equal(await leeBlame(), '6 / 5 / 1', 'cancel keeps Lee');
      await again.locator('[data-action="replace-agent"]').click();
      await page.locator('[data-action="confirm-replace-agent"]').click();
      const replaced = page.locator(`[data-import-seq="${++seq}"]`);
      await replaced.waitFor();
      assert.equal(await replaced.getAttribute('data-import'), 'ok', await replaced.innerText());
      await eventually(leeBlame, (v) => v === '60 / 5 / 1', 'Lee replaced by the new file');
      t.note(`refused: ${refusal.split('\n').find((l) => l.startsWith('lee-forged'))?.slice(0, 100)}…`);
      await clearTeam(page);
    },
  },
];
