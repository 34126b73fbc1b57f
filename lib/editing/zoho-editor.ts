/**
 * Zoho Desk's editor: ZohoDeskEditor (Squire inside) writing into the body of
 * `iframe.KB_Editor_iframe[name="deskEditor_New"]`. Its public code (copied into public extensions;
 * desk-dom-evidence.md) keeps an undo stack of its own: 250 ms after a keyup that changed the
 * content it saves a snapshot, and its keydown handler stops Ctrl+Z and steps back through those
 * snapshots (Squire's `_setHTML`), so the browser's own undo never runs there.
 *
 * An apply therefore (1) waits until the editor has snapshotted the agent's typing, (2) writes with
 * native editing, then (3) sends the editor the keyup it snapshots on and waits out its 250 ms, so
 * Ctrl+Z steps from the applied text straight back to the typed one.
 */
import { nextFrame } from './apply';
import { defineRichEditor } from './rich-editor';
import type { ApplyResult, EditorHandle } from './types';
import { t } from '../i18n';

/** The editor's snapshot delay after a keyup (ZohoDeskEditor: 250 ms), with a margin. */
const ZOHO_SNAPSHOT_MS = 400;

/** The iframe element hosting `element`'s document, when its parent is same-origin. */
function editorFrameOf(element: HTMLElement): Element | null {
  const doc = element.ownerDocument;
  const win = doc.defaultView;
  try {
    if (win?.frameElement) return win.frameElement;
    const parent = win?.parent;
    if (!parent || parent === win) return null;
    return Array.from(parent.document.querySelectorAll('iframe')).find((frame) => frame.contentDocument === doc) ?? null;
  } catch {
    // A cross-origin parent: not Zoho's editing frame as far as we can tell.
    return null;
  }
}

/** The body of Zoho Desk's editing frame. */
function isZohoEditorBody(element: HTMLElement): boolean {
  const frame = editorFrameOf(element);
  return !!frame && frame.matches('iframe.KB_Editor_iframe') && element === element.ownerDocument.body && element.isContentEditable;
}

/** Let the editor snapshot the applied text, as it does after the agent's own keystrokes. */
async function snapshotApplied(handle: EditorHandle, wanted: string): Promise<ApplyResult> {
  const win = handle.element.ownerDocument.defaultView;
  const KeyUp = win?.KeyboardEvent ?? KeyboardEvent;
  handle.element.dispatchEvent(new KeyUp('keyup', { bubbles: true, cancelable: true }));
  await new Promise((resolve) => setTimeout(resolve, ZOHO_SNAPSHOT_MS));
  await nextFrame(win);
  if (handle.readText() === wanted) return { ok: true };
  return { ok: false, reason: t('editing_zoho_changed_again') };
}

export const zohoEditorStrategy = defineRichEditor({
  kind: 'zoho-editor',
  detect: isZohoEditorBody,
  methods: ['execCommand'],
  // Typing is snapshotted 250 ms after the last keyup: apply only once that snapshot exists.
  quietAfterTypingMs: ZOHO_SNAPSHOT_MS,
  settle: snapshotApplied,
});
