/**
 * Practice mode end to end in the built extension (practice.html): pick a scenario, type a reply
 * with the live sidebar, Apply a fix, submit, read the explained score (the same figure the engine
 * gives in Node), compare with the model answer, retry, find the attempts in the history, clear it
 * and undo. Then every built-in scenario once through, and pack import errors / import / export /
 * remove and undo.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { builtinPack } from '../../lib/practice/builtin';
import type { Scenario } from '../../lib/practice/schema';
import { modelToneReading } from '../../lib/practice/model-tone';
import { scoreReply as scoreWithoutTone } from '../../lib/practice/score';
import type { BrowserTest, TestContext } from './harness';
import { applyCard, eventually, shownRuleIds } from './helpers';

/** The page reads tone with the packaged model; Node loads the same file, so the scores match. */
const scoreReply = (scenario: Scenario, reply: string) => scoreWithoutTone(scenario, reply, { tone: modelToneReading(reply) });

const PACKS = resolve(import.meta.dirname, '../fixtures/practice-packs');
const scenarios = builtinPack().scenarios;
const scenario = (id: string): Scenario => scenarios.find((s) => s.id === id)!;

async function openPractice(t: TestContext, hash = ''): Promise<Page> {
  const page = await t.newPage();
  await page.goto(`chrome-extension://${t.extensionId}/practice.html${hash}`);
  await page.waitForSelector('html[data-practice-ready="true"]', { timeout: 10000 });
  return page;
}

async function shownScore(page: Page): Promise<number> {
  const text = await page.locator('[data-practice="score"]').innerText({ timeout: 5000 });
  return Number(text);
}

async function submitReply(page: Page, reply: string): Promise<number> {
  const box = page.locator('[data-practice="reply"]');
  await box.fill(reply);
  await page.locator('[data-practice-action="submit"]').click();
  return shownScore(page);
}

export const tests: BrowserTest[] = [
  {
    name: 'practice: pick a scenario, type with live cards, Apply, submit → explained score, model answer, retry, history (cleared with undo)',
    timeoutMs: 60000,
    async run(t) {
      // Attempts and habits are counted over the whole history: start from none, whatever earlier
      // tests in this browser practised.
      const blank = await openPractice(t);
      await blank.evaluate(
        () =>
          new Promise<void>((resolve, reject) => {
            const req = indexedDB.deleteDatabase('rapport-practice');
            req.onsuccess = () => resolve();
            req.onerror = () => reject(req.error);
          }),
      );
      await blank.close();
      const page = await openPractice(t);
      const s = scenario('printer-2am-deadline');

      // Filter by difficulty: the hard security scenario disappears, the medium printer one stays.
      await page.selectOption('[data-practice-filter="difficulty"]', 'medium');
      await eventually(
        () => page.locator('[data-scenario-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-scenario-id'))),
        (ids) => ids.includes('printer-2am-deadline') && !ids.includes('bypass-security-sso'),
        'difficulty filter shows medium scenarios only',
      );
      const medium = await page.locator('[data-scenario-id]').count();
      assert.equal(medium, scenarios.filter((x) => x.difficulty === 'medium').length);
      t.note(`filter "medium": ${medium} of ${scenarios.length} scenarios`);

      await page.click('[data-scenario-id="printer-2am-deadline"]');
      await page.locator('[data-practice="ticket"]').getByText('grant proposal').waitFor();

      // Type like a trainee; the desk's sidebar coaches live beside the composer.
      const draft = 'Hi Priya, happy to help. Did you even check the cable before opening a ticket?';
      await page.locator('[data-practice="reply"]').click();
      await page.keyboard.type(draft, { delay: 2 });
      const ids = await eventually(() => shownRuleIds(page), (x) => x.includes('help-wording'), 'a help-wording card in the sidebar');
      t.note(`live cards: ${ids.join(', ')}`);
      await applyCard(page, 'help-wording');
      const applied = await eventually(
        () => page.locator('[data-practice="reply"]').inputValue(),
        (v) => v.includes('happy to assist'),
        'Apply changed the reply',
      );

      await page.locator('[data-practice-action="submit"]').click();
      const first = await shownScore(page);
      const expected = scoreReply(s, applied);
      assert.equal(first, expected.score, 'the page shows the same score the engine gives in Node');
      assert.ok(first <= 40, `a condescending reply scores low (got ${first})`);
      assert.equal(await page.locator('[data-rubric-item]').count(), s.rubric.length);
      assert.equal(await page.locator('[data-rubric-item="acknowledge"]').getAttribute('data-passed'), 'false');
      const findingRows = await page.locator('[data-finding-row]').count();
      assert.equal(findingRows, expected.findings.length);
      assert.ok((await page.locator('[data-practice="next-steps"] li').count()) >= 1);
      assert.ok(await page.locator('[data-practice="tone"]').isVisible());
      assert.match(await page.locator('[data-practice="sum"]').innerText(), new RegExp(`= ${first}`));
      t.note(`first attempt ${first}/100 with ${findingRows} finding rows: ${expected.findings.map((f) => f.category).join(', ') || 'none'}`);

      // The model answer is offered only after trying.
      await page.click('[data-practice-action="show-model"]');
      assert.match(await page.locator('[data-practice="model-answer"]').first().innerText(), /2nd floor printer/);

      // Retry with a better reply.
      await page.click('[data-practice-action="retry"]');
      const second = await submitReply(page, s.modelAnswers[1]!);
      assert.ok(second >= 85, `model-quality reply scores ≥ 85 (got ${second})`);
      t.note(`retry ${second}/100`);

      // History and progress, persisted across a reload.
      await page.reload();
      await page.waitForSelector('html[data-practice-ready="true"]');
      await page.click('[data-practice-tab="progress"]');
      const row = page.locator('[data-history-scenario="printer-2am-deadline"]');
      await row.waitFor();
      assert.equal(await row.getAttribute('data-attempts'), '2');
      assert.equal(await row.getAttribute('data-best'), String(Math.max(first, second)));
      assert.ok(await page.locator('[data-practice="chart"] canvas').isVisible(), 'progress chart drawn');
      const improved = await page.locator('[data-trend="improved"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-habit')));
      assert.deepEqual(improved.sort(), Object.keys(expected.findingCounts).sort(), 'habits that improved: categories flagged on the first try only');
      t.note(`habits improved: ${improved.join(', ') || 'none'}`);

      // Clearing the history asks first; Undo brings every attempt back.
      page.once('dialog', (dialog) => void dialog.dismiss());
      await page.click('[data-practice-action="clear-history"]');
      assert.equal(await row.getAttribute('data-attempts'), '2', 'cancelling keeps the history');
      page.once('dialog', (dialog) => void dialog.accept());
      await page.click('[data-practice-action="clear-history"]');
      await row.waitFor({ state: 'detached' });
      await page.click('[data-practice-action="undo"]');
      await row.waitFor();
      assert.equal(await row.getAttribute('data-attempts'), '2', 'undo restores both attempts');
      assert.equal(await row.getAttribute('data-best'), String(Math.max(first, second)));
    },
  },
  {
    name: `practice: all ${scenarios.length} built-in scenarios end to end (model answer ≥ 85, bad reply ≤ 40)`,
    timeoutMs: 180000,
    async run(t) {
      const page = await openPractice(t);
      const figures: string[] = [];
      for (const s of scenarios) {
        await page.click(`[data-scenario-id="${s.id}"]`);
        await page.locator('#ticket-title').getByText(s.title, { exact: true }).waitFor();
        const good = await submitReply(page, s.modelAnswers[0]!);
        assert.equal(good, scoreReply(s, s.modelAnswers[0]!).score, `${s.id}: page score = engine score`);
        assert.ok(good >= 85, `${s.id}: model answer ${good}`);
        await page.click('[data-practice-action="retry"]');
        const bad = await submitReply(page, s.badReplies[0]!);
        assert.ok(bad <= 40, `${s.id}: bad reply ${bad}`);
        figures.push(`${s.id} ${good}/${bad}`);
      }
      await page.click('[data-practice-tab="progress"]');
      assert.equal(await page.locator('[data-history-scenario]').count(), scenarios.length);
      t.note(figures.join(' · '));
    },
  },
  {
    name: 'practice: pack import shows precise errors and imports nothing; a good pack imports, plays, exports, and is removed with undo',
    timeoutMs: 60000,
    async run(t) {
      const page = await openPractice(t);
      await page.click('[data-practice-tab="packs"]');
      const input = page.locator('[data-practice-action="import"]');

      await input.setInputFiles([resolve(PACKS, 'good-pack.json'), resolve(PACKS, 'bad/invalid-regex.json')]);
      const errors = page.locator('[data-practice="import-errors"]');
      await errors.waitFor();
      assert.match(await errors.innerText(), /Nothing was imported/);
      assert.equal(await page.locator('[data-import-error="scenarios[0].rubric[1].check.patterns[0]"]').count(), 1);
      assert.equal(await page.locator('[data-pack-id="acme-onboarding"]').count(), 0, 'all-or-nothing: the good file was not imported either');

      await input.setInputFiles(resolve(PACKS, 'good-pack.json'));
      await page.locator('[data-practice="message"]').getByText('Imported 1 pack with 2 scenarios.').waitFor();
      await page.locator('[data-pack-id="acme-onboarding"]').waitFor();

      const download = page.waitForEvent('download');
      await page.locator('[data-pack-id="acme-onboarding"] [data-practice-action="export-pack"]').click();
      const file = await download;
      assert.equal(file.suggestedFilename(), 'rapport-pack-acme-onboarding.json');
      const exported = JSON.parse(readFileSync((await file.path())!, 'utf8'));
      const original = JSON.parse(readFileSync(resolve(PACKS, 'good-pack.json'), 'utf8'));
      assert.deepEqual(exported.scenarios.map((s: { id: string }) => s.id), original.scenarios.map((s: { id: string }) => s.id));
      assert.equal(exported.format, 'rapport-practice-pack');

      // The imported scenario plays like a built-in one.
      await page.click('[data-practice-tab="practice"]');
      await page.click('[data-scenario-id="acme-badge-not-working"]');
      const score = await submitReply(page, original.scenarios[0].modelAnswers[0]);
      assert.equal(score, 100);

      // Removing the pack asks first and can be undone.
      await page.click('[data-practice-tab="packs"]');
      page.once('dialog', (dialog) => void dialog.accept());
      await page.locator('[data-pack-id="acme-onboarding"] [data-practice-action="remove-pack"]').click();
      await page.locator('[data-pack-id="acme-onboarding"]').waitFor({ state: 'detached' });
      await page.click('[data-practice-action="undo"]');
      await page.locator('[data-pack-id="acme-onboarding"]').waitFor();
      t.note('bad batch refused with the exact path; good pack imported, exported, scored 100, removed and brought back');
    },
  },
];
