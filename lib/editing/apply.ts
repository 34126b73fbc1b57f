/**
 * The shared, verified way to replace a range in an editor we may not know.
 *
 * Recipe (proven across a dozen editor libraries in Chromium, see shared/notes/helpdesk-editors.md):
 * select the range, wait a frame so the editor sees the selection, then try in turn
 *   1. a synthetic `beforeinput` (insertReplacementText) — editors with their own model handle it;
 *   2. a synthetic `paste` — editors that only listen for paste;
 *   3. `execCommand('insertText')` — native editing, on the browser's undo stack.
 * After each attempt the text is re-read: a change means the attempt was taken, whether or not the
 * editor called preventDefault() (some handle events without it; keying on it would insert twice).
 * If the result is not exactly the expected text, the change is undone and the agent is told,
 * so a draft is never left half-applied.
 */
import type { ApplyResult } from './types';
import { t } from '../i18n';

export type ApplyMethod = 'beforeinput' | 'paste' | 'execCommand';

export const ALL_METHODS: readonly ApplyMethod[] = ['beforeinput', 'paste', 'execCommand'];

/** What the recipe needs from an editor strategy. */
export interface ApplyTarget {
  /** The element events are dispatched at (textarea or contenteditable root). */
  readonly element: HTMLElement;
  /** The editor's text as the strategy reads it (offsets as the engine saw them). */
  read(): string;
  /** Focus the editor and select [start, end). Returns false when the range can't be selected. */
  select(start: number, end: number): boolean;
  /** A live Range for [start, end) for beforeinput's targetRanges; null for form fields. */
  range?(start: number, end: number): Range | null;
}

/** Resolves on the next animation frame, or after `maxMs` when frames are paused (hidden tab). */
export function nextFrame(win: Window | null = typeof window === 'undefined' ? null : window, maxMs = 50): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      resolve();
    };
    try {
      win?.requestAnimationFrame(finish);
    } catch {
      // A detached frame has no animation frames: the timer still settles.
    }
    setTimeout(finish, maxMs);
  });
}

function dispatchBeforeInput(target: ApplyTarget, start: number, end: number, replacement: string): void {
  const init: InputEventInit & { targetRanges?: StaticRange[] } = {
    inputType: 'insertReplacementText',
    data: replacement,
    bubbles: true,
    cancelable: true,
    composed: true,
  };
  try {
    const dataTransfer = new DataTransfer();
    dataTransfer.setData('text/plain', replacement);
    init.dataTransfer = dataTransfer;
  } catch {
    // Older engines cannot construct a DataTransfer: `data` alone still describes the edit.
  }
  const live = target.range?.(start, end);
  if (live) {
    init.targetRanges = [
      new StaticRange({ startContainer: live.startContainer, startOffset: live.startOffset, endContainer: live.endContainer, endOffset: live.endOffset }),
    ];
  }
  target.element.dispatchEvent(new InputEvent('beforeinput', init));
}

function dispatchPaste(target: ApplyTarget, replacement: string): void {
  const clipboardData = new DataTransfer();
  clipboardData.setData('text/plain', replacement);
  target.element.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true, composed: true }));
}

function execInsert(target: ApplyTarget, replacement: string): void {
  const doc = target.element.ownerDocument;
  // execCommand is deprecated but is still the only way to edit through the browser's own undo stack.
  doc.execCommand('insertText', false, replacement);
}

function attempt(method: ApplyMethod, target: ApplyTarget, start: number, end: number, replacement: string): void {
  if (method === 'beforeinput') dispatchBeforeInput(target, start, end, replacement);
  else if (method === 'paste') dispatchPaste(target, replacement);
  else execInsert(target, replacement);
}

/** Undo the editor's last step, by the native stack first, then by asking the editor. */
async function undoLast(target: ApplyTarget, original: string): Promise<boolean> {
  const win = target.element.ownerDocument.defaultView;
  target.element.ownerDocument.execCommand('undo');
  await nextFrame(win);
  if (target.read() === original) return true;
  target.element.dispatchEvent(
    new InputEvent('beforeinput', { inputType: 'historyUndo', bubbles: true, cancelable: true, composed: true }),
  );
  await nextFrame(win);
  return target.read() === original;
}

export interface ReplaceRequest {
  start: number;
  end: number;
  /** What [start, end) must read now; if the agent has typed since, nothing is changed. */
  expected: string;
  replacement: string;
  /** Which attempts to make, in order (a textarea only needs execCommand). */
  methods?: readonly ApplyMethod[];
}

/** Replace a range through the editor's own undo stack and verify the result by re-reading. */
export async function replaceVerified(target: ApplyTarget, request: ReplaceRequest): Promise<ApplyResult> {
  const { start, end, expected, replacement } = request;
  const methods = request.methods ?? ALL_METHODS;
  if (!target.element.isConnected) return { ok: false, reason: t('editing_editor_gone') };
  const before = target.read();
  if (start < 0 || end < start || end > before.length || before.slice(start, end) !== expected) {
    return { ok: false, reason: t('editing_draft_changed') };
  }
  const wanted = before.slice(0, start) + replacement + before.slice(end);
  if (wanted === before) return { ok: true };
  const win = target.element.ownerDocument.defaultView;

  for (const method of methods) {
    if (!target.select(start, end)) return { ok: false, reason: t('editing_cannot_select') };
    await nextFrame(win);
    if (target.read() !== before) {
      return { ok: false, reason: t('editing_changed_while_applying') };
    }
    try {
      attempt(method, target, start, end, replacement);
    } catch {
      continue; // This editor or browser refuses this kind of event: try the next way.
    }
    await nextFrame(win);
    const after = target.read();
    if (after === wanted) return { ok: true };
    if (after === before) continue;
    const undone = await undoLast(target, before);
    return {
      ok: false,
      reason: undone ? t('editing_undone') : t('editing_not_undone'),
    };
  }
  return { ok: false, reason: t('editing_not_accepted') };
}
