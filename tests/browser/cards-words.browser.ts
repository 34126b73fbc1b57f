/**
 * Cards tied to their words (issue 14, item 3): reaching a card with the keyboard selects its
 * words in the reply box and scrolls them into view while the keyboard stays on the card; clicking
 * a card takes the agent to its words; pointing at a card marks its words, pointing at the words
 * marks the card.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { BrowserTest } from './harness';
import { card, eventually, plain, SIDEBAR, waitForCards } from './helpers';

/** What the keyboard is on: the reply box's id, or the sidebar button's action and card. */
function focusPlace(page: Page): Promise<string> {
  return page.evaluate((selector) => {
    const active = document.activeElement;
    if (active?.matches(selector)) {
      const inner = active.shadowRoot?.activeElement;
      return `sidebar:${inner?.getAttribute('data-rapport-action')}@${inner?.closest('[data-rapport-finding]')?.getAttribute('data-rapport-finding')}`;
    }
    return active?.id ? `#${active.id}` : (active?.tagName.toLowerCase() ?? 'none');
  }, SIDEBAR);
}

function currentHighlight(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('rapport-current');
    return h ? [...h].map((r) => r.toString()) : [];
  });
}

export const tests: BrowserTest[] = [
  {
    name: 'cards → words (textarea): a card reached with the keyboard selects its words, scrolled into view, and the keyboard stays on the card',
    async run(t) {
      const page = await t.newPage('/pages/textarea.html');
      const textarea = page.locator('#reply');
      await textarea.click();
      const lines = ['Happy to help with the report.', ...Array.from({ length: 20 }, (_, i) => `Line ${i + 2}: the file is back in its folder now.`)];
      await textarea.fill(lines.join('\n'));
      await textarea.press('Control+End');
      await waitForCards(page, ['help-wording']);
      assert.ok((await textarea.evaluate((el) => el.scrollTop)) > 100, 'the first line is scrolled out of the reply box');

      const button = card(page, 'help-wording').locator('[data-rapport-action="apply"]');
      await button.focus();
      const start = lines[0]!.indexOf('help');
      await eventually(
        () => textarea.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd]),
        (v) => v[0] === start && v[1] === start + 4,
        'the card’s words are selected in the reply box',
      );
      assert.equal(await textarea.evaluate((el) => el.scrollTop < 40), true, 'the reply box scrolled back to its first line');
      assert.equal(await focusPlace(page), 'sidebar:apply@help-wording', 'the keyboard stays on the card');
      await page.keyboard.press('Escape');
      await eventually(() => focusPlace(page), (p) => p === '#reply', 'Escape goes back to the reply box');
      assert.deepEqual(await textarea.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd]), [start, start + 4], 'with the words still selected');
    },
  },
  {
    name: 'cards → words (contenteditable): clicking a card brings its words into view and selects them; keyboard focus selects without leaving the card',
    async run(t) {
      const page = await t.newPage('/pages/contenteditable.html');
      const editor = page.locator('#editor');
      await editor.click();
      await page.keyboard.type('You must have deleted the file. I am happy to help you.', { delay: 2 });
      await waitForCards(page, ['help-wording', 'blame']);

      // Pointing at a card marks its words in the editor.
      await card(page, 'help-wording').hover();
      await eventually(() => currentHighlight(page), (h) => h.length === 1 && h[0] === 'help', 'hovering the card marks its words');

      // Scroll the reply box out of the window, then click the card.
      await page.evaluate(() => {
        document.body.style.paddingBottom = '3000px';
        window.scrollTo(0, 2500);
      });
      assert.equal(await editor.evaluate((el) => el.getBoundingClientRect().bottom < 0), true, 'the reply box is out of view');
      await card(page, 'help-wording').locator('.message').click();
      await eventually(() => editor.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }), (v) => v, 'the words are scrolled into view');
      assert.equal(plain(await page.evaluate(() => getSelection()?.toString() ?? '')), 'help', 'the card’s words are selected');
      assert.equal(await focusPlace(page), '#editor', 'a click takes the keyboard to the words');

      await card(page, 'blame').locator('[data-rapport-action="ignore"]').focus();
      await eventually(() => page.evaluate(() => getSelection()?.toString() ?? '').then(plain), (s) => /you must have deleted/i.test(s), 'keyboard focus on the blame card selects its words');
      assert.equal(await focusPlace(page), 'sidebar:ignore@blame', 'the keyboard stays on the card');
    },
  },
];
