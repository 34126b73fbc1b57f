/**
 * Quill (Salesforce Lightning rich text, many small desks): Quill's mutation observer turns an
 * `execCommand('insertText')` into a user delta on its history stack.
 */
import { defineRichEditor, hasClass } from './rich-editor';

export const quillStrategy = defineRichEditor({
  kind: 'quill',
  detect: (element) => hasClass(element, 'ql-editor') && element.isContentEditable,
  methods: ['execCommand'],
  // Quill's history merges changes within its 1 s delay into one undo step.
  quietAfterTypingMs: 1100,
});
