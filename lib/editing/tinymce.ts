/**
 * TinyMCE (UVdesk and many self-hosted desks): the editing document is an about:srcdoc iframe
 * whose body is `#tinymce.mce-content-body` (inline mode: any `.mce-content-body`). A synthetic
 * paste goes through TinyMCE's paste plugin inside an undo transaction; execCommand would make
 * Ctrl+Z erase the whole reply.
 */
import { defineRichEditor, hasClass } from './rich-editor';

export const tinymceStrategy = defineRichEditor({
  kind: 'tinymce',
  detect: (element) =>
    (hasClass(element, 'mce-content-body') || (element.tagName === 'BODY' && element.id === 'tinymce')) &&
    (element.isContentEditable || element.ownerDocument.designMode === 'on'),
  methods: ['paste'],
});
