/**
 * `npm run demo`: serve the bundled demo help desk on 127.0.0.1 and open it in Chromium with the
 * built Rapport extension loaded.
 *
 *   npm run demo                          headed when a display is available; stays open until Ctrl+C
 *   npm run demo -- --headless            drive it: type a draft, screenshot, apply a fix, print findings
 *   npm run demo -- --headless --update-screenshot   also refresh docs/screenshots/ (sidebar, popover, badge)
 *   npm run demo -- --port 5000           preferred port (default 4517; the next free one is used)
 *
 * Without a display it always drives itself headless.
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContext, Page } from 'playwright-core';
import { check } from '../lib/coaching';
import { chromiumPath, launchWithExtension } from '../tests/browser/chromium';
import { DEMO_DRAFT } from './demo/draft';
import { applyOne, COMPOSER, DemoError, describeChange, SIDEBAR, switchToInternalNote, typeDraft, waitForCards } from './demo/drive';
import { DEFAULT_PORT, startDemoServer, type DemoServer } from './demo/server';
import { findingsTable } from './demo/table';

const ROOT = resolve(import.meta.dirname, '..');
const OUTPUT = join(ROOT, 'demo-output');
const README_SCREENSHOT = join(ROOT, 'docs/screenshots/sidebar.png');
const README_POPOVER = join(ROOT, 'docs/screenshots/popover.png');
const README_BADGE = join(ROOT, 'docs/screenshots/badge.png');

const USAGE = `Usage: npm run demo [-- --headless] [--update-screenshot] [--port N]`;

function parseOptions() {
  const { values } = parseArgs({
    options: {
      headless: { type: 'boolean', default: false },
      'update-screenshot': { type: 'boolean', default: false },
      port: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new DemoError(`--port must be 1–65535, got "${values.port}".`);
  const hasDisplay = !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  return { headless: values.headless || !hasDisplay, hasDisplay, updateScreenshot: values['update-screenshot'], port };
}

/** Requests that leave 127.0.0.1 (there should be none: the desk is local and Rapport is on-device). */
function watchNetwork(context: BrowserContext): string[] {
  const outside: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:' || url.protocol === 'wss:') && url.hostname !== '127.0.0.1') {
      outside.push(request.url());
    }
  });
  return outside;
}

async function shot(page: Page, name: string): Promise<string> {
  const path = join(OUTPUT, name);
  await page.screenshot({ path });
  return relative(process.cwd(), path);
}

/** Point at the first underlined words, as the agent would, until the card at the words opens. */
async function showPopover(page: Page): Promise<void> {
  const centre = await page.evaluate(() => {
    const span = document.querySelector('[data-rapport="textarea-underlines"]')?.shadowRoot?.querySelector('.f');
    const r = span?.getBoundingClientRect();
    return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
  });
  if (!centre) throw new DemoError('No underlined words to point at in the reply box');
  await page.mouse.move(centre.x, centre.y);
  await page.locator('[data-rapport="popover"] [data-rapport-popover]').waitFor({ state: 'visible', timeout: 5000 });
}

const BADGE = `${SIDEBAR} [data-rapport-action="expand"]`;

/** Collapse the panel, as the agent would, to the badge in the reply box's corner (keyboard back in the reply). */
async function showBadge(page: Page): Promise<void> {
  await page.locator(`${SIDEBAR} [data-rapport-action="collapse"]`).click();
  await page.locator(BADGE).waitFor({ state: 'visible', timeout: 5000 });
  // Back in the reply with the caret after the sign-off, clear of every underline (no card open).
  await page.locator(COMPOSER).focus();
  await page.keyboard.press('Control+End');
  await page.locator('[data-rapport="popover"] [data-rapport-popover]').waitFor({ state: 'hidden', timeout: 5000 });
}

async function drive(page: Page, updateScreenshot: boolean): Promise<void> {
  const saved: string[] = [];
  saved.push(await shot(page, '1-ticket.png'));

  console.log('Typing a draft reply with a few habits worth coaching…');
  await typeDraft(page, DEMO_DRAFT);
  const cards = await waitForCards(page);
  await page.locator(COMPOSER).focus();
  saved.push(await shot(page, '2-suggestions.png'));
  if (updateScreenshot) {
    mkdirSync(resolve(README_SCREENSHOT, '..'), { recursive: true });
    copyFileSync(join(OUTPUT, '2-suggestions.png'), README_SCREENSHOT);
    saved.push(relative(process.cwd(), README_SCREENSHOT));
  }
  await showPopover(page);
  saved.push(await shot(page, '2b-popover.png'));
  if (updateScreenshot) {
    copyFileSync(join(OUTPUT, '2b-popover.png'), README_POPOVER);
    saved.push(relative(process.cwd(), README_POPOVER));
  }
  await page.mouse.move(5, 5);
  await showBadge(page);
  saved.push(await shot(page, '2c-badge.png'));
  if (updateScreenshot) {
    copyFileSync(join(OUTPUT, '2c-badge.png'), README_BADGE);
    saved.push(relative(process.cwd(), README_BADGE));
  }
  await page.locator(BADGE).click();
  await page.locator(`${SIDEBAR} [data-rapport-action="collapse"]`).waitFor({ state: 'visible', timeout: 5000 });

  // The engine the sidebar runs, on the same text and context, for a complete table.
  const customerMessage = (await page.locator('[data-rapport-role="customer-message"]').innerText()).trim();
  const kind = (await page.locator('#composer').getAttribute('data-rapport-kind')) === 'internal-note' ? 'internal-note' : 'reply';
  const findings = check(DEMO_DRAFT, { context: kind, customerMessage });
  console.log(`\nRapport found ${findings.length} thing(s) to coach in this ${kind}; the sidebar shows ${cards.length} card(s):\n`);
  console.log(findingsTable(DEMO_DRAFT, findings));

  const shown = new Set(cards.map((c) => c.ruleId));
  const notShown = [...new Set(findings.map((f) => f.ruleId))].filter((id) => !shown.has(id));
  if (notShown.length) console.log(`\nNot shown as cards in the sidebar: ${notShown.join(', ')}`);

  const fixable = findings.filter((f) => f.replacements.length).map((f) => f.ruleId);
  const change = await applyOne(page, [...new Set(['help-wording', ...fixable])]);
  const { removed, added } = describeChange(change.before, change.after);
  console.log(`\nApplied the ${change.ruleId} suggestion: "${removed}" → "${added}"`);
  saved.push(await shot(page, '3-applied.png'));

  const noteCards = await switchToInternalNote(page);
  const quieted = cards.filter((c) => !noteCards.some((n) => n.ruleId === c.ruleId)).length;
  console.log(
    `Switched the composer to Internal note: the sidebar shows ${noteCards.length} card(s)` +
      (quieted ? ` (customer-facing suggestions stay quiet in notes).` : '.'),
  );
  saved.push(await shot(page, '4-internal-note.png'));

  console.log(`\nScreenshots:\n${saved.map((s) => `  ${s}`).join('\n')}`);
}

async function main(): Promise<void> {
  const options = parseOptions();
  chromiumPath(); // fail early and clearly when Chromium is missing
  mkdirSync(OUTPUT, { recursive: true });
  for (const old of ['1-ticket.png', '2-suggestions.png', '2b-popover.png', '2c-badge.png', '3-applied.png', '4-internal-note.png', 'failure.png']) rmSync(join(OUTPUT, old), { force: true });

  const server: DemoServer = await startDemoServer(options.port);
  let context: BrowserContext | undefined;
  const cleanup = async () => {
    await context?.close().catch(() => {});
    await server.close();
  };
  try {
    console.log(`Demo help desk: ${server.url}`);
    if (!options.hasDisplay && !process.argv.includes('--headless')) console.log('No display found: running the demo headless.');
    context = await launchWithExtension({ headless: options.headless });
    const outside = watchNetwork(context);
    const page = context.pages()[0] ?? (await context.newPage());
    // Room for the desk's own details panel and Rapport's sidebar side by side, as on an agent's screen.
    if (options.headless) await page.setViewportSize({ width: 1600, height: 1000 });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(server.url);

    if (!options.headless) {
      await page.locator(COMPOSER).focus();
      console.log('Chromium is open with Rapport loaded. Type a reply in the ticket, for example:');
      console.log('  "As I already told you, simply restart it. If it breaks again, open another ticket."');
      console.log('Switch to Internal note to see customer-facing suggestions go quiet. Press Ctrl+C here to quit.');
      await new Promise<void>((done) => {
        process.once('SIGINT', () => done());
        process.once('SIGTERM', () => done());
        context!.once('close', () => done());
      });
      return;
    }

    try {
      await drive(page, options.updateScreenshot);
    } catch (error) {
      if (error instanceof DemoError) await shot(page, 'failure.png').then((p) => console.error(`(screenshot of the failure: ${p})`));
      if (pageErrors.length) console.error(`Errors on the page:\n${pageErrors.map((e) => `  ${e}`).join('\n')}`);
      throw error;
    }
    console.log(
      outside.length
        ? `\nWARNING: ${outside.length} request(s) left 127.0.0.1:\n${outside.map((u) => `  ${u}`).join('\n')}`
        : '\nNetwork: no request left 127.0.0.1.',
    );
  } finally {
    await cleanup();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`\nDemo failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
