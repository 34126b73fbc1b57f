/**
 * Browser test runner: `npm run test:browser` (after `npm run build`).
 *
 * Serves tests/fixtures on 127.0.0.1, launches Debian's Chromium with the built extension, runs
 * every `tests/browser/*.browser.ts` file's `tests` in order on one browser, and audits the
 * network throughout: zero requests may come from any extension context. Prints one line per test
 * and exits non-zero when anything failed. Fails loudly (never skips) without Chromium or a build.
 *
 *   node --import tsx tests/browser/run.ts [--grep <text>] [--headed] [file.browser.ts …]
 */
import type { BrowserContext, Page } from 'playwright-core';
import { extensionId as readExtensionId, launchWithExtension } from './chromium';
import type { BrowserTest, TestContext } from './harness';
import { startNetworkAudit, type NetworkAudit } from './network-audit';
import { exitWith, loadTestFiles, parseRunnerArgs, print, summarise, withTimeout, type Result } from './runner';
import { startFixtureServer, type FixtureServer } from './server';
import { serviceWorker } from './service-worker';

const HERE = import.meta.dirname;

async function runOne(
  name: string,
  body: (t: TestContext) => Promise<void>,
  env: { context: BrowserContext; server: FixtureServer; audit: NetworkAudit; extensionId: string },
  timeoutMs: number,
): Promise<Result> {
  const pages: Page[] = [];
  const notes: string[] = [];
  const t: TestContext = {
    context: env.context,
    origin: env.server.origin,
    extensionId: env.extensionId,
    async newPage(path) {
      const page = await env.context.newPage();
      pages.push(page);
      await env.audit.watch(page);
      if (path !== undefined) await page.goto(new URL(path, env.server.origin).href);
      return page;
    },
    note: (message) => notes.push(message),
  };
  const started = performance.now();
  try {
    await withTimeout(body(t), timeoutMs, name);
    return { name, ok: true, ms: performance.now() - started, notes };
  } catch (error) {
    return { name, ok: false, ms: performance.now() - started, error, notes };
  } finally {
    await Promise.all(pages.map((p) => p.close().catch(() => undefined)));
  }
}

/** Before the tests: prove the audit sees requests from the service worker and a content script's world. */
async function auditSelfCheck(t: TestContext, audit: NetworkAudit): Promise<void> {
  await serviceWorker(t).evaluate((url) => fetch(url).then((r) => r.status), `${t.origin}/__audit_canary/service-worker`);

  const page = await t.newPage();
  const session = await t.context.newCDPSession(page);
  const isolated: number[] = [];
  session.on('Runtime.executionContextCreated', (e: { context: { id: number; origin: string; auxData?: { type?: string } } }) => {
    if (e.context.auxData?.type === 'isolated' && e.context.origin.includes(t.extensionId)) isolated.push(e.context.id);
  });
  await session.send('Runtime.enable');
  await page.goto(`${t.origin}/pages/textarea.html`);
  const deadline = Date.now() + 5000;
  while (isolated.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  const contextId = isolated[0];
  if (contextId === undefined) throw new Error('No content-script world appeared in the page: is the content script injected?');
  await session.send('Runtime.evaluate', {
    contextId,
    awaitPromise: true,
    expression: `fetch(${JSON.stringify(`${t.origin}/__audit_canary/content-script`)}).then(r => r.status)\n//# sourceURL=chrome-extension://${t.extensionId}/audit-canary.js`,
  });
  await session.detach();
  await new Promise((r) => setTimeout(r, 200));
  const seen = audit.canaries.map((c) => c.source);
  for (const source of ['service-worker', 'content-script'] as const) {
    if (!seen.includes(source)) throw new Error(`The network audit missed a ${source} canary request (saw: ${seen.join(', ') || 'none'})`);
  }
  t.note(`canaries seen from: ${seen.join(', ')}`);
}

async function main(): Promise<number> {
  const args = parseRunnerArgs(process.argv.slice(2));
  const files = await loadTestFiles<BrowserTest>(HERE, '.browser.ts', args.files);
  const server = await startFixtureServer();
  let context: BrowserContext | undefined;
  const results: Result[] = [];
  try {
    context = await launchWithExtension({ headless: !args.headed });
    const extensionId = await readExtensionId(context);
    const audit = await startNetworkAudit(context);
    const env = { context, server, audit, extensionId };
    console.log(`Rapport browser tests — extension ${extensionId}, fixtures at ${server.origin}`);

    const selfCheck = await runOne('network audit: sees extension requests (self-check)', (t) => auditSelfCheck(t, audit), env, 20000);
    print(selfCheck);
    results.push(selfCheck);

    for (const { file, tests } of files) {
      const selected = tests.filter((test) => !args.grep || `${file} ${test.name}`.includes(args.grep));
      if (selected.length === 0) continue;
      console.log(`\n${file}`);
      for (const test of selected) {
        const result = await runOne(test.name, (t) => test.run(t), env, test.timeoutMs ?? 30000);
        print(result);
        results.push(result);
      }
    }

    console.log('');
    const audited = await runOne(
      'network audit: zero requests from extension contexts',
      async (t) => {
        if (audit.violations.length) {
          throw new Error(
            `${audit.violations.length} request(s):\n${audit.violations.map((v) => `${v.source}: ${v.url} (${v.detail})`).join('\n')}`,
          );
        }
        t.note(`watched ${results.length} test(s); ${server.requested.length} fixture requests served`);
      },
      env,
      5000,
    );
    print(audited);
    results.push(audited);
    await audit.stop();
  } finally {
    await context?.close().catch(() => undefined);
    await server.close();
  }
  return summarise(results);
}

exitWith(main, 'Browser tests');
