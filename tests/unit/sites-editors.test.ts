// @vitest-environment happy-dom
/**
 * Rich-editor strategies on the DOM each library renders: the right strategy claims it (and a plain
 * composer stays plain), text offsets and DOM ranges agree, and an unknown editor that can't be
 * written says so instead of trying.
 */
import { describe, expect, it } from 'vitest';
import { strategyFor } from '../../lib/editing/index';
import { unknownEditorStrategy } from '../../lib/editing/unknown-editor';

function mount(html: string): HTMLElement {
  document.body.innerHTML = html;
  const root = document.querySelector<HTMLElement>('[data-root]');
  if (!root) throw new Error('fixture needs a [data-root]');
  return root;
}

const RENDERED: [kind: string, html: string][] = [
  ['ckeditor5', '<div data-root class="ck ck-content ck-editor__editable ck-editor__editable_inline" contenteditable="true" role="textbox"><p>Happy to help you.</p><p>Second line</p></div>'],
  ['ckeditor4', '<div data-root contenteditable="true" class="cke_editable cke_editable_themed cke_contents_ltr"><p>Happy to help you.</p><p>Second line</p></div>'],
  ['tinymce', '<div data-root id="tinymce" class="mce-content-body" contenteditable="true"><p>Happy to help you.</p><p>Second line<br data-mce-bogus="1"></p></div>'],
  ['prosemirror', '<div data-root class="ProseMirror" contenteditable="true" translate="no"><p>Happy to help you.</p><p>Second line<br class="ProseMirror-trailingBreak"></p></div>'],
  ['quill', '<div class="ql-container"><div data-root class="ql-editor" contenteditable="true" data-gramm="false"><p>Happy to help you.</p><p>Second line</p></div></div>'],
  ['draftjs', '<div class="DraftEditor-root"><div data-root class="notranslate public-DraftEditor-content" contenteditable="true" role="textbox"><div data-contents="true"><div data-block="true" data-offset-key="a-0-0"><div class="public-DraftStyleDefault-block" data-offset-key="a-0-0"><span data-offset-key="a-0-0"><span data-text="true">Happy to help you.</span></span></div></div><div data-block="true" data-offset-key="b-0-0"><div class="public-DraftStyleDefault-block" data-offset-key="b-0-0"><span data-offset-key="b-0-0"><span data-text="true">Second line</span></span></div></div></div></div></div>'],
  ['froala', '<div class="fr-wrapper"><div data-root class="fr-element fr-view" contenteditable="true"><p>Happy to help you.</p><p>Second line</p></div></div>'],
  ['unknown-editor', '<div data-root data-slate-editor="true" contenteditable="true" role="textbox"><div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-string="true">Happy to help you.</span></span></span></div><div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-string="true">Second line</span></span></span></div></div>'],
  ['unknown-editor', '<div data-root class="note-editable" contenteditable="true"><p>Happy to help you.</p><p>Second line</p></div>'],
];

describe.each(RENDERED)('%s', (kind, html) => {
  it('is driven by its own strategy', () => {
    expect(strategyFor(mount(html))?.kind).toBe(kind);
  });

  it('reads blocks as lines, and rangeFor covers exactly the offsets it was given', () => {
    const handle = strategyFor(mount(html))!.attach(document.querySelector<HTMLElement>('[data-root]')!);
    const text = handle.readText();
    expect(text.replace(/\n+$/, '')).toBe('Happy to help you.\nSecond line');
    for (const word of ['help', 'Second', 'line']) {
      const start = text.indexOf(word);
      expect(handle.rangeFor(start, start + word.length)?.toString()).toBe(word);
    }
  });
});

describe('plain composers stay plain', () => {
  it('a contenteditable with role="textbox" and an "editor" class is not an unknown framework', () => {
    const root = mount('<div data-root id="editor" class="editor" contenteditable="true" role="textbox" aria-label="Reply"></div>');
    expect(strategyFor(root)?.kind).toBe('contenteditable');
  });

  it('a textarea is a textarea', () => {
    document.body.innerHTML = '<textarea></textarea>';
    expect(strategyFor(document.querySelector('textarea')!)?.kind).toBe('textarea');
  });
});

describe('unknown editor safety', () => {
  it('refuses to write into a read-only editor and offers the copy instead', async () => {
    const root = mount('<div data-root data-lexical-editor="true" contenteditable="true" aria-readonly="true"><p>Happy to help you.</p></div>');
    const handle = unknownEditorStrategy.attach(root);
    const result = await handle.replace(9, 13, 'help', 'assist');
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toMatch(/read-only.*copy/i);
    expect(handle.readText().trim()).toBe('Happy to help you.');
  });

  it('changes nothing when the draft no longer reads what the suggestion expected', async () => {
    const root = mount('<div data-root data-lexical-editor="true" contenteditable="true"><p>Happy to assist you.</p></div>');
    const result = await unknownEditorStrategy.attach(root).replace(9, 13, 'help', 'assist');
    expect(result.ok).toBe(false);
    expect(root.textContent).toBe('Happy to assist you.');
  });
});
