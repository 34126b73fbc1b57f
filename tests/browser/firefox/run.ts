/**
 * Firefox browser tests: `npm run test:firefox` (after `npm run build:firefox`).
 *
 * Serves tests/fixtures on 127.0.0.1, launches Firefox ESR with the Firefox build installed as a
 * temporary add-on, runs every `tests/browser/firefox/*.firefox.ts` file's `tests` in order on one
 * browser, prints one line per test and exits non-zero when anything failed. Fails loudly (never
 * skips) without Firefox or a build.
 *
 *   node --import tsx tests/browser/firefox/run.ts [--grep <text>] [--headed] [file.firefox.ts …]
 */
import type { Page } from 'puppeteer-core';
import { exitWith, loadTestFiles, parseRunnerArgs, print, summarise, withTimeout, type Result } from '../runner';
import { startFixtureServer } from '../server';
import type { FirefoxTest, FirefoxTestContext } from './harness';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './launch';

async function runOne(test: FirefoxTest, firefox: FirefoxWithExtension, origin: string): Promise<Result> {
  const pages: Page[] = [];
  const notes: string[] = [];
  const t: FirefoxTestContext = {
    browser: firefox.browser,
    origin,
    extensionOrigin: firefox.extensionOrigin,
    extensionErrors: firefox.errors,
    firefoxStartedAt: firefox.startedAt,
    async newPage(path) {
      const page = await firefox.browser.newPage();
      pages.push(page);
      if (path !== undefined) await page.goto(new URL(path, origin).href);
      return page;
    },
    note: (message) => notes.push(message),
  };
  const started = performance.now();
  try {
    await withTimeout(test.run(t), test.timeoutMs ?? 30000, test.name);
    return { name: test.name, ok: true, ms: performance.now() - started, notes };
  } catch (error) {
    return { name: test.name, ok: false, ms: performance.now() - started, error, notes };
  } finally {
    await Promise.all(pages.map((p) => p.close().catch(() => undefined)));
  }
}

async function main(): Promise<number> {
  const args = parseRunnerArgs(process.argv.slice(2));
  const files = await loadTestFiles<FirefoxTest>(import.meta.dirname, '.firefox.ts', args.files);
  const server = await startFixtureServer();
  let firefox: FirefoxWithExtension | undefined;
  const results: Result[] = [];
  try {
    const started = performance.now();
    firefox = await launchFirefoxWithExtension({ headless: !args.headed });
    const version = await firefox.browser.version();
    console.log(`Rapport Firefox tests — ${version}, add-on at ${firefox.extensionOrigin} (${Math.round(performance.now() - started)} ms to start), fixtures at ${server.origin}`);
    for (const { file, tests } of files) {
      const selected = tests.filter((test) => !args.grep || `${file} ${test.name}`.includes(args.grep));
      if (selected.length === 0) continue;
      console.log(`\n${file}`);
      for (const test of selected) {
        const result = await runOne(test, firefox, server.origin);
        print(result);
        results.push(result);
      }
    }
  } finally {
    await firefox?.close();
    await server.close();
  }
  if (results.length === 0) {
    console.log('No Firefox test was selected.');
    return 1;
  }
  return summarise(results);
}

exitWith(main, 'Firefox tests');
