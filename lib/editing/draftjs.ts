/**
 * Draft.js (Gorgias, older React desks): the editor handles the `beforeinput`/`input` events that
 * `execCommand('insertText')` fires and pushes an insert-characters change onto its own undo stack.
 */
import { defineRichEditor, hasClass } from './rich-editor';

export const draftJsStrategy = defineRichEditor({
  kind: 'draftjs',
  detect: (element) => hasClass(element, 'public-DraftEditor-content') && element.isContentEditable,
  methods: ['execCommand'],
  // Draft.js merges consecutive insert-characters changes into one undo step.
  quietAfterTypingMs: 600,
});
