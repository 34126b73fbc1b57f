/**
 * The rich-editor strategies, in the order they should be tried: library-specific ones first, then
 * the cautious strategy for editor frameworks we don't know. All of them go before the plain
 * contenteditable strategy (which accepts any contenteditable root).
 */
import { ckeditor4Strategy } from './ckeditor4';
import { ckeditor5Strategy } from './ckeditor5';
import { draftJsStrategy } from './draftjs';
import { froalaStrategy } from './froala';
import { proseMirrorStrategy } from './prosemirror';
import { quillStrategy } from './quill';
import { tinymceStrategy } from './tinymce';
import type { EditorStrategy } from './types';
import { unknownEditorStrategy } from './unknown-editor';
import { zohoEditorStrategy } from './zoho-editor';

export const richEditorStrategies: readonly EditorStrategy[] = [
  // Before the generic iframe-body editors: Zoho's frame body carries no library class.
  zohoEditorStrategy,
  ckeditor5Strategy,
  ckeditor4Strategy,
  tinymceStrategy,
  proseMirrorStrategy,
  quillStrategy,
  draftJsStrategy,
  froalaStrategy,
];

/** Goes after the rich editors and before plain contenteditable. */
export { unknownEditorStrategy };
