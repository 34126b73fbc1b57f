/**
 * Composers inside open shadow roots (textarea and a nested contenteditable) and a single-page
 * desk that swaps its composer without navigating: the sidebar follows, and Apply + Ctrl+Z work.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { BrowserTest } from './harness';
import { applyCard, cards, eventually, panel, plain, sidebarCount, waitForCards } from './helpers';

const DRAFT = "Hi Sam, I'm happy to help. You must have deleted the file.";
const APPLIED = "Hi Sam, I'm happy to assist. You must have deleted the file.";

const applyHelpWording = (page: Page) => applyCard(page, 'help-wording');

export const tests: BrowserTest[] = [
  {
    name: 'shadow DOM: textarea in an open shadow root → cards; Apply; Ctrl+Z',
    async run(t) {
      const page = await t.newPage('/pages/shadow-spa.html');
      const textarea = page.locator('#shadow-reply');
      await textarea.click();
      await page.keyboard.type(DRAFT, { delay: 5 });
      await waitForCards(page, ['help-wording', 'blame']);
      await applyHelpWording(page);
      await eventually(() => textarea.inputValue(), (v) => v === APPLIED, 'shadow textarea should read the applied text');
      await page.keyboard.press('Control+z');
      await eventually(() => textarea.inputValue(), (v) => v === DRAFT, 'Ctrl+Z should restore the draft');
    },
  },
  {
    name: 'shadow DOM: contenteditable two shadow roots deep → cards; Apply; Ctrl+Z',
    async run(t) {
      const page = await t.newPage('/pages/shadow-spa.html');
      const editor = page.locator('#rich');
      await editor.click();
      await page.keyboard.type(DRAFT, { delay: 5 });
      await waitForCards(page, ['help-wording', 'blame']);
      await applyHelpWording(page);
      await eventually(() => editor.innerText().then(plain), (v) => v === APPLIED, 'shadow editor should read the applied text');
      await page.keyboard.press('Control+z');
      await eventually(() => editor.innerText().then(plain), (v) => v === DRAFT, 'Ctrl+Z should restore the draft');
    },
  },
  {
    name: 'single-page desk: composer swapped without navigation → sidebar rests, then follows the new composer',
    async run(t) {
      const page = await t.newPage('/pages/shadow-spa.html');
      await page.locator('#spa-reply').click();
      await page.keyboard.type('Happy to help. You must have deleted the file.', { delay: 5 });
      await waitForCards(page, ['help-wording', 'blame']);
      await page.locator('#next-ticket').click();
      await eventually(() => cards(page).count(), (n) => n === 0, 'cards of the removed composer go away');
      await page.locator('#spa-reply[data-ticket]').click();
      await page.keyboard.type('Glad to help you with this one.', { delay: 5 });
      await waitForCards(page, ['help-wording']);
      assert.ok(!(await cards(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-rapport-finding')))).includes('blame'));
      assert.equal(await panel(page).getAttribute('data-draft-kind'), 'reply');
      assert.equal(await sidebarCount(page), 1, 'still exactly one sidebar');
    },
  },
];
