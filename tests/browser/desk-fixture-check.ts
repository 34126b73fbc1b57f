/**
 * One browser check per desk fixture (tests/fixtures/sites), the same for every desk: the reply
 * box is found (a sidebar with cards for a typed draft), it reads as a customer reply, the
 * customer's frustrated message is read (the acknowledgement card) — or, where the desk's thread
 * markup has no public evidence, none is read rather than a wrong one — Apply changes exactly the
 * flagged word and one Ctrl+Z takes exactly that back (in the editor and, where the desk keeps one,
 * in the form field it submits), and the desk's own note mode makes an internal note where the
 * customer-facing cards go quiet.
 */
import type { Locator, Page } from 'playwright-core';
import { buildEditorBundles } from '../fixtures/editors/build';
import type { BrowserTest, TestContext } from './harness';
import { applyCard, eventually, panel, plain, shownRuleIds, SIDEBAR, waitForCards } from './helpers';
import { serviceWorker } from './service-worker';

declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void>; remove(key: string): Promise<void> } };
};

const SIDEBAR_PREFS = 'rapport.sidebar.127.0.0.1';

/**
 * Runs `body` as an agent who opened the panel on these pages before: where they never chose, a page
 * with no room beside its reply box starts as the badge (presence.browser.ts), and these checks read
 * cards. What was stored before is put back afterwards, for the tests that follow.
 */
async function withPanelChosenOpen(t: TestContext, body: () => Promise<void>): Promise<void> {
  const before = (await serviceWorker(t).evaluate((key) => chrome.storage.local.get(key), SIDEBAR_PREFS))[SIDEBAR_PREFS];
  await serviceWorker(t).evaluate((key) => chrome.storage.local.set({ [key]: { collapsed: false } }), SIDEBAR_PREFS);
  try {
    await body();
  } finally {
    await serviceWorker(t).evaluate(
      ([key, value]) => (value === undefined ? chrome.storage.local.remove(key as string) : chrome.storage.local.set({ [key as string]: value })),
      [SIDEBAR_PREFS, before] as const,
    );
  }
}

export const DRAFT = "Hi, I'm happy to help. You must have changed the settings.";
export const APPLIED = "Hi, I'm happy to assist. You must have changed the settings.";

export interface DeskFixture {
  name: string;
  page: string;
  /** Set up what the saved page can't hold (a real editor library, a frame's document, opening the composer). */
  prepare?(page: Page, origin: string): Promise<void>;
  editor(page: Page): Locator;
  /** The fixture has a frustrated customer message the adapter can read (the acknowledgement card). */
  readsCustomer: boolean;
  /** Put the caret where the agent starts writing (default: click the box). */
  focus?(page: Page, box: Locator): Promise<void>;
  /** The value the desk's form will submit, where it keeps one beside the editor. */
  submitted?(page: Page): Promise<string>;
  /** Switch to the internal note the way the desk does; returns the box to type the note in. None: the desk has no notes. */
  toNote?(page: Page): Promise<Locator>;
}

let built: Promise<void> | undefined;
const ensureBuilt = (): Promise<void> => (built ??= buildEditorBundles());

/** Replace the saved page's static editor with a live one from the real library. */
export async function mountLibrary(page: Page, staticEditor: string, bundle: 'prosemirror' | 'draftjs', origin: string): Promise<void> {
  await ensureBuilt();
  await page.locator(staticEditor).evaluate((el) => {
    const mount = el.ownerDocument.createElement('div');
    mount.id = 'editor';
    el.replaceWith(mount);
  });
  await page.addScriptTag({ url: `${origin}/editors/build/${bundle}.js` });
}

/**
 * Make the saved page's static CKEditor 5 editable a live one: the real CKEditor 5 (from
 * node_modules) as an inline editor on that same element, so its attributes (test ids, classes)
 * stay and what it held becomes the editor's data.
 */
export async function mountCkeditor5(page: Page, editable: string, origin: string): Promise<void> {
  await page.addStyleTag({ url: `${origin}/node_modules/ckeditor5/dist/browser/ckeditor5.css` });
  await page.addScriptTag({ url: `${origin}/node_modules/ckeditor5/dist/browser/ckeditor5.umd.js` });
  await page.locator(editable).evaluate(async (el) => {
    const { InlineEditor, Essentials, Paragraph, BlockQuote } = (window as unknown as { CKEDITOR: Record<string, unknown> }).CKEDITOR as never;
    const data = el.innerHTML;
    el.innerHTML = '';
    const create = (InlineEditor as { create(el: Element, config: object): Promise<unknown> }).create;
    await create.call(InlineEditor, el, { licenseKey: 'GPL', plugins: [Essentials, Paragraph, BlockQuote], toolbar: [], initialData: data });
  });
}

/** The editor's text as the agent sees it (a textarea's value, else its rendered text). */
export async function textOf(box: Locator): Promise<string> {
  const raw = await box.evaluate((el) => (el.tagName === 'TEXTAREA' ? (el as HTMLTextAreaElement).value : (el as HTMLElement).innerText));
  return plain(raw).replace(/\n+$/, '');
}

/** The line the agent typed: the first one (quoted history, where the desk adds it, follows). */
const typedLine = async (box: Locator): Promise<string> => (await textOf(box)).split('\n')[0]!.trim();

async function draftKind(page: Page): Promise<string | null> {
  return panel(page).getAttribute('data-draft-kind');
}

export function deskFixtureTest(desk: DeskFixture): BrowserTest {
  return {
    name: `${desk.name}: reply box, reply vs note, customer message, Apply + Ctrl+Z`,
    timeoutMs: 45000,
    run: (t) => withPanelChosenOpen(t, () => checkDesk(t, desk)),
  };
}

async function checkDesk(t: TestContext, desk: DeskFixture): Promise<void> {
  const page = await t.newPage(`/sites/${desk.page}`);
  await desk.prepare?.(page, t.origin);
  const box = desk.editor(page);
  await box.waitFor({ timeout: 10000 });
  await (desk.focus ? desk.focus(page, box) : box.click());
  await page.keyboard.type(DRAFT, { delay: 4 });
  await eventually(() => typedLine(box), (text) => text === DRAFT, 'the typed draft');
  const typed = await textOf(box);
  const expected = ['help-wording', 'blame', ...(desk.readsCustomer ? ['acknowledgement'] : [])];
  await waitForCards(page, expected, 10000);
  await eventually(() => draftKind(page), (kind) => kind === 'reply', 'a customer reply');
  if (!desk.readsCustomer) {
    const ids = await shownRuleIds(page);
    if (ids.includes('acknowledgement')) throw new Error('no customer message is evidenced here, yet one was read');
  }

  await applyCard(page, 'help-wording');
  const applied = typed.replace(DRAFT, APPLIED);
  await eventually(() => textOf(box), (text) => text === applied, 'Apply changes exactly the flagged words', 8000);
  if (desk.submitted) await eventually(() => desk.submitted!(page), (v) => v.includes('assist') && !v.includes('help.'), 'the form field follows the apply');
  // The sidebar's buttons stay disabled until the apply has settled (Zoho: its snapshot taken).
  await eventually(() => page.locator(`${SIDEBAR} [data-rapport-action][disabled]`).count(), (n) => n === 0, 'the apply has finished');
  await page.keyboard.press('Control+z');
  await eventually(() => textOf(box), (text) => text === typed, 'one Ctrl+Z undoes exactly the apply (and nothing typed before it)');
  if (desk.submitted) await eventually(() => desk.submitted!(page), (v) => v.includes('help.') && !v.includes('assist'), 'the form field follows the undo');
  t.note(`cards: ${(await shownRuleIds(page)).join(', ')}`);

  if (!desk.toNote) return;
  const noteBox = await desk.toNote(page);
  await noteBox.click();
  await page.keyboard.type(` ${DRAFT}`, { delay: 4 });
  await eventually(() => draftKind(page), (kind) => kind === 'internal-note', 'the note mode is an internal note');
  await eventually(() => shownRuleIds(page), (ids) => !ids.includes('blame') && !ids.includes('acknowledgement'), 'customer-facing cards go quiet in a note');
}
