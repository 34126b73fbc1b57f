/**
 * The tone model in the extension: the content script gets the packaged weights from the background
 * (`rapport:tone-model`, no network), the sidebar's meter reads a curt draft lower than a warm one,
 * and a curt sentence gets a `tone` card with ways to warm it. The runner's network audit covers
 * this file like every other: zero requests from any extension context.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { BrowserTest } from './harness';
import { builtinPack } from '../../lib/practice/builtin';
import { modelToneReading } from '../../lib/practice/model-tone';
import { card, eventually, panel, shownRuleIds, SIDEBAR } from './helpers';

const CURT = 'Why did you not read the instructions? Send me the logs now.';
const WARM = "Thanks so much for sending this over, and I know it's holding you up. Could you send me the logs when you get a moment? I'll look at them straight away.";

function meter(page: Page) {
  return page.locator(`${SIDEBAR} [data-rapport="tone"] [role="meter"]`);
}

/** Types `draft` into a fresh textarea fixture and returns the meter's value once it has settled. */
async function meterAfterTyping(page: Page, draft: string): Promise<number> {
  const textarea = page.locator('#reply');
  await textarea.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await page.keyboard.type(draft, { delay: 2 });
  await panel(page).waitFor();
  await meter(page).waitFor({ timeout: 5000 });
  // The meter follows the draft: read it until two reads 300 ms apart agree.
  let last = -1;
  return eventually(
    async () => {
      await page.waitForTimeout(300);
      const now = Number(await meter(page).getAttribute('aria-valuenow'));
      const settled = now === last;
      last = now;
      return settled ? now : -1;
    },
    (v) => v >= 0,
    'the tone meter settles on a value',
  );
}

export const tests: BrowserTest[] = [
  {
    name: 'tone model: meter lower for a curt draft than a warm one; tone card on the curt sentence; no network',
    async run(t) {
      const page = await t.newPage('/pages/textarea.html');
      const curt = await meterAfterTyping(page, CURT);
      // The tone rule's card, or the coach model's curt card that takes the sentence (both category tone).
      const ids = await eventually(() => shownRuleIds(page), (ids) => ids.includes('tone') || ids.includes('coach-curt'), 'a tone-category card for the curt draft');
      const toneCard = card(page, ids.includes('tone') ? 'tone' : 'coach-curt').first();
      assert.equal(await toneCard.getAttribute('data-category'), 'tone');
      const cardText = await toneCard.innerText();
      assert.match(cardText, /curt|cold|warm/i, 'the card says why');
      const curtWord = await meter(page).getAttribute('aria-valuetext');

      const warm = await meterAfterTyping(page, WARM);
      const warmWord = await meter(page).getAttribute('aria-valuetext');
      t.note(`meter: curt draft ${curtWord}, warm draft ${warmWord}`);
      assert.ok(curt < warm, `curt draft (${curt}) reads lower than the warm one (${warm})`);
      assert.match(curtWord ?? '', /^Curt/, 'the curt draft is called curt');
      await eventually(() => shownRuleIds(page), (ids) => !ids.includes('tone') && !ids.includes('coach-curt'), 'no tone card for the warm draft');
    },
  },
  {
    name: 'tone model on the practice page: the packaged weights load and the score shows the model\'s meter',
    async run(t) {
      const scenario = builtinPack().scenarios.find((s) => s.id === 'printer-2am-deadline')!;
      const answer = scenario.modelAnswers[0]!;
      const page = await t.newPage();
      await page.goto(`chrome-extension://${t.extensionId}/practice.html#${scenario.id}`);
      await page.waitForSelector('html[data-practice-ready="true"]', { timeout: 10000 });
      await page.locator('[data-practice="reply"]').fill(answer);
      await page.locator('[data-practice-action="submit"]').click();
      const tone = page.locator('[data-practice="tone"]');
      await tone.waitFor({ timeout: 5000 });
      const shown = await tone.getAttribute('data-tone');
      t.note(`practice meter: ${await tone.innerText()}`);
      assert.notEqual(shown, 'none', 'the practice page has the tone model (no "model not loaded")');
      // Same file, same scorer: the page's reading is the one Node computes.
      assert.equal(shown, modelToneReading(answer)!.score.toFixed(2));
    },
  },
];
