/**
 * Shortcuts that work (issue 14): after install Chromium has assigned every command a key (it
 * silently leaves a suggested key unset when the browser uses it itself); the options page and the
 * popup show the keys the browser has now and open its shortcuts page; the focus shortcut moves the
 * keyboard into the sidebar and back; the sidebar's buttons name their keys in their tooltips.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { COMMAND_KEYS } from '../../lib/command-keys';
import { COMMAND_NAMES } from '../../lib/commands';
import type { BrowserTest } from './harness';
import { eventually, SIDEBAR, waitForCards } from './helpers';
import { sendCommand } from './service-worker';

/** Extension APIs inside extension pages and the service worker (evaluate callbacks run there). */
declare const chrome: {
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
};

/** Where the keyboard is: the reply box, or which element inside the sidebar's shadow root. */
async function focusPlace(page: Page): Promise<string> {
  return page.evaluate((selector) => {
    const active = document.activeElement;
    if (active?.matches(selector)) {
      const inner = active.shadowRoot?.activeElement;
      const cardEl = inner?.closest('[data-rapport-finding]');
      return `sidebar:${inner?.getAttribute('data-rapport-action') ?? inner?.tagName.toLowerCase() ?? 'none'}${cardEl ? `@${cardEl.getAttribute('data-rapport-finding')}` : ''}`;
    }
    return active?.id ? `#${active.id}` : (active?.tagName.toLowerCase() ?? 'none');
  }, SIDEBAR);
}

/**
 * The commands as the browser lists them, ours only: Chromium adds `_execute_action` (open the
 * toolbar popup) to every extension with an action; it has no key, since Chromium honours four
 * suggested keys and all four are Rapport's commands.
 */
async function assignedShortcuts(page: Page): Promise<Record<string, string>> {
  const all = await page.evaluate(() => chrome.commands.getAll());
  return Object.fromEntries(all.filter((c) => c.name !== '_execute_action').map((c) => [c.name ?? '', c.shortcut ?? '']));
}

async function shownShortcuts(page: Page): Promise<Record<string, string>> {
  return page.locator('[data-shortcuts] kbd[data-shortcut]').evaluateAll((els) => Object.fromEntries(els.map((el) => [el.getAttribute('data-shortcut'), el.textContent ?? ''])));
}

export const tests: BrowserTest[] = [
  {
    name: 'shortcuts: every command has a key after install (commands.getAll() from an extension page)',
    async run(t) {
      const page = await t.newPage();
      await page.goto(`chrome-extension://${t.extensionId}/options.html`);
      const byName = await assignedShortcuts(page);
      t.note(`assigned: ${JSON.stringify(byName)}`);
      assert.deepEqual(Object.keys(byName).sort(), [...COMMAND_NAMES].sort(), 'exactly our commands are registered');
      for (const name of COMMAND_NAMES) {
        assert.ok(byName[name], `${name} has a shortcut (Chromium leaves a suggested key it uses itself "Not set")`);
        assert.equal(byName[name], COMMAND_KEYS[name].key, `${name} got the key the manifest suggests`);
      }
    },
  },
  {
    name: 'shortcuts: the options page and the popup show the keys the browser has; "Change shortcuts" opens chrome://extensions/shortcuts',
    async run(t) {
      for (const path of ['options.html', 'popup.html']) {
        const page = await t.newPage();
        await page.goto(`chrome-extension://${t.extensionId}/${path}`);
        const fromBrowser = await assignedShortcuts(page);
        const shown = await eventually(() => shownShortcuts(page), (s) => Object.keys(s).length === COMMAND_NAMES.length, `${path} lists a key for every command`);
        assert.deepEqual(shown, fromBrowser, `${path} shows what commands.getAll() says`);
      }
      const options = await t.newPage();
      await options.goto(`chrome-extension://${t.extensionId}/options.html`);
      const opened = t.context.waitForEvent('page', { timeout: 5000 });
      await options.locator('[data-section="shortcuts"] [data-action="open-shortcuts"]').click();
      const tab = await opened;
      try {
        await eventually(async () => tab.url(), (url) => url.startsWith('chrome://extensions/shortcuts'), 'the browser’s shortcuts page opens in a tab');
      } finally {
        await tab.close();
      }
    },
  },
  {
    name: 'shortcuts: the focus shortcut moves the keyboard into the sidebar (expanding it) and back to the reply; tooltips name the keys',
    async run(t) {
      const page = await t.newPage('/pages/textarea.html');
      const textarea = page.locator('#reply');
      await textarea.click();
      await page.keyboard.type('Just restart it. I am happy to help.', { delay: 5 });
      await waitForCards(page, ['help-wording']);

      const keys = COMMAND_KEYS;
      const collapse = page.locator(`${SIDEBAR} [data-rapport-action="collapse"]`);
      await eventually(() => collapse.getAttribute('title'), (v) => v === `Collapse Rapport to a badge (${keys['toggle-sidebar'].key})`, 'the collapse button names its shortcut');
      const apply = page.locator(`${SIDEBAR} [data-rapport-finding="help-wording"] [data-rapport-action="apply"]`);
      assert.equal(await apply.getAttribute('title'), `Apply this fix (${keys['apply-finding'].key})`);
      assert.equal(await page.locator(`${SIDEBAR} aside`).getAttribute('aria-keyshortcuts'), keys['focus-sidebar'].key);

      await sendCommand(t, page, 'focus-sidebar');
      const inside = await eventually(() => focusPlace(page), (p) => p.startsWith('sidebar:'), 'the focus shortcut moves the keyboard into the sidebar');
      t.note(`first press: ${inside}`);
      assert.match(inside, /^sidebar:(apply|ignore|ignore-rule)@/, 'it lands on a card’s first button');
      await sendCommand(t, page, 'focus-sidebar');
      await eventually(() => focusPlace(page), (p) => p === '#reply', 'pressed again, it puts the keyboard back in the reply box');

      // From a collapsed sidebar: the badge opens and the keyboard goes in.
      await collapse.click();
      const badge = page.locator(`${SIDEBAR} [data-rapport-action="expand"]`);
      await badge.waitFor();
      assert.equal(await badge.getAttribute('title'), `Open Rapport (${keys['toggle-sidebar'].key})`);
      await textarea.focus();
      await sendCommand(t, page, 'focus-sidebar');
      await eventually(() => focusPlace(page), (p) => p.startsWith('sidebar:') && p.includes('@'), 'from collapsed, the panel opens with the keyboard on a card');
      await page.keyboard.press('Escape');
      await eventually(() => focusPlace(page), (p) => p === '#reply', 'Escape also goes back to the reply box');
    },
  },
];
