/**
 * Plain `<textarea>`: text is `.value`, offsets are its UTF-16 indices. Writing goes through
 * `setSelectionRange` + `execCommand('insertText')`, the one way that lands on the browser's undo
 * stack (assigning `.value` loses undo, even with an input event).
 */
import { replaceVerified, type ApplyTarget } from './apply';
import type { EditorHandle, EditorStrategy } from './types';

function isTextarea(element: Element): element is HTMLTextAreaElement {
  // Tag names, not instanceof: the element may come from another frame's realm.
  return element.tagName === 'TEXTAREA';
}

function focusWithin(element: HTMLElement): void {
  const doc = element.ownerDocument;
  if (doc.activeElement !== element) {
    doc.defaultView?.focus();
    element.focus({ preventScroll: true });
  }
}

export const textareaStrategy: EditorStrategy = {
  kind: 'textarea',
  detect(element) {
    return isTextarea(element) && !element.readOnly && !element.disabled;
  },
  attach(element) {
    if (!isTextarea(element)) throw new Error('textareaStrategy.attach needs a <textarea>');
    const textarea = element;
    const target: ApplyTarget = {
      element: textarea,
      read: () => textarea.value,
      select(start, end) {
        focusWithin(textarea);
        textarea.setSelectionRange(start, end);
        return textarea.selectionStart === start && textarea.selectionEnd === end;
      },
    };
    const handle: EditorHandle = {
      kind: 'textarea',
      element: textarea,
      readText: () => textarea.value,
      rangeFor: () => null,
      replace: (start, end, expected, replacement) =>
        replaceVerified(target, { start, end, expected, replacement, methods: ['execCommand'] }),
    };
    return handle;
  },
};
