/**
 * The four extension pages render in Firefox without a console error or an uncaught exception and
 * with every UI string from Firefox's getMessage (no message key or split mark shown), and the practice page scores with the packaged tone model exactly as Node does.
 */
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { builtinPack } from '../../../lib/practice/builtin';
import { modelToneReading } from '../../../lib/practice/model-tone';
import { eventually } from '../helpers';
import { unlocalised } from '../messages-check';
import type { FirefoxTest, FirefoxTestContext } from './harness';

/** Logged and thrown by the test itself, to prove the error log hears the page. */
export const PROBE = 'rapport-firefox-error-probe';

interface OpenedPage {
  page: Page;
  /** Console errors and uncaught errors since the page was opened, the probes left out. */
  errors(): string[];
}

/**
 * Opens an extension page in a fresh tab and waits for `ready`. Puppeteer's goto() waits for the
 * document's network response, which Firefox's BiDi does not report for moz-extension:// URLs,
 * so the page's own ready marker says when it has loaded instead.
 */
async function openExtensionPage(t: FirefoxTestContext, file: string, ready: string): Promise<OpenedPage> {
  const mark = t.extensionErrors.mark();
  const page = await t.newPage();
  const url = new URL(file, t.extensionOrigin).href;
  void page.goto(url, { timeout: 20000 }).catch(() => undefined);
  // Polled from here, not page.waitForSelector(): the navigation replaces the document under it.
  // page.url() follows navigation events, which this navigation lacks too: ask the document.
  const isReady = () =>
    page.evaluate((url, ready) => location.href === url && document.querySelector(ready) !== null, url, ready).catch(() => false);
  await eventually(isReady, Boolean, `${file} loads and shows ${ready}`, 15000);
  await page.evaluate((probe) => {
    console.error(probe);
    setTimeout(() => {
      throw new Error(probe);
    });
  }, PROBE);
  const heard = (line: string) => line.includes(PROBE);
  await eventually(
    async () => t.extensionErrors.since(mark).filter(heard).length,
    (n) => n === 2,
    `the error log hears ${file}'s console error and uncaught error`,
  );
  return { page, errors: () => t.extensionErrors.since(mark).filter((line) => !heard(line)) };
}

function rendersCleanly(file: string, ready: string, what: string): FirefoxTest {
  return {
    name: `${file} renders (${what}) with no console error`,
    async run(t) {
      const { page, errors } = await openExtensionPage(t, file, ready);
      const text = await page.$eval('body', (body) => (body as HTMLElement).innerText.trim());
      assert.ok(text.length > 20, `${file} shows its content (got ${JSON.stringify(text.slice(0, 80))})`);
      assert.deepEqual(unlocalised(text), [], `${file}: UI strings not filled in`);
      // Let late start-up work (storage reads, the model load) log its errors too.
      await new Promise((r) => setTimeout(r, 500));
      assert.deepEqual(errors(), [], `${file}: console errors`);
      t.note(`title "${await page.title()}"; first words: ${text.split(/\s+/).slice(0, 6).join(' ')}`);
    },
  };
}

export const tests: FirefoxTest[] = [
  rendersCleanly('popup.html', '[data-link="dashboard"]', 'links to the other pages'),
  rendersCleanly('options.html', '[data-section="packs"]', 'the packs section'),
  rendersCleanly('dashboard.html', 'h1', 'its heading'),
  rendersCleanly('practice.html', 'html[data-practice-ready="true"]', 'ready'),
  {
    name: "practice.html: the packaged tone model loads and scores a reply as Node's copy does",
    async run(t) {
      const scenario = builtinPack().scenarios.find((s) => s.id === 'printer-2am-deadline');
      assert.ok(scenario, 'the built-in pack has the printer scenario');
      const answer = scenario.modelAnswers[0]!;
      const { page, errors } = await openExtensionPage(t, `practice.html#${scenario.id}`, 'html[data-practice-ready="true"]');
      await page.type('[data-practice="reply"]', answer, { delay: 0 });
      await page.click('[data-practice-action="submit"]');
      const tone = await page.waitForSelector('[data-practice="tone"]', { timeout: 8000 });
      const shown = await tone!.evaluate((el) => el.getAttribute('data-tone'));
      t.note(`practice meter: ${(await tone!.evaluate((el) => (el as HTMLElement).innerText)).replace(/\s+/g, ' ')}`);
      assert.notEqual(shown, 'none', 'the practice page has the tone model (no "model not loaded")');
      assert.equal(shown, modelToneReading(answer)!.score.toFixed(2), 'the same file and scorer as in Node');
      assert.deepEqual(errors(), [], 'practice.html: console errors');
    },
  },
];
