/**
 * Stats end to end: the dashboard starts empty (after "Delete all my data"); an applied fix and a
 * sentence rewritten by hand count as resolved, only the first as applied; typing and applying on a
 * fixture page records events through the background; the dashboard then shows non-zero charts with
 * table alternatives; the JSON export downloads and re-imports into the team view with the same totals,
 * idempotently; a bad file is refused with a message naming it and changes nothing.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { BrowserTest, TestContext } from './harness';
import { applyCard, card, eventually, waitForCards } from './helpers';

const DRAFT = "Hi Sam, I'm happy to help. You must have deleted the file.";
const BAD_FILE = resolve(import.meta.dirname, '../fixtures/exports/bad/negative-count.json');

async function openDashboard(t: TestContext, hash = ''): Promise<Page> {
  const page = await t.newPage();
  await page.goto(`chrome-extension://${t.extensionId}/dashboard.html${hash}`);
  await page.locator('h1').waitFor();
  return page;
}

async function chartTotal(page: Page, id: string): Promise<number> {
  const value = await page.locator(`[data-chart="${id}"]`).getAttribute('data-total', { timeout: 1000 }).catch(() => null);
  return Number(value ?? 0);
}

async function total(page: Page, which: 'shown' | 'applied' | 'resolved' | 'ignored' | 'drafts'): Promise<number> {
  return Number.parseInt((await page.locator(`dd[data-total="${which}"]`).innerText()).trim(), 10);
}

async function deleteAll(page: Page): Promise<void> {
  await page.locator('[data-action="delete-all"]').click();
  await page.locator('[data-action="confirm-delete-all"]').click();
  await page.locator('[data-empty="mine"]').waitFor({ timeout: 5000 });
}

export const tests: BrowserTest[] = [
  {
    name: 'dashboard: empty state explains what will appear (after "Delete all my data")',
    async run(t) {
      const page = await openDashboard(t);
      if (!(await page.locator('[data-empty="mine"]').isVisible())) await deleteAll(page);
      const empty = await page.locator('[data-empty="mine"]').innerText();
      assert.match(empty, /suggestions come up per category/);
      assert.match(empty, /never stored/);
      assert.equal(await page.locator('[data-chart]').count(), 0);
      await page.locator('[data-tab="team"]').click();
      await page.locator('[data-empty="team"]').waitFor();
    },
  },
  {
    name: 'dashboard: a fix applied and a sentence rewritten count as 2 resolved, 1 applied',
    timeoutMs: 45000,
    async run(t) {
      const dashboard = await openDashboard(t);
      if (!(await dashboard.locator('[data-empty="mine"]').isVisible())) await deleteAll(dashboard);
      const desk = await t.newPage('/pages/textarea.html');
      const reply = desk.locator('#reply');
      await reply.click();
      await desk.keyboard.type('Happy to help. You must have deleted the file.', { delay: 5 });
      await waitForCards(desk, ['help-wording', 'blame']);
      // Shown is reported after a pause in typing: let it land before anything changes.
      await desk.waitForTimeout(1200);
      await applyCard(desk, 'help-wording');
      await eventually(() => reply.inputValue(), (v) => v.startsWith('Happy to assist.'), 'the fix should be applied');
      // The agent rewrites the blaming sentence by hand, keystroke by keystroke.
      await reply.press('End');
      for (let i = 0; i < 'You must have deleted the file.'.length; i++) await reply.press('Backspace');
      await desk.keyboard.type('The sync removed the file, so I have restored it from backup.', { delay: 5 });
      await eventually(async () => (await card(desk, 'blame').count()) === 0, (gone) => gone, 'the blame card goes once the words are rewritten');
      const eventsSoFar = async () => {
        return dashboard.evaluate(
        () =>
          new Promise<string>((done) => {
            const open = indexedDB.open('rapport-stats');
            open.onsuccess = () => {
              const req = open.result.transaction('events').objectStore('events').getAll();
              req.onsuccess = () => done(JSON.stringify((req.result as { action: string; ruleId: string }[]).map((e) => `${e.action}:${e.ruleId}`)));
            };
          }),
        );
      };
      await eventually(
        async () => {
          await dashboard.reload();
          await dashboard.locator('h1').waitFor();
          return (await dashboard.locator('dd[data-total="resolved"]').count()) ? { resolved: await total(dashboard, 'resolved'), applied: await total(dashboard, 'applied'), shown: await total(dashboard, 'shown') } : null;
        },
        (v) => v !== null && v.resolved === 2,
        'the dashboard should count the rewrite as resolved (draft reported after a pause)',
        15000,
      ).catch(async (e: unknown) => {
        throw new Error(`${String(e)}; events: ${await eventsSoFar()}`);
      });
      // What the background recorded, for the messages below (no text in any of it).
      const events = await eventsSoFar();
      assert.equal(await total(dashboard, 'applied'), 1, events);
      // The fixture's customer sounds upset: the acknowledgement card stays shown, unresolved.
      assert.equal(await total(dashboard, 'shown'), 3, events);
      assert.match(await dashboard.locator('dd[data-total="resolved"]').innerText(), /2 \(67%\)/);
      const rates = dashboard.locator('[data-chart="resolved-vs-ignored"]');
      await rates.locator('summary').click();
      const row = async (name: string) => (await rates.locator('tbody tr', { hasText: name }).innerText()).split('\t').map((c) => c.trim());
      // Category, Shown, Applied, Resolved, …: blame was resolved without a one-click fix.
      assert.deepEqual((await row('Blame')).slice(0, 4), ['Blame', '1', '0', '1']);
      assert.deepEqual((await row('Help wording')).slice(0, 4), ['Help wording', '1', '1', '1']);
      t.note('help-wording: applied and resolved; blame: rewritten, resolved without an apply');
    },
  },
  {
    name: 'dashboard: typing and applying on a fixture page → non-zero charts with table alternatives',
    timeoutMs: 45000,
    async run(t) {
      const desk = await t.newPage('/pages/textarea.html');
      await desk.locator('#reply').click();
      await desk.keyboard.type(DRAFT, { delay: 5 });
      await waitForCards(desk, ['help-wording', 'blame']);
      await applyCard(desk, 'help-wording');
      await eventually(() => desk.locator('#reply').inputValue(), (v) => v.includes('happy to assist'), 'the fix should be applied');
      await card(desk, 'blame').locator('[data-rapport-action="ignore"]').first().click();

      const page = await openDashboard(t);
      // The draft is reported after a pause in typing: reload until it (and the events) have landed.
      await eventually(
        async () => {
          await page.reload();
          await page.locator('h1').waitFor();
          return { shown: await chartTotal(page, 'per-category'), drafts: await chartTotal(page, 'tone-trend') };
        },
        (v) => v.shown > 0 && v.drafts > 0,
        'the dashboard should show recorded suggestions and a checked draft',
        15000,
      );
      for (const id of ['per-category', 'resolved-vs-ignored', 'tone-trend', 'by-site', 'by-kind']) {
        const figure = page.locator(`[data-chart="${id}"]`);
        assert.ok((await chartTotal(page, id)) > 0, `${id} should be non-zero`);
        assert.equal(await figure.locator('canvas[role="img"][aria-label]').count(), 1, `${id} has a labelled canvas`);
        // The canvas was actually painted.
        const painted = await figure.locator('canvas').evaluate((c: HTMLCanvasElement) => {
          const ctx = c.getContext('2d');
          if (!ctx || !c.width || !c.height) return false;
          const px = ctx.getImageData(0, 0, c.width, c.height).data;
          for (let i = 3; i < px.length; i += 4) if (px[i] !== 0) return true;
          return false;
        });
        assert.ok(painted, `${id} canvas should be drawn`);
      }
      assert.ok((await total(page, 'applied')) >= 1, 'one suggestion was applied');
      assert.ok((await total(page, 'ignored')) >= 1, 'one suggestion was ignored');
      const rates = page.locator('[data-chart="resolved-vs-ignored"]');
      await rates.locator('summary').click();
      const table = await rates.locator('table').innerText();
      assert.match(table, /Help wording/);
      assert.match(table, /Blame/);
      const sites = page.locator('[data-chart="by-site"]');
      await sites.locator('summary').click();
      assert.match(await sites.locator('table').innerText(), /127\.0\.0\.1/);
      t.note(`shown ${await total(page, 'shown')}, applied ${await total(page, 'applied')}, ignored ${await total(page, 'ignored')}, drafts ${await total(page, 'drafts')}`);
    },
  },
  {
    name: 'dashboard: JSON export downloads and re-imports into the team view (idempotent); a bad file changes nothing',
    timeoutMs: 45000,
    async run(t) {
      const page = await openDashboard(t);
      await page.locator('[data-chart="per-category"]').waitFor();
      const own = { shown: await total(page, 'shown'), applied: await total(page, 'applied'), drafts: await total(page, 'drafts') };

      const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export-json"]').click()]);
      assert.match(jsonDownload.suggestedFilename(), /^rapport-stats-\d{4}-\d{2}-\d{2}\.json$/);
      const jsonPath = await jsonDownload.path();
      const exported = JSON.parse(readFileSync(jsonPath, 'utf8')) as { format: string; schemaVersion: number; daily: unknown[]; signature?: { algorithm: string } };
      assert.equal(exported.format, 'rapport-stats-export');
      assert.equal(exported.schemaVersion, 3);
      assert.equal(exported.signature?.algorithm, 'ECDSA-P256-SHA256', 'signed by the agent’s key');
      assert.ok(exported.daily.length > 0);
      assert.doesNotMatch(readFileSync(jsonPath, 'utf8'), /deleted the file|Hi Sam/);

      const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export-csv"]').click()]);
      const csv = readFileSync(await csvDownload.path(), 'utf8');
      assert.match(csv.split('\r\n')[0] ?? '', /^day,category,site,shown,applied,resolved/);
      // The fixture host leaves as its pseudonym, in the CSV as in the JSON.
      assert.match(csv, /help-wording,site-[0-9a-f]{8},/);
      assert.doesNotMatch(csv, /127\.0\.0\.1/);

      // The key's fingerprint under "Your data" is the one the lead's team view shows for this agent.
      const fingerprint = (await page.locator('[data-key-fingerprint]').innerText()).replace('…', '');
      assert.match(fingerprint, /^[A-Za-z0-9_-]{8}$/);
      await page.locator('[data-tab="team"]').click();
      const input = page.locator('input[type="file"][name="import"]');
      // A team view left by an earlier run would add its agents to the totals: start from none.
      await page.locator('#team-title').waitFor();
      if (await page.locator('[data-action="clear-team"]').count()) {
        await page.locator('[data-action="clear-team"]').click();
        await page.locator('[data-action="confirm-team-remove"]').click();
        await page.locator('[data-team-table]').waitFor({ state: 'detached' });
      }
      await input.setInputFiles({ name: 'agent-export.json', mimeType: 'application/json', buffer: readFileSync(jsonPath) });
      await page.locator('[data-import="ok"][data-import-seq="1"]').waitFor();
      await page.locator('[data-team-table] tbody tr').first().waitFor();
      const team = async () => ({ shown: await total(page, 'shown'), applied: await total(page, 'applied'), drafts: await total(page, 'drafts') });
      await eventually(team, (v) => JSON.stringify(v) === JSON.stringify(own), 'team totals should equal the exported stats');

      assert.match((await page.locator('[data-team-table] tbody tr th button').first().getAttribute('title')) ?? '', new RegExp(`signed with key ${fingerprint}…`));

      // Same file again: still one agent, same totals.
      await input.setInputFiles({ name: 'agent-export.json', mimeType: 'application/json', buffer: readFileSync(jsonPath) });
      await page.locator('[data-import="ok"][data-import-seq="2"]').waitFor();
      assert.equal(await page.locator('[data-team-table] tbody tr').count(), 1);
      assert.deepEqual(await team(), own);

      // A bad file: a clear message naming the file and field; nothing changes.
      await input.setInputFiles(BAD_FILE);
      const alert = page.locator('[data-import="error"][data-import-seq="3"]');
      await alert.waitFor();
      assert.match(await alert.innerText(), /negative-count\.json.*daily\[1\]\.applied.*cannot be negative/s);
      assert.equal(await page.locator('[data-team-table] tbody tr').count(), 1);
      assert.deepEqual(await team(), own);

      // Anonymise hides the display name (the agent set none, so the label is a pseudonym either way).
      await page.locator('input[name="anonymise"]').check();
      await eventually(() => page.locator('[data-team-table] tbody tr th button').first().innerText(), (v) => v.trim() === 'Agent 1', 'anonymised label');
      t.note(`exported ${exported.daily.length} daily rows; team totals ${JSON.stringify(own)}`);
    },
  },
];
