/**
 * CKEditor 4 (Request Tracker, Salesforce email): the editing document is an about:blank iframe
 * whose body is `.cke_editable`. A synthetic paste goes through CKEditor's paste pipeline, which
 * takes an undo snapshot first; plain execCommand would fold recent typing into the same step.
 */
import { defineRichEditor, hasClass } from './rich-editor';

export const ckeditor4Strategy = defineRichEditor({
  kind: 'ckeditor4',
  detect: (element) =>
    hasClass(element, 'cke_editable') && (element.isContentEditable || element.ownerDocument.designMode === 'on'),
  methods: ['paste'],
});
