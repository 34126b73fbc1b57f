/**
 * "Feels native" (issue 4): textarea underlines in a mirror overlay that lines up with the real
 * text and follows scroll, resize and edits; hover and the caret make a finding's card current;
 * the sidebar remembers its collapsed state per site in extension storage; keyboard shortcuts
 * (commands API) reach the tab from the background and move to / apply findings.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { COMMAND_KEYS } from '../../lib/command-keys';
import { EXTENSION_DIR } from './chromium';
import type { BrowserTest } from './harness';
import { card, eventually, panel, SIDEBAR, waitForCards } from './helpers';
import { sendCommand, serviceWorker } from './service-worker';

const OVERLAY = '[data-rapport="textarea-underlines"]';

/** The extension APIs used inside the service worker (evaluate callbacks run there, not in Node). */
declare const chrome: {
  tabs: {
    query(q: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; remove(key: string): Promise<void> } };
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
  runtime: { getManifest(): unknown };
};

/** The mirror span drawn for the flagged words `text`: its box in the page. */
async function underlineBox(page: Page, text: string): Promise<{ x: number; y: number; width: number; height: number; className: string } | null> {
  return page.evaluate(
    ({ selector, text }) => {
      const host = document.querySelector(selector);
      const span = Array.from(host?.shadowRoot?.querySelectorAll<HTMLElement>('span.f') ?? []).find((s) => s.textContent === text);
      if (!span) return null;
      const r = span.getClientRects()[0];
      return r ? { x: r.x, y: r.y, width: r.width, height: r.height, className: span.className } : null;
    },
    { selector: OVERLAY, text },
  );
}

/**
 * The browser's own answer to "which character of the textarea is at this point"
 * (caretPositionFromPoint reports text controls with an offset into their value): an independent
 * check that the mirror draws the underline over the real words.
 */
async function textareaOffsetAt(page: Page, x: number, y: number): Promise<number | null> {
  return page.evaluate(
    ({ x, y }) => {
      const pos = (document as Document & { caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null }).caretPositionFromPoint?.(x, y);
      return pos && (pos.offsetNode as Element).tagName === 'TEXTAREA' ? pos.offset : null;
    },
    { x, y },
  );
}

async function assertUnderlineOverWords(page: Page, words: string, note: string): Promise<void> {
  const box = await eventually(() => underlineBox(page, words), (b) => b !== null, `an underline is drawn for "${words}" (${note})`);
  const value = await page.locator('#reply').inputValue();
  const start = value.indexOf(words);
  const offset = await textareaOffsetAt(page, box!.x + box!.width / 2, box!.y + box!.height / 2);
  assert.ok(
    offset !== null && offset >= start && offset <= start + words.length,
    `the underline for "${words}" sits over those words in the textarea (${note}): caret offset ${offset}, words at ${start}–${start + words.length}`,
  );
}

function currentCard(page: Page) {
  return page.locator(`${SIDEBAR} [data-rapport-finding][aria-current="true"]`);
}

export const tests: BrowserTest[] = [
  {
    name: 'textarea underlines: a mirror over the words; follows edits, its own scrolling, page scrolling and resizing; textarea untouched',
    async run(t) {
      const page = await t.newPage('/pages/textarea.html');
      const textarea = page.locator('#reply');
      const before = await textarea.evaluate((el) => ({ attrs: el.getAttributeNames().map((n) => `${n}=${el.getAttribute(n)}`), style: el.getAttribute('style') }));
      await textarea.click();
      await page.keyboard.type('Hi Sam, I am happy to help.', { delay: 5 });
      await waitForCards(page, ['help-wording']);
      await assertUnderlineOverWords(page, 'help', 'after typing');
      const box = await underlineBox(page, 'help');
      assert.match(box!.className, /sev-suggestion/, 'the underline has the finding’s severity');
      assert.equal(await page.locator(OVERLAY).evaluate((h) => getComputedStyle(h).pointerEvents), 'none', 'the overlay lets every click through');

      // Edits before the words move the underline with them.
      await textarea.press('Control+Home');
      await page.keyboard.type('Hello again. ', { delay: 5 });
      await assertUnderlineOverWords(page, 'help', 'after an edit before the words');

      // Long text: the textarea scrolls itself; the underline scrolls with it.
      await textarea.press('Control+End');
      await page.keyboard.press('Enter');
      await textarea.evaluate((el: HTMLTextAreaElement) => {
        el.setRangeText('\nline'.repeat(30), el.value.length, el.value.length, 'end');
        el.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await page.keyboard.type('\nGlad to help.', { delay: 5 });
      await eventually(() => underlineBox(page, 'help').then((b) => b !== null), Boolean, 'underlines redrawn after the long edit');
      const scrolled = await textarea.evaluate((el) => el.scrollTop);
      assert.ok(scrolled > 0, 'the textarea scrolled to the end');
      const lastHelp = await page.evaluate((selector) => {
        const spans = Array.from(document.querySelector(selector)?.shadowRoot?.querySelectorAll<HTMLElement>('span.f') ?? []);
        const r = spans[spans.length - 1]?.getClientRects()[0];
        return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
      }, OVERLAY);
      assert.ok(lastHelp, 'the last underline is drawn');
      const offsetAtLast = await textareaOffsetAt(page, lastHelp.x, lastHelp.y);
      const value = await textarea.inputValue();
      const lastStart = value.lastIndexOf('help');
      assert.ok(offsetAtLast !== null && Math.abs(offsetAtLast - lastStart) <= 4, `the underline follows the textarea's own scrolling (offset ${offsetAtLast}, words at ${lastStart})`);

      // Resizing the textarea re-wraps the text: the mirror follows (ResizeObserver).
      await textarea.evaluate((el) => {
        el.scrollTop = 0;
        el.style.width = '260px';
        el.style.height = '120px';
      });
      await page.waitForTimeout(100);
      await assertUnderlineOverWords(page, 'help', 'after resizing the textarea');
      const mirror = await page.evaluate((selector) => {
        const m = document.querySelector(selector)?.shadowRoot?.querySelector<HTMLElement>('.mirror');
        const r = m?.getBoundingClientRect();
        const tr = document.querySelector('#reply')!.getBoundingClientRect();
        return r ? { dx: Math.abs(r.x - tr.x), dy: Math.abs(r.y - tr.y), dw: Math.abs(r.width - tr.width), dh: Math.abs(r.height - tr.height) } : null;
      }, OVERLAY);
      assert.ok(mirror && mirror.dx < 1 && mirror.dy < 1 && mirror.dw < 1 && mirror.dh < 1, `the mirror covers the textarea exactly (${JSON.stringify(mirror)})`);

      // The page scrolls: the overlay moves with the textarea.
      await page.evaluate(() => {
        document.body.style.minHeight = '3000px';
        window.scrollTo(0, 80);
      });
      await page.waitForTimeout(100);
      await assertUnderlineOverWords(page, 'help', 'after the page scrolled');

      const after = await textarea.evaluate((el) => ({ attrs: el.getAttributeNames().map((n) => `${n}=${el.getAttribute(n)}`), style: el.getAttribute('style') }));
      assert.deepEqual(after.attrs.filter((a) => !a.startsWith('style=')), before.attrs.filter((a) => !a.startsWith('style=')), 'no attribute of the textarea was changed');
      assert.equal(after.style, 'width: 260px; height: 120px;', 'the textarea’s style is only what the test set');
    },
  },
  {
    name: 'hover and caret: pointing at underlined words (textarea and contenteditable) or moving the caret into them marks the card current',
    async run(t) {
      const page = await t.newPage('/pages/textarea.html');
      await page.locator('#reply').click();
      await page.keyboard.type('You must have deleted the file. I am happy to help.', { delay: 5 });
      await waitForCards(page, ['help-wording', 'blame']);
      const help = await eventually(() => underlineBox(page, 'help'), (b) => b !== null, 'underline for help');
      await page.mouse.move(help!.x + help!.width / 2, help!.y + help!.height / 2);
      await eventually(() => currentCard(page).getAttribute('data-rapport-finding').catch(() => null), (id) => id === 'help-wording', 'hovering the underlined "help" marks its card current');
      await page.mouse.move(5, 5);
      await eventually(() => currentCard(page).count(), (n) => n === 0, 'moving away lets go of the card');
      // Keyboard: Home, then arrows into "You must have deleted".
      await page.keyboard.press('Control+Home');
      await page.keyboard.press('ArrowRight');
      await eventually(() => currentCard(page).getAttribute('data-rapport-finding').catch(() => null), (id) => id === 'blame', 'the caret inside the flagged words marks the blame card current');

      const ce = await t.newPage('/pages/contenteditable.html');
      await ce.locator('#editor').click();
      await ce.keyboard.type('I am happy to help with the VPN.', { delay: 5 });
      await waitForCards(ce, ['help-wording']);
      const rect = await ce.evaluate(() => {
        const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('rapport-suggestion');
        const range = highlight ? [...highlight][0] : undefined;
        const r = range?.getClientRects()[0];
        return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
      });
      assert.ok(rect, 'the contenteditable highlight has a box');
      await ce.mouse.move(rect.x, rect.y);
      await eventually(() => currentCard(ce).getAttribute('data-rapport-finding').catch(() => null), (id) => id === 'help-wording', 'hovering a custom highlight marks its card current');
      const currentHighlight = await ce.evaluate(() => {
        const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('rapport-current');
        return h ? [...h].map((r) => r.toString()) : [];
      });
      assert.deepEqual(currentHighlight, ['help'], 'the current finding’s words get the current highlight');
      await ce.mouse.move(5, 5);
      await eventually(() => currentCard(ce).count(), (n) => n === 0, 'moving away lets go of the card');
    },
  },
  {
    name: 'sidebar: collapsed state remembered per site in extension storage (never the page’s localStorage)',
    async run(t) {
      const page = await t.newPage('/pages/textarea.html');
      await page.locator('#reply').click();
      await page.keyboard.type('Happy to help.', { delay: 5 });
      await waitForCards(page, ['help-wording']);
      await page.locator(`${SIDEBAR} [data-rapport-action="collapse"]`).click();
      await page.locator(`${SIDEBAR} [data-rapport-action="expand"]`).waitFor();
      const worker = serviceWorker(t);
      try {
      const stored = await eventually(
        () => worker.evaluate(() => chrome.storage.local.get('rapport.sidebar.127.0.0.1')),
        (s) => JSON.stringify(s) === JSON.stringify({ 'rapport.sidebar.127.0.0.1': { collapsed: true } }),
        'the collapsed state is stored for this host in extension storage',
      );
      t.note(`stored: ${JSON.stringify(stored)}`);
      // Other fixture pages on this origin may use localStorage themselves (editor libraries do):
      // what matters is that none of it is ours.
      const pageKeys = await page.evaluate(() => Object.keys(localStorage));
      assert.deepEqual(pageKeys.filter((k) => /rapport/i.test(k)), [], 'nothing of ours in the page’s localStorage');

      // Same site, new page: opens as a badge.
      const again = await t.newPage('/pages/contenteditable.html');
      await again.locator('#editor').click();
      await again.keyboard.type('Happy to help.', { delay: 5 });
      const badge = again.locator(`${SIDEBAR} [data-rapport-action="expand"]`);
      await badge.waitFor();
      assert.equal(await again.evaluate(() => document.documentElement.style.marginRight), '', 'a collapsed sidebar leaves the page its width');

      // Another site (localhost) is not affected.
      const other = await t.newPage();
      await other.goto(new URL('/pages/textarea.html', t.origin.replace('127.0.0.1', 'localhost')).href);
      await other.locator('#reply').click();
      await other.keyboard.type('Happy to help.', { delay: 5 });
      await panel(other).waitFor();

      await badge.click();
      await panel(again).waitFor();
      await eventually(
        () => worker.evaluate(() => chrome.storage.local.get('rapport.sidebar.127.0.0.1')),
        (s) => JSON.stringify(s) === JSON.stringify({ 'rapport.sidebar.127.0.0.1': { collapsed: false } }),
        'expanding is remembered too',
      );
      } finally {
        // A failure above must not leave 127.0.0.1 collapsed for every later test.
        await worker.evaluate(() => chrome.storage.local.remove('rapport.sidebar.127.0.0.1'));
      }
    },
  },
  {
    name: 'keyboard shortcuts: commands registered; background → tab message moves to the next finding, applies it (undoable), toggles the sidebar',
    async run(t) {
      const worker = serviceWorker(t);
      const commands = await worker.evaluate(() => chrome.commands.getAll());
      const byName = Object.fromEntries(commands.map((c) => [c.name, c.shortcut]));
      const suggested = await worker.evaluate(() => {
        const declared = (chrome.runtime.getManifest() as { commands?: Record<string, { suggested_key?: { default?: string } }> }).commands ?? {};
        return Object.fromEntries(Object.entries(declared).map(([name, c]) => [name, c.suggested_key?.default ?? '']));
      });
      t.note(`suggested keys: ${JSON.stringify(suggested)}; assigned here: ${JSON.stringify(byName)}`);
      assert.deepEqual(suggested, Object.fromEntries(Object.entries(COMMAND_KEYS).map(([name, c]) => [name, c.key])));
      for (const name of Object.keys(suggested)) assert.ok(name in byName, `command ${name} is registered with the browser`);

      const page = await t.newPage('/pages/textarea.html');
      const textarea = page.locator('#reply');
      await textarea.click();
      const draft = 'You must have deleted the file. I am happy to help.';
      await page.keyboard.type(draft, { delay: 5 });
      await waitForCards(page, ['help-wording', 'blame']);
      await textarea.press('Control+Home');

      // A page cannot forge a command: postMessage goes nowhere.
      await page.evaluate(() => window.postMessage({ type: 'rapport:command', command: 'apply-finding' }, '*'));

      // Each next-finding moves to another underlined finding, in draft order, until help-wording.
      const visited: string[] = [];
      const currentKey = () => currentCard(page).evaluate((el) => `${el.getAttribute('data-rapport-finding')}|${el.getAttribute('aria-labelledby')}`).catch(() => null);
      for (let i = 0; i < 4 && !visited.at(-1)?.startsWith('help-wording|'); i++) {
        const previous = await currentKey();
        await sendCommand(t, page, 'next-finding');
        visited.push((await eventually(currentKey, (k) => k !== null && k !== previous, 'next-finding moves to another card'))!);
      }
      t.note(`next-finding visited: ${visited.map((k) => k.split('|')[0]).join(' → ')}`);
      assert.ok(visited.at(-1)?.startsWith('help-wording|'), 'next-finding reaches the help-wording finding');
      const selection = await textarea.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
      assert.equal(selection, 'help', 'the finding’s words are selected in the reply box');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'reply', 'focus stays in the reply box');

      await sendCommand(t, page, 'apply-finding');
      await eventually(() => textarea.inputValue(), (v) => v === 'You must have deleted the file. I am happy to assist.', 'apply-finding applies the current finding');
      await page.keyboard.press('Control+z');
      await eventually(() => textarea.inputValue(), (v) => v === draft, 'Ctrl+Z undoes the applied shortcut');

      await sendCommand(t, page, 'toggle-sidebar');
      await page.locator(`${SIDEBAR} [data-rapport-action="expand"]`).waitFor();
      await sendCommand(t, page, 'toggle-sidebar');
      await panel(page).waitFor();
      assert.equal(await card(page, 'help-wording').count(), 1);
    },
  },
  {
    name: 'tone meter: an accessible meter (role="meter", value, word) from the model loaded via the background; none without a model',
    async run(t) {
      const page = await t.newPage('/pages/textarea.html');
      await page.locator('#reply').click();
      await page.keyboard.type('Thanks so much for your patience, Sam. I have restored the report and I will check in tomorrow.', { delay: 2 });
      await panel(page).waitFor();
      const meter = page.locator(`${SIDEBAR} [data-rapport="tone"] [role="meter"]`);
      if (!existsSync(resolve(EXTENSION_DIR, 'models/tone/tone-model.json'))) {
        await page.waitForTimeout(500);
        assert.equal(await meter.count(), 0, 'no tone model in this build: no meter');
        t.note('no tone model in this build: checked that no meter is shown');
        return;
      }
      await meter.waitFor({ timeout: 5000 });
      const attrs = await meter.evaluate((el) => ({
        now: Number(el.getAttribute('aria-valuenow')),
        min: el.getAttribute('aria-valuemin'),
        max: el.getAttribute('aria-valuemax'),
        text: el.getAttribute('aria-valuetext'),
        word: el.parentElement?.querySelector('.tone-word')?.textContent ?? '',
      }));
      t.note(`tone meter: ${JSON.stringify(attrs)}`);
      assert.equal(attrs.min, '0');
      assert.equal(attrs.max, '100');
      assert.ok(attrs.now >= 0 && attrs.now <= 100);
      assert.match(attrs.word, /^(Warm|Neutral|Curt)$/, 'the meter says the tone in words, not colour alone');
      assert.ok(attrs.text?.startsWith(attrs.word), 'assistive technology hears the same word');
    },
  },
];
