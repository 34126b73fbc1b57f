/**
 * Every rich editor kind, with the real library from npm on a local page: type with the keyboard,
 * see the expected cards, Apply, check the DOM text AND the editor's own model, press Ctrl+Z and
 * check both are back. Also checks that Rapport drives each editor with its own strategy.
 */
import assert from 'node:assert/strict';
import type { Frame, Page } from 'playwright-core';
import { buildEditorBundles } from '../fixtures/editors/build';
import type { BrowserTest } from './harness';
import { applyCard, eventually, panel, plain, shownRuleIds, waitForCards } from './helpers';

const DRAFT = "Hi Sam, I'm happy to help. You must have deleted the file.";
const APPLIED = "Hi Sam, I'm happy to assist. You must have deleted the file.";

interface EditorCase {
  kind: string;
  page: string;
  /** Selector of the editable root; inside the first iframe when `inFrame`. */
  editable: string;
  inFrame?: boolean;
  /** The editor's model has its own reader on the page (window.modelText); plain pages use the DOM. */
  hasModel: boolean;
  /** Expression reading the model, when not window.modelText(). */
  modelExpr?: string;
}

const EDITORS: EditorCase[] = [
  { kind: 'ckeditor5', page: 'ckeditor5.html', editable: '.ck-editor__editable', hasModel: true },
  { kind: 'ckeditor4', page: 'ckeditor4.html', editable: 'body.cke_editable', inFrame: true, hasModel: true },
  { kind: 'tinymce', page: 'tinymce.html', editable: 'body#tinymce', inFrame: true, hasModel: true },
  { kind: 'quill', page: 'quill.html', editable: '.ql-editor', hasModel: true },
  { kind: 'prosemirror', page: 'prosemirror.html', editable: '.ProseMirror', hasModel: true },
  { kind: 'draftjs', page: 'draftjs.html', editable: '.public-DraftEditor-content', hasModel: true },
  { kind: 'froala', page: 'froala-style.html', editable: '.fr-element', hasModel: false },
  {
    kind: 'unknown-editor',
    page: 'unknown-editors.html',
    editable: '#cooperative',
    hasModel: true,
    modelExpr: 'window.editors.cooperative.modelText()',
  },
];

const STUBBORN: EditorCase = {
  kind: 'unknown-editor',
  page: 'unknown-editors.html',
  editable: '#stubborn',
  hasModel: true,
  modelExpr: 'window.editors.stubborn.modelText()',
};

let built: Promise<void> | undefined;
function ensureBuilt(): Promise<void> {
  built ??= buildEditorBundles();
  return built;
}

function editorFrame(page: Page, editor: EditorCase): Frame {
  if (!editor.inFrame) return page.mainFrame();
  const frame = page.mainFrame().childFrames()[0];
  if (!frame) throw new Error(`${editor.kind}: the editing iframe is missing`);
  return frame;
}

async function domText(page: Page, editor: EditorCase): Promise<string> {
  const text = await editorFrame(page, editor).locator(editor.editable).innerText();
  return plain(text).replace(/\n+$/, '');
}

async function modelText(page: Page, editor: EditorCase): Promise<string> {
  if (!editor.hasModel) return domText(page, editor);
  const text = (await page.evaluate(editor.modelExpr ?? 'window.modelText()')) as string;
  return plain(text).replace(/\n+$/, '');
}

async function both(page: Page, editor: EditorCase): Promise<[string, string]> {
  return [await domText(page, editor), await modelText(page, editor)];
}

function editorTest(editor: EditorCase): BrowserTest {
  return {
    name: `${editor.kind}: type → cards → Apply → DOM and model updated → Ctrl+Z restores both`,
    timeoutMs: 45000,
    async run(t) {
      await ensureBuilt();
      const page = await t.newPage(`/editors/${editor.page}`);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 15000 });
      const frame = editorFrame(page, editor);
      const editable = frame.locator(editor.editable);
      await editable.waitFor({ timeout: 10000 });

      // Rapport must recognise the library, not fall back to plain contenteditable.
      await frame.addScriptTag({ url: `${t.origin}/editors/build/detect.js` });
      const kind = await editable.evaluate((el) =>
        (window as unknown as { rapportEditorKind: (el: Element) => string | null }).rapportEditorKind(el),
      );
      assert.equal(kind, editor.kind, `strategy chosen for the ${editor.kind} page`);

      await editable.click();
      await page.keyboard.type(DRAFT, { delay: 5 });
      await eventually(() => both(page, editor), ([dom, model]) => dom === DRAFT && model === DRAFT, 'the typed draft in DOM and model');
      await waitForCards(page, ['help-wording', 'blame'], 8000);

      const started = performance.now();
      await applyCard(page, 'help-wording');
      await eventually(
        () => both(page, editor),
        ([dom, model]) => dom === APPLIED && model === APPLIED,
        'Apply should change the DOM text and the editor model',
        8000,
      );
      t.note(`applied in ${Math.round(performance.now() - started)} ms; cards now: ${(await shownRuleIds(page)).join(', ')}`);
      await eventually(
        () => shownRuleIds(page),
        (ids) => !ids.includes('help-wording') && ids.includes('blame'),
        'help-wording card gone after the fix, blame still shown',
      );

      await page.keyboard.press('Control+z');
      await eventually(
        () => both(page, editor),
        ([dom, model]) => dom === DRAFT && model === DRAFT,
        'one Ctrl+Z should undo exactly the apply (DOM and model)',
      );
      await waitForCards(page, ['help-wording']);
    },
  };
}

const stubbornTest: BrowserTest = {
  name: 'unknown editor that takes changes back: Apply leaves the draft intact and offers to copy the suggestion',
  timeoutMs: 45000,
  async run(t) {
    await ensureBuilt();
    const page = await t.newPage(`/editors/${STUBBORN.page}`);
    await page.waitForSelector('body[data-ready="true"]');
    const editable = page.locator(STUBBORN.editable);
    await page.addScriptTag({ url: `${t.origin}/editors/build/detect.js` });
    const kind = await editable.evaluate((el) =>
      (window as unknown as { rapportEditorKind: (el: Element) => string | null }).rapportEditorKind(el),
    );
    assert.equal(kind, 'unknown-editor');

    await editable.click();
    await page.keyboard.type(DRAFT, { delay: 5 });
    await eventually(() => both(page, STUBBORN), ([dom, model]) => dom === DRAFT && model === DRAFT, 'the typed draft');
    await waitForCards(page, ['help-wording', 'blame'], 8000);
    await applyCard(page, 'help-wording');

    const said = await eventually(
      () => panel(page).innerText(),
      (text) => /copy/i.test(text),
      'the sidebar should offer to copy the suggestion',
      8000,
    );
    t.note(`sidebar says: ${said.split('\n').find((line) => /copy/i.test(line))}`);
    const [dom, model] = await both(page, STUBBORN);
    assert.equal(model, DRAFT, 'the editor model is untouched');
    assert.equal(dom, DRAFT, 'the DOM shows the untouched draft, not a half-applied one');
  },
};

export const tests: BrowserTest[] = [...EDITORS.map(editorTest), stubbornTest];
