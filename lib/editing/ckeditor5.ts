/**
 * CKEditor 5 (Zendesk Agent Workspace): ignores execCommand; its input observer turns a
 * `beforeinput` of type insertReplacementText (with target ranges) into a model change, which its
 * undo plugin records as one step. A synthetic paste goes through its clipboard pipeline as a
 * fallback.
 */
import { defineRichEditor, hasClass } from './rich-editor';

export const ckeditor5Strategy = defineRichEditor({
  kind: 'ckeditor5',
  detect: (element) => hasClass(element, 'ck-editor__editable') && element.isContentEditable,
  methods: ['beforeinput', 'paste'],
});
