/**
 * Accessibility (issue 14, item 6): axe-core (dev dependency) on the sidebar's shadow root — panel,
 * cards, badge and the popover at the words — and on all four extension pages: no serious or
 * critical violation. axe is evaluated into the page's main world through the debugging protocol,
 * which extension pages' script policy does not block.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { BrowserTest } from './harness';
import { SIDEBAR, waitForCards } from './helpers';
import { unlocalised } from './messages-check';
import { serviceWorker } from './service-worker';

declare const chrome: { storage: { local: { set(items: object): Promise<void> } } };

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PAGES = ['popup.html', 'options.html', 'dashboard.html', 'practice.html'];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Serious and critical violations inside `include` (CSS selectors; shadow hosts are pierced). Fails
 * when axe found no button to check there: a scan that saw nothing proves nothing.
 */
async function axeViolations(page: Page, include?: string[]): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const { violations, buttonsChecked } = await page.evaluate(async (include) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Violation[]; passes: Violation[] }> } }).axe;
    const context = include ? { include: include.map((s) => [s]) } : document;
    // label-content-name-mismatch is off by default in axe (experimental); the issue found it failing.
    const result = await axe.run(context, { resultTypes: ['violations'], rules: { 'label-content-name-mismatch': { enabled: true } } });
    return {
      violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) })),
      buttonsChecked: [...result.passes, ...result.violations].filter((r) => r.id === 'button-name').reduce((n, r) => n + r.nodes.length, 0),
    };
  }, include);
  assert.ok(buttonsChecked > 0, `axe checked no button in ${include?.join(', ') ?? page.url()}`);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

function describe(violations: Violation[]): string {
  return violations.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`).join('\n');
}

export const tests: BrowserTest[] = [
  {
    name: 'axe-core: the sidebar (panel, cards, badge) and the popover have no serious or critical violations',
    async run(t) {
      const page = await t.newPage('/pages/textarea.html');
      await page.locator('#reply').click();
      await page.keyboard.type('You must have deleted the file. Just restart it, I am happy to help. Obviously it works.', { delay: 2 });
      await waitForCards(page, ['help-wording', 'blame']);
      const panel = await axeViolations(page, [SIDEBAR]);
      assert.equal(panel.length, 0, `panel:\n${describe(panel)}`);

      // The popover at the words, opened by the caret in them.
      const at = (await page.locator('#reply').inputValue()).indexOf('help');
      await page.locator('#reply').evaluate((el: HTMLTextAreaElement, at) => el.setSelectionRange(at, at), at + 1);
      await page.keyboard.press('ArrowRight');
      await page.locator('[data-rapport="popover"] [data-rapport-popover]').waitFor();
      const popover = await axeViolations(page, ['[data-rapport="popover"]']);
      assert.equal(popover.length, 0, `popover:\n${describe(popover)}`);

      // Collapsing is remembered for the site: open it again however this ends (as the Expand
      // button would), or the tests after this one would find the sidebar as a badge.
      try {
        await page.locator(`${SIDEBAR} [data-rapport-action="collapse"]`).click();
        await page.locator(`${SIDEBAR} [data-rapport-action="expand"]`).waitFor();
        const badge = await axeViolations(page, [SIDEBAR]);
        assert.equal(badge.length, 0, `badge:\n${describe(badge)}`);
      } finally {
        await serviceWorker(t).evaluate((key) => chrome.storage.local.set({ [key]: { collapsed: false } }), 'rapport.sidebar.127.0.0.1');
      }
      t.note('panel, popover and badge checked');
    },
  },
  {
    name: 'axe-core: the popup, options, dashboard and practice pages have no serious or critical violations (and no unfilled UI string)',
    async run(t) {
      const found: string[] = [];
      for (const path of PAGES) {
        const page = await t.newPage();
        await page.goto(`chrome-extension://${t.extensionId}/${path}`);
        await page.waitForLoadState('load');
        await page.locator('main, body > *').first().waitFor();
        await page.waitForTimeout(500);
        const violations = await axeViolations(page);
        if (violations.length) found.push(`${path}:\n${describe(violations)}`);
        const missing = unlocalised(await page.locator('body').innerText());
        if (missing.length) found.push(`${path}: UI strings not filled in: ${missing.join(', ')}`);
        await page.close();
      }
      assert.equal(found.length, 0, found.join('\n'));
      t.note(`checked ${PAGES.join(', ')}`);
    },
  },
];
