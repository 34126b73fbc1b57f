/**
 * Editors we have no dedicated strategy for: a contenteditable root that carries the fingerprint of
 * a JavaScript editor framework with its own model (Slate, Lexical, Trix, Summernote, Redactor…). We read
 * it like plain contenteditable and write with the full verified recipe (beforeinput, paste,
 * execCommand — whichever the editor takes), then watch it settle: frameworks that keep their own
 * model re-render shortly after a change, and may take our edit back or mangle it. When anything
 * looks wrong, the edit is undone and the agent is offered the suggestion to copy instead.
 */
import { ALL_METHODS, nextFrame } from './apply';
import { defineRichEditor } from './rich-editor';
import type { ApplyResult, EditorHandle } from './types';
import { t } from '../i18n';

/**
 * Fingerprints of editor frameworks that keep their own document model (the libraries with a
 * strategy of their own are matched before this one). A plain contenteditable composer — even one
 * with `role="textbox"` or an "editor" class — is not one of these: it goes to the plain strategy.
 */
const FRAMEWORK_SELECTOR = [
  '[data-slate-editor]',
  '[data-lexical-editor]',
  'trix-editor',
  '.note-editable', // Summernote (FreeScout): its paste handler snapshots its own undo history before our edit lands
  '.redactor-in', // Redactor (osTicket)
  '.redactor-editor',
  '.medium-editor-element',
  '.codex-editor [contenteditable]', // Editor.js
  '.jodit-wysiwyg',
  '.trumbowyg-editor',
  '.sun-editor-editable',
  '.w-e-text',
  '[data-block-editor]',
].join(', ');

/** `data-…editor…` attributes (data-slate-editor, data-lexical-editor, data-editor-id, …). */
function hasEditorAttribute(element: HTMLElement): boolean {
  return Array.from(element.attributes).some((attr) => attr.name.startsWith('data-') && attr.name.includes('editor'));
}

function looksLikeAnEditorFramework(element: HTMLElement): boolean {
  return element.matches(FRAMEWORK_SELECTOR) || hasEditorAttribute(element);
}

/** Why an editor cannot be written safely, or null when it can. */
function unsafeToWrite(element: HTMLElement): string | null {
  if (!element.isConnected) return t('editing_editor_gone');
  if (element.getAttribute('aria-readonly') === 'true' || element.getAttribute('aria-disabled') === 'true') {
    return t('editing_read_only');
  }
  if (!element.isContentEditable) return t('editing_not_editable');
  return null;
}

const SETTLE_MS = 150;

async function settle(handle: EditorHandle, wanted: string): Promise<ApplyResult> {
  const win = handle.element.ownerDocument.defaultView;
  // Two frames and a short pause: long enough for React/Vue-style re-renders and model syncs.
  await nextFrame(win);
  await nextFrame(win);
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const now = handle.readText();
  if (now === wanted) return { ok: true };
  return { ok: false, reason: t('editing_changed_again_copy') };
}

const strategy = defineRichEditor({
  kind: 'unknown-editor',
  detect: (element) => element.isContentEditable && looksLikeAnEditorFramework(element),
  methods: ALL_METHODS,
  settle,
});

export const unknownEditorStrategy = {
  ...strategy,
  attach(element: HTMLElement): EditorHandle {
    const handle = strategy.attach(element);
    return {
      ...handle,
      async replace(start, end, expected, replacement) {
        const unsafe = unsafeToWrite(element);
        if (unsafe) return { ok: false, reason: t('editing_unsafe_copy', unsafe) };
        const result = await handle.replace(start, end, expected, replacement);
        if (result.ok) return result;
        // Every failure from an editor we don't know ends with the same offer: copy it by hand.
        return result.reason === t('editing_changed_again_copy') ? result : { ok: false, reason: t('editing_failed_copy', result.reason) };
      },
    };
  },
};
