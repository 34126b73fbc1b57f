/**
 * Figures from the page (printed, not asserted against targets — benchmarks report speed): the cost
 * of each check while typing into a 2,000-word thread (the content script's `rapport:check`
 * measures), and the time from focusing a reply box that already holds a draft to the first card.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserTest } from './harness';
import { SIDEBAR, waitForCards } from './helpers';

const THREAD = readFileSync(resolve(import.meta.dirname, '../fixtures/drafts/thread-2000.txt'), 'utf8');

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const tests: BrowserTest[] = [
  {
    name: 'figures: check cost per keystroke on a 2,000-word thread; focus → first card',
    async run(t) {
      const page = await t.newPage('/pages/textarea.html');
      const firstCardMs = await page.evaluate(async (sidebar) => {
        const textarea = document.querySelector<HTMLTextAreaElement>('#reply')!;
        textarea.value = "Happy to help. You must have deleted the file.";
        const started = performance.now();
        textarea.focus();
        for (;;) {
          const host = document.querySelector(sidebar);
          if (host?.shadowRoot?.querySelector('[data-rapport-finding]')) return performance.now() - started;
          if (performance.now() - started > 5000) return -1;
          await new Promise((r) => requestAnimationFrame(r));
        }
      }, SIDEBAR);
      assert.ok(firstCardMs >= 0, 'a card appears after focusing a reply box that holds a draft');

      const textarea = page.locator('#reply');
      await textarea.fill(`${THREAD}\n\n`);
      await waitForCards(page, ['help-wording']);
      await textarea.press('Control+End');
      await page.evaluate(() => performance.clearMeasures('rapport:check'));
      await page.keyboard.type('Thanks for your patience, I will follow up on Friday.', { delay: 25 });
      await page.waitForTimeout(400);
      const durations = await page.evaluate(() => performance.getEntriesByName('rapport:check').map((e) => e.duration));
      assert.ok(durations.length > 0, 'the content script leaves rapport:check measures while the agent types');
      const sorted = [...durations].sort((a, b) => a - b);
      const fmt = (n: number) => n.toFixed(1);
      t.note(`focus → first card: ${fmt(firstCardMs)} ms`);
      t.note(
        `check per keystroke on ${THREAD.split(/\s+/).length} words: ${durations.length} checks, median ${fmt(percentile(sorted, 50))} ms, p95 ${fmt(percentile(sorted, 95))} ms, max ${fmt(sorted[sorted.length - 1]!)} ms`,
      );
    },
  },
];
