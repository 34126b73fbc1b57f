/**
 * Speed in the page (issue 4), printed as a figures table:
 *  - keystroke → updated cards and highlights, p95, typing into a 2,000-word thread (textarea with
 *    the mirror overlay, and contenteditable with custom highlights): the content script's
 *    `rapport:update` measures, from the input event's time stamp to the sidebar rendered;
 *  - long tasks over 50 ms while typing (PerformanceObserver 'longtask', registered before load);
 *  - first suggestions after focusing a reply box on a freshly loaded page;
 *  - the content script's size, gzip.
 * Timings are printed, not asserted (they depend on the machine's load); the bundle limit is
 * deterministic and asserted. Long tasks are asserted only when RAPPORT_ASSERT_LONG_TASKS=1 (on a
 * quiet machine), because a loaded CI box produces long tasks of its own (GC, other tabs).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR } from './chromium';
import type { BrowserTest, TestContext } from './harness';
import { SIDEBAR, waitForCards } from './helpers';

const THREAD = readFileSync(resolve(import.meta.dirname, '../fixtures/drafts/thread-2000.txt'), 'utf8');
const WORDS = THREAD.split(/\s+/).filter(Boolean).length;
const TYPED = 'Thanks for your patience, I will follow up on Friday with the fix.';
/**
 * Issue 4's budget for the content script, gzip: 200 KB, raised to 205 KB by issue 14's presence
 * (badge at the reply box, free-band panel, popover at the words, cards tied to their words: about
 * 3.9 KB gzip; its English strings are stubbed out of this bundle, wxt.config.ts), then to 210 KB
 * by issue 13's teach mode and site profiles (208.5 KB measured), then to 235 KB by issue 18's
 * follow-through: chrono-node's English date parser (13.4 KB gzip of it), which reads when a promise
 * is due for the live promise-time rule and the question at send, plus the send watcher and that
 * question (230.5 KB measured).
 */
export const CONTENT_SCRIPT_GZIP_LIMIT = 235_000;

interface Figure {
  what: string;
  value: string;
  target: string;
  met: boolean | null;
}

const figures: Figure[] = [];

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : 'n/a');

/** Records long tasks from the very start of the page (main world; the content script runs on the same thread). */
async function observeLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: number[] = [];
    (window as unknown as { __rapportLongTasks: number[] }).__rapportLongTasks = seen;
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) seen.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // No longtask support: the figure reads "n/a".
    }
  });
}

async function typeAndMeasure(t: TestContext, page: Page, label: string): Promise<void> {
  await page.evaluate(() => {
    performance.clearMeasures('rapport:update');
    performance.clearMeasures('rapport:check');
    (window as unknown as { __rapportLongTasks: number[] }).__rapportLongTasks.length = 0;
  });
  await page.keyboard.type(TYPED, { delay: 40 });
  await page.waitForTimeout(300);
  const result = await page.evaluate(() => ({
    updates: performance.getEntriesByName('rapport:update').map((e) => e.duration),
    waits: performance.getEntriesByName('rapport:update').map((e) => Number(((e as PerformanceMeasure).detail as { waited?: number } | null)?.waited ?? NaN)),
    checks: performance.getEntriesByName('rapport:check').map((e) => e.duration),
    longTasks: [...(window as unknown as { __rapportLongTasks: number[] }).__rapportLongTasks],
  }));
  assert.ok(result.updates.length >= TYPED.length / 2, `${label}: the content script leaves rapport:update measures per keystroke (got ${result.updates.length})`);
  const updates = [...result.updates].sort((a, b) => a - b);
  const checks = [...result.checks].sort((a, b) => a - b);
  const p95 = percentile(updates, 95);
  figures.push({
    what: `${label}: keystroke → cards + highlights (${WORDS} words, ${updates.length} keystrokes)`,
    value: `median ${fmt(percentile(updates, 50))} ms, p95 ${fmt(p95)} ms, max ${fmt(updates.at(-1)!)} ms`,
    target: 'p95 ≤ 16 ms',
    met: p95 <= 16,
  });
  const waits = result.waits.filter(Number.isFinite).sort((a, b) => a - b);
  figures.push({
    what: `${label}: of which keystroke → check starts (browser input handling, queue)`,
    value: `median ${fmt(percentile(waits, 50))} ms, p95 ${fmt(percentile(waits, 95))} ms`,
    target: '—',
    met: null,
  });
  figures.push({
    what: `${label}: check work per keystroke (read + engine + highlights)`,
    value: `median ${fmt(percentile(checks, 50))} ms, p95 ${fmt(percentile(checks, 95))} ms`,
    target: '—',
    met: null,
  });
  const long = result.longTasks.filter((d) => d > 50);
  figures.push({
    what: `${label}: long tasks > 50 ms while typing`,
    value: long.length ? `${long.length} (${long.map((d) => `${Math.round(d)} ms`).join(', ')})` : 'none',
    target: 'none',
    met: long.length === 0,
  });
  if (process.env.RAPPORT_ASSERT_LONG_TASKS === '1') assert.equal(long.length, 0, `${label}: no long task over 50 ms while typing`);
  t.note(`${label}: ${figures.at(-3)!.value}`);
}

export const tests: BrowserTest[] = [
  {
    name: 'speed: first suggestions after focusing a reply box on a freshly loaded page',
    async run(t) {
      const page = await t.newPage();
      await observeLongTasks(page);
      await page.goto(new URL('/pages/textarea.html', t.origin).href, { waitUntil: 'load' });
      const ms = await page.evaluate(async (sidebar) => {
        const textarea = document.querySelector<HTMLTextAreaElement>('#reply')!;
        textarea.value = 'Happy to help. You must have deleted the file.';
        const started = performance.now();
        textarea.focus();
        for (;;) {
          const host = document.querySelector(sidebar);
          if (host?.shadowRoot?.querySelector('[data-rapport-finding]')) return performance.now() - started;
          if (performance.now() - started > 5000) return -1;
          await new Promise((r) => requestAnimationFrame(r));
        }
      }, SIDEBAR);
      assert.ok(ms >= 0, 'a card appears after focusing a reply box that holds a draft');
      figures.push({ what: 'focus → first suggestions (fresh page, right after load)', value: `${fmt(ms)} ms`, target: '≤ 300 ms', met: ms <= 300 });
      t.note(`focus → first card: ${fmt(ms)} ms`);
    },
  },
  {
    name: 'speed: typing into a 2,000-word thread (textarea with underline overlay)',
    timeoutMs: 60000,
    async run(t) {
      const page = await t.newPage();
      await observeLongTasks(page);
      await page.goto(new URL('/pages/textarea.html', t.origin).href);
      const textarea = page.locator('#reply');
      await textarea.fill(`${THREAD}\n\n`);
      await waitForCards(page, ['blame']);
      await textarea.press('Control+End');
      await typeAndMeasure(t, page, 'textarea');
    },
  },
  {
    name: 'speed: typing into a 2,000-word thread (contenteditable with custom highlights)',
    timeoutMs: 60000,
    async run(t) {
      const page = await t.newPage();
      await observeLongTasks(page);
      await page.goto(new URL('/pages/contenteditable.html', t.origin).href);
      const editor = page.locator('#editor');
      await editor.click();
      await editor.evaluate((el, text) => {
        // One block per line, as rich editors keep a pasted thread.
        el.replaceChildren(
          ...text.split('\n').map((line) => {
            const div = document.createElement('div');
            if (line) div.textContent = line;
            else div.append(document.createElement('br'));
            return div;
          }),
        );
        el.dispatchEvent(new InputEvent('input', { bubbles: true }));
      }, `${THREAD}\n`);
      await waitForCards(page, ['blame']);
      await editor.press('Control+End');
      await typeAndMeasure(t, page, 'contenteditable');
    },
  },
  {
    name: `speed: content-script bundle ≤ ${CONTENT_SCRIPT_GZIP_LIMIT / 1000} KB gzip; figures table`,
    async run(t) {
      const file = resolve(EXTENSION_DIR, 'content-scripts/content.js');
      const raw = readFileSync(file);
      const gzip = gzipSync(raw, { level: 9 }).length;
      figures.push({
        what: 'content script size (gzip -9)',
        value: `${(gzip / 1000).toFixed(1)} KB (${raw.length.toLocaleString('en')} bytes raw)`,
        target: `≤ ${CONTENT_SCRIPT_GZIP_LIMIT / 1000} KB`,
        met: gzip <= CONTENT_SCRIPT_GZIP_LIMIT,
      });
      const rows = figures.map((f) => [f.what, f.value, f.target, f.met === null ? '' : f.met ? '✓' : '✗ missed']);
      const header = ['figure', 'value', 'target', ''];
      const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
      const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
      t.note(line(header));
      for (const row of rows) t.note(line(row));
      assert.ok(gzip <= CONTENT_SCRIPT_GZIP_LIMIT, `the content script is ${gzip} bytes gzip, over the ${CONTENT_SCRIPT_GZIP_LIMIT}-byte budget`);
    },
  },
];
