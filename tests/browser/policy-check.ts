/**
 * Admin policy end to end, with Chromium's real policy machinery: writes a managed policy file for
 * this build's extension id, launches Chromium, and checks that storage.managed (validated by
 * public/managed_schema.json) reaches the extension and is enforced — forced pack present and not
 * removable, locked category and site switch disabled with "Set by your organisation", dashboard
 * exports disabled, an invalid pack ignored with its reason shown (options page and popup) while the
 * rest still applies, the forced packs' rules (one with hyphenated phrases) firing on a fixture page,
 * and the popup's tab-status answer. Removes the policy file afterwards.
 *
 *   npm run build && npm run test:policy      (needs write access to /etc/chromium/policies/managed: root)
 *
 * Separate from `npm run test:browser` because it changes the machine's Chromium policy directory
 * and needs its own browser start. Fails loudly (never skips) when it cannot write the policy.
 */
import assert from 'node:assert/strict';
import { accessSync, constants, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { extensionId, launchWithExtension } from './chromium';
import { eventually, shownRuleIds, waitForCards } from './helpers';
import { startFixtureServer } from './server';

const POLICY_DIR = process.env.CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed';
const PACK = readFileSync(resolve(import.meta.dirname, '../../examples/packs/acme-it.yaml'), 'utf8');
/** "e-mail" and "follow-up": a hyphen in a phrase once crashed pack loading and left the whole policy unenforced. */
const HYPHENATED_PACK = readFileSync(resolve(import.meta.dirname, '../fixtures/packs/good/hyphenated.yaml'), 'utf8');

declare const chrome: {
  storage: { managed: { get(): Promise<Record<string, unknown>> } };
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]>; sendMessage(id: number, m: unknown, o: object): Promise<unknown> };
};

async function main(): Promise<void> {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
  } catch (error) {
    throw new Error(`Cannot write Chromium's policy directory ${POLICY_DIR} (run as root, or set CHROMIUM_POLICY_DIR): ${String(error)}`);
  }
  const server = await startFixtureServer();
  let context: BrowserContext | undefined;
  let policyFile: string | undefined;
  try {
    // An unpacked extension's id depends on its path: learn it with a first launch.
    context = await launchWithExtension();
    const id = await extensionId(context);
    await context.close();
    policyFile = resolve(POLICY_DIR, `rapport-policy-check-${id}.json`);
    writeFileSync(
      policyFile,
      JSON.stringify({
        '3rdparty': {
          extensions: {
            [id]: {
              lockedCategories: ['blame', 'terminology'],
              disableSiteSwitch: true,
              disableExport: true,
              forcedPacks: [
                { file: 'acme-it.yaml', text: PACK },
                { file: 'hyphenated.yaml', text: HYPHENATED_PACK },
                { file: 'broken.yaml', text: 'name: broken' },
              ],
            },
          },
        },
      }),
    );

    context = await launchWithExtension();
    await extensionId(context);
    // Read through whichever service worker is current: Chromium may restart the extension's worker
    // while policy loads, and a call into the old one fails ("Resulting promise was garbage collected").
    const readManaged = async (): Promise<Record<string, unknown>> => {
      const worker = context!.serviceWorkers()[0] ?? (await context!.waitForEvent('serviceworker'));
      try {
        return await worker.evaluate(() => chrome.storage.managed.get());
      } catch (e) {
        if (/garbage collected|closed|destroyed/i.test(String(e))) return {};
        throw e;
      }
    };
    const managed = await eventually(readManaged, (m) => 'forcedPacks' in m, 'storage.managed should hold the policy');
    assert.equal(managed.disableExport, true);

    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    await options.locator('[data-pack="acme-it"][data-forced="true"]').waitFor({ timeout: 10000 });
    assert.equal(await options.locator('[data-managed="true"]').count(), 1, 'the "managed by your organisation" banner');
    assert.equal(await options.locator('[data-pack="acme-it"] [data-action="remove-pack"]').count(), 0, 'a forced pack cannot be removed');
    assert.ok(await options.locator('[data-pack-toggle="acme-it"]').isDisabled(), 'a forced pack cannot be switched off');
    assert.ok(await options.locator('[data-category-toggle="blame"]').isDisabled(), 'a locked category cannot be switched off');
    assert.match(await options.locator('[data-category-row="blame"]').innerText(), /Set by your organisation/);
    assert.ok(!(await options.locator('[data-category-toggle="venting"]').isDisabled()), 'other categories stay free');
    assert.ok(await options.locator('[data-action="site-input"]').isDisabled(), 'no per-site off switch');
    assert.match((await options.locator('[data-policy-problems]').textContent()) ?? '', /broken\.yaml:1:1: version/);
    assert.equal(await options.locator('[data-pack="hyphen-words"][data-forced="true"]').count(), 1, 'a pack with hyphenated phrases is forced too');

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html`);
    assert.match(await popup.locator('[data-popup="policy-problems"]').innerText({ timeout: 5000 }), /1 value Rapport could not apply/, 'the popup reports the broken pack');

    const dashboard = await context.newPage();
    await dashboard.goto(`chrome-extension://${id}/dashboard.html`);
    await eventually(() => dashboard.locator('[data-action="export-json"]').isDisabled(), (v) => v, 'dashboard JSON export disabled');
    assert.ok(await dashboard.locator('[data-action="export-csv"]').isDisabled(), 'dashboard CSV export disabled');

    const desk = await context.newPage();
    await desk.goto(`${server.origin}/pages/textarea.html`);
    await desk.locator('#reply').click();
    await desk.keyboard.type('Happy to help. I opened a ticket. You must have deleted the file. I sent you an e-mail.', { delay: 3 });
    await waitForCards(desk, ['acme/request-not-ticket', 'blame', 'help-wording', 'hyphen/email']);

    // As the popup asks (it finds the tab with activeTab; here the desk is simply the active tab).
    await desk.bringToFront();
    const status = (await options.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return chrome.tabs.sendMessage(tab!.id!, { type: 'rapport:tab-status' }, { frameId: 0 });
    })) as { host: string; siteEnabled: boolean; attached: boolean; kind: string; counts: { total: number } };
    assert.equal(status.host, '127.0.0.1');
    assert.equal(status.siteEnabled, true);
    assert.equal(status.attached, true);
    assert.equal(status.kind, 'reply');
    assert.equal(status.counts.total, (await shownRuleIds(desk)).length, 'the popup sees the same number of suggestions as the sidebar');
    console.log(`✓ admin policy enforced (extension ${id}): forced packs (one hyphenated), locked category, no site switch, no exports; invalid pack ignored with its reason`);
  } finally {
    if (policyFile) rmSync(policyFile, { force: true });
    await context?.close().catch(() => undefined);
    await server.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`✗ admin policy check failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
