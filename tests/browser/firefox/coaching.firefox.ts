/**
 * The core flows in Firefox: a textarea and a contenteditable are coached (sidebar in an open
 * shadow root, cards), Apply changes the draft through the editor and one Ctrl+Z restores it
 * exactly, and the content script has the tone model (a curt draft gets the meter and a tone card).
 */
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { eventually, plain, SIDEBAR } from '../helpers';
import type { FirefoxTest } from './harness';
import { applyCard, meterText, pressUndo, shownRuleIds, sidebarHasOpenShadowRoot, waitForCards } from './sidebar';

const DRAFT = "Hi Sam, I'm happy to help. You must have deleted the file.";
const APPLIED = "Hi Sam, I'm happy to assist. You must have deleted the file.";
const CURT = 'Why did you not read the instructions? Send me the logs now.';

interface Composer {
  what: string;
  path: string;
  selector: string;
  read(page: Page): Promise<string>;
}

const COMPOSERS: Composer[] = [
  { what: 'textarea', path: '/pages/textarea.html', selector: '#reply', read: (page) => page.$eval('#reply', (el) => (el as HTMLTextAreaElement).value) },
  {
    what: 'contenteditable',
    path: '/pages/contenteditable.html',
    selector: '#editor',
    read: (page) => page.$eval('#editor', (el) => (el as HTMLElement).innerText).then((text) => plain(text).trim()),
  },
];

function coachedComposer(composer: Composer): FirefoxTest {
  return {
    name: `${composer.what}: sidebar and cards; Apply; one Ctrl+Z restores the draft`,
    async run(t) {
      const page = await t.newPage(composer.path);
      await page.click(composer.selector);
      await page.keyboard.type(DRAFT, { delay: 5 });
      await eventually(() => composer.read(page), (text) => text === DRAFT, 'the typed draft is in the composer');
      await waitForCards(page, ['help-wording', 'blame']);
      assert.equal(await sidebarHasOpenShadowRoot(page), true, 'one sidebar host with an open shadow root');

      await applyCard(page, 'help-wording');
      await eventually(() => composer.read(page), (text) => text === APPLIED, 'Apply changes "help" to "assist" in the composer');
      await eventually(
        () => shownRuleIds(page),
        (ids) => !ids.includes('help-wording') && ids.includes('blame'),
        'the help-wording card goes after the fix; the blame card stays',
      );

      await pressUndo(page);
      await eventually(() => composer.read(page), (text) => text === DRAFT, 'one Ctrl+Z restores the draft exactly');
      await waitForCards(page, ['help-wording']);
      t.note(`cards after undo: ${(await shownRuleIds(page)).join(', ')}`);
    },
  };
}

export const tests: FirefoxTest[] = [
  ...COMPOSERS.map(coachedComposer),
  {
    name: 'tone model in the content script: a curt draft reads Curt on the meter and gets a tone card',
    async run(t) {
      const page = await t.newPage('/pages/textarea.html');
      await page.click('#reply');
      await page.keyboard.type(CURT, { delay: 2 });
      const reading = await eventually(() => meterText(page), (text) => text !== null, 'the tone meter appears (it needs the model)');
      assert.match(reading ?? '', /^Curt/, 'the curt draft is called curt');
      // The tone rule's card, or the coach model's curt card that takes the sentence: category tone.
      await eventually(
        () => page.$$eval(`${SIDEBAR} >>> [data-rapport-finding][data-category="tone"]`, (els) => els.length),
        (n) => n > 0,
        'a tone-category card for the curt draft',
      );
      t.note(`meter: ${reading}`);
    },
  },
];
