/**
 * The extension slice end to end: type with the keyboard, see cards, Apply, Ctrl+Z — in a textarea,
 * a plain contenteditable and editors inside about:srcdoc / about:blank frames; internal notes stay
 * quiet; the sidebar is keyboard-reachable and collapses to a badge.
 */
import assert from 'node:assert/strict';
import type { Frame, Page } from 'playwright-core';
import type { BrowserTest } from './harness';
import { applyCard, card, cards, eventually, panel, plain, shownRuleIds, sidebarCount, SIDEBAR, waitForCards } from './helpers';

const DRAFT = "Hi Sam, I'm happy to help. You must have deleted the file.";
const APPLIED = "Hi Sam, I'm happy to assist. You must have deleted the file.";
const BLANK_DRAFT = "Sure, I'd be glad to help with the printer.";
const BLANK_APPLIED = "Sure, I'd be glad to assist with the printer.";

const applyHelpWording = (page: Page) => applyCard(page, 'help-wording');

/** The CSS custom highlights registered in a frame: [name, texts of its ranges][]. */
function highlightsIn(frame: Page | Frame): Promise<[string, string[]][]> {
  return frame.evaluate(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    return registry ? [...registry.entries()].map(([name, h]): [string, string[]] => [name, [...h].map((r) => r.toString())]) : [];
  });
}

function frameByUrl(page: Page, prefix: string): Frame {
  const frame = page.frames().find((f) => f.url().startsWith(prefix) && f !== page.mainFrame());
  if (!frame) throw new Error(`No frame with URL ${prefix}… (frames: ${page.frames().map((f) => f.url()).join(', ')})`);
  return frame;
}

export const tests: BrowserTest[] = [
  {
    name: 'textarea: typed draft → help-wording and blame cards; Apply; Ctrl+Z restores',
    async run(t) {
      const page = await t.newPage('/pages/textarea.html');
      const textarea = page.locator('#reply');
      await textarea.click();
      const typedAt = performance.now();
      await page.keyboard.type(DRAFT, { delay: 5 });
      const typedFor = performance.now() - typedAt;
      await waitForCards(page, ['help-wording']);
      t.note(`cards after typing (${Math.round(typedFor)} ms of typing): ${(await shownRuleIds(page)).join(', ')}`);
      await waitForCards(page, ['help-wording', 'blame']);
      const helpCard = card(page, 'help-wording');
      assert.equal(await helpCard.getAttribute('data-category'), 'help-wording');
      assert.match((await helpCard.innerText()).toLowerCase(), /assist/);

      await applyHelpWording(page);
      await eventually(() => textarea.inputValue(), (v) => v === APPLIED, 'textarea should read the applied text');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'reply', 'focus stays in the textarea after Apply');
      await eventually(
        () => shownRuleIds(page),
        (ids) => !ids.includes('help-wording'),
        'the help-wording card should go away after the fix is applied',
      );

      await page.keyboard.press('Control+z');
      await eventually(() => textarea.inputValue(), (v) => v === DRAFT, 'Ctrl+Z should restore the typed draft');
      await waitForCards(page, ['help-wording']);
    },
  },
  {
    name: 'contenteditable: typed draft → cards; Apply; Ctrl+Z restores; highlights drawn',
    async run(t) {
      const page = await t.newPage('/pages/contenteditable.html');
      const editor = page.locator('#editor');
      await editor.click();
      await page.keyboard.type(DRAFT, { delay: 5 });
      await waitForCards(page, ['help-wording', 'blame']);
      const highlighted = await eventually(
        () => highlightsIn(page),
        (h) => h.some(([name, texts]) => name === 'rapport-suggestion' && texts.includes('help')),
        'the flagged "help" is underlined with a CSS custom highlight',
      );
      t.note(`highlights: ${JSON.stringify(highlighted)}`);
      assert.equal(await editor.evaluate((el) => el.querySelectorAll('*').length), 0, 'highlights add nothing to the editor DOM');

      await applyHelpWording(page);
      await eventually(() => editor.innerText().then(plain), (v) => v === APPLIED, 'editor should read the applied text');
      await page.keyboard.press('Control+z');
      await eventually(() => editor.innerText().then(plain), (v) => v === DRAFT, 'Ctrl+Z should restore the typed draft');
    },
  },
  {
    name: 'iframe editors (about:srcdoc and about:blank): one sidebar in the top frame; cards; Apply; Ctrl+Z',
    async run(t) {
      const page = await t.newPage('/pages/iframe-editors.html');
      const srcdoc = frameByUrl(page, 'about:srcdoc');
      const blank = frameByUrl(page, 'about:blank');

      await page.locator('#srcdoc-editor').click();
      await page.keyboard.type(DRAFT, { delay: 5 });
      await waitForCards(page, ['help-wording', 'blame']);
      await eventually(
        () => highlightsIn(srcdoc),
        (h) => h.some(([, texts]) => texts.includes('help')),
        'the flagged "help" is underlined inside the srcdoc frame',
      );
      assert.equal(await sidebarCount(page), 1, 'exactly one sidebar in the top frame');
      assert.equal(await sidebarCount(srcdoc), 0, 'no sidebar inside the srcdoc frame');
      assert.equal(await sidebarCount(blank), 0, 'no sidebar inside the about:blank frame');

      await applyHelpWording(page);
      const srcdocText = () => srcdoc.evaluate(() => document.body.innerText).then(plain);
      await eventually(srcdocText, (v) => v === APPLIED, 'srcdoc editor should read the applied text');
      await page.keyboard.press('Control+z');
      await eventually(srcdocText, (v) => v === DRAFT, 'Ctrl+Z should restore the srcdoc draft');

      await page.locator('#blank-editor').click();
      await page.keyboard.type(BLANK_DRAFT, { delay: 5 });
      const blankText = () => blank.evaluate(() => document.body.innerText).then(plain);
      await eventually(blankText, (v) => v === BLANK_DRAFT, 'typing reaches the about:blank editor');
      await waitForCards(page, ['help-wording']);
      assert.equal(await cards(page).count(), (await shownRuleIds(page)).length);
      await applyHelpWording(page);
      await eventually(blankText, (v) => v === BLANK_APPLIED, 'about:blank editor should read the applied text');
      await page.keyboard.press('Control+z');
      await eventually(blankText, (v) => v === BLANK_DRAFT, 'Ctrl+Z should restore the about:blank draft');
      assert.equal(await sidebarCount(page), 1, 'still exactly one sidebar');
    },
  },
  {
    name: 'internal note: no customer-facing warnings; switching to Public reply brings them back',
    async run(t) {
      const page = await t.newPage('/pages/internal-note.html');
      await page.locator('#composer').click();
      await page.keyboard.type('You must have deleted the file again. Happy to help.', { delay: 5 });
      await waitForCards(page, ['help-wording']);
      assert.equal(await panel(page).getAttribute('data-draft-kind'), 'internal-note');
      const severities = await cards(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-severity')));
      assert.ok(!severities.includes('warning'), `no warnings in an internal note (got ${severities.join(', ')})`);
      assert.ok(!(await shownRuleIds(page)).includes('blame'), 'blame stays quiet in an internal note');
      assert.equal(await card(page, 'help-wording').getAttribute('data-severity'), 'info', 'help-wording is informational in a note');

      await page.locator('#tab-reply').click();
      await eventually(() => panel(page).getAttribute('data-draft-kind'), (k) => k === 'reply', 'switching tabs makes it a reply');
      await waitForCards(page, ['help-wording', 'blame']);
      assert.equal(await card(page, 'help-wording').getAttribute('data-severity'), 'suggestion');
    },
  },
  {
    name: 'sidebar: keyboard reachable, Ignore once / Ignore this rule, collapses to a badge with the count',
    async run(t) {
      const page = await t.newPage('/pages/textarea.html');
      await page.locator('#reply').click();
      await page.keyboard.type('Happy to help. I helped Jo with this yesterday. Glad to help again.', { delay: 2 });
      await eventually(
        () => card(page, 'help-wording').count(),
        (n) => n === 3,
        'three help-wording cards',
      );
      // Cards are a labelled list and their buttons take keyboard focus.
      const list = page.locator(`${SIDEBAR} ul[aria-labelledby]`).first();
      assert.ok(await list.isVisible());
      const ignore = card(page, 'help-wording').first().locator('[data-rapport-action="ignore"]');
      await ignore.focus();
      assert.equal(await ignore.evaluate((b) => (b.getRootNode() as ShadowRoot).activeElement === b), true, 'buttons take focus');
      await page.keyboard.press('Enter');
      await eventually(() => card(page, 'help-wording').count(), (n) => n === 2, 'Ignore once hides one card');
      const focusedAction = () =>
        page.locator(SIDEBAR).evaluate((host) => host.shadowRoot?.activeElement?.getAttribute('data-rapport-action') ?? null);
      // Focus moves once the sidebar has re-rendered without the ignored card (after the count drops).
      await eventually(focusedAction, (action) => action === 'ignore', 'keyboard focus moves to the next card, not to the page');
      await page.keyboard.press('Escape');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'reply', 'Escape returns to the reply box');

      const count = () => page.locator(`${SIDEBAR} aside`).getAttribute('data-count');
      assert.equal(await count(), String(await cards(page).count()), 'the live count matches the cards shown');
      const ignoreRule = card(page, 'help-wording').first().locator('[data-rapport-action="ignore-rule"]');
      // The browser's accessible name contains the visible label and says the scope truthfully.
      assert.match(await ignoreRule.ariaSnapshot(), /button "Ignore this rule \(Help wording\) everywhere, until you restore it"/);
      await ignoreRule.click();
      await eventually(() => card(page, 'help-wording').count(), (n) => n === 0, 'Ignore this rule hides all its cards');

      await page.keyboard.type(' Happy to help!', { delay: 2 });
      await page.waitForTimeout(400);
      assert.equal(await card(page, 'help-wording').count(), 0, 'an ignored rule stays quiet as typing goes on');

      const before = await cards(page).count();
      assert.ok(before > 0, 'other findings are still shown before collapsing');
      await page.locator(`${SIDEBAR} [data-rapport-action="collapse"]`).click();
      const badge = page.locator(`${SIDEBAR} [data-rapport-action="expand"]`);
      await badge.waitFor();
      assert.equal(await badge.getAttribute('data-count'), String(before), 'the badge shows the count');
      assert.equal(await page.evaluate(() => document.documentElement.style.marginRight), '', 'collapsing gives the page its width back');
      await badge.click();
      await panel(page).waitFor();

      // "Ignore this rule" is remembered for the agent (extension storage) until restored here.
      const restore = page.locator(`${SIDEBAR} [data-rapport-action="restore-rules"]`);
      assert.match(await restore.locator('xpath=..').innerText(), /1 rule ignored/);
      const target = await restore.boundingBox();
      assert.ok(target && target.height >= 24 && target.width >= 24, `Restore is at least a 24 × 24 px target (${target?.width} × ${target?.height})`);
      await restore.click();
      await waitForCards(page, ['help-wording']);
      assert.equal(await restore.count(), 0, 'nothing left to restore');
    },
  },
  {
    name: 'apply safety: an editor that mangles the replacement is undone and the agent is told',
    async run(t) {
      const page = await t.newPage('/pages/misbehaving-editor.html');
      const editor = page.locator('#editor');
      await editor.click();
      await page.keyboard.type("I'm happy to help.", { delay: 5 });
      await waitForCards(page, ['help-wording']);
      await applyHelpWording(page);
      const alert = page.locator(`${SIDEBAR} [role="alert"]`);
      await alert.waitFor({ timeout: 5000 });
      t.note(`notice: ${await alert.innerText()}`);
      assert.equal(plain(await editor.innerText()), "I'm happy to help.", 'the draft is back as the agent wrote it');
      await waitForCards(page, ['help-wording']);
    },
  },
];
