/**
 * Editor strategies, most specific first: the first whose `detect` accepts an editable root drives
 * it. Library-specific strategies (ProseMirror, CKEditor, …) go before the plain contenteditable
 * one, which accepts any contenteditable root and so must stay last.
 */
import { contentEditableRoot, contentEditableStrategy } from './contenteditable';
import { richEditorStrategies, unknownEditorStrategy } from './rich-editors';
import { textareaStrategy } from './textarea';
import type { EditorHandle, EditorStrategy } from './types';

export type { ApplyResult, EditorHandle, EditorStrategy } from './types';

const strategies: EditorStrategy[] = [textareaStrategy, ...richEditorStrategies, unknownEditorStrategy, contentEditableStrategy];

export function strategyFor(element: HTMLElement): EditorStrategy | undefined {
  return strategies.find((s) => s.detect(element));
}

export function attachEditor(element: HTMLElement): EditorHandle | undefined {
  return strategyFor(element)?.attach(element);
}

/**
 * The editable root an event target sits in — a textarea or the outermost contenteditable — or
 * null for anything else (inputs, buttons, read-only text).
 */
export function editableRootOf(element: Element): HTMLElement | null {
  if (element.tagName === 'TEXTAREA') {
    const textarea = element as HTMLTextAreaElement;
    return textarea.readOnly || textarea.disabled ? null : textarea;
  }
  if (element.tagName === 'INPUT') return null;
  return contentEditableRoot(element);
}
