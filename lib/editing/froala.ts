/**
 * Froala (Freshdesk, Zoho Desk): contenteditable `.fr-element.fr-view` with Froala's own undo stack,
 * which snapshots on input. The full recipe (beforeinput, paste, execCommand — each verified)
 * lands in it either through its paste handler or through native editing.
 */
import { ALL_METHODS } from './apply';
import { defineRichEditor, hasClass } from './rich-editor';

export const froalaStrategy = defineRichEditor({
  kind: 'froala',
  detect: (element) => hasClass(element, 'fr-element') && element.isContentEditable,
  methods: ALL_METHODS,
});
