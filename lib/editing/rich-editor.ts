/**
 * The shape every rich-editor strategy shares: the editor renders its document as contenteditable
 * DOM, so text and offsets come from the same DOM text map as plain contenteditable; what differs
 * per library is how it is recognised and which write path lands on its own undo stack
 * (see shared/notes/helpdesk-editors.md for the verified table).
 */
import { nextFrame, replaceVerified, type ApplyMethod, type ApplyTarget } from './apply';
import { domTextTarget } from './contenteditable';
import type { ApplyResult, EditorHandle, EditorStrategy } from './types';
import { t } from '../i18n';

export interface RichEditorSpec {
  kind: string;
  /** True when `element` is this library's editable root. */
  detect(element: HTMLElement): boolean;
  /** Write paths to try, in order; each is verified by re-reading before the next is tried. */
  methods: readonly ApplyMethod[];
  /**
   * Editors that merge edits made shortly after typing into the typing's undo step (Quill's
   * history delay, ProseMirror's newGroupDelay): wait this long after the last keystroke so that
   * Ctrl+Z undoes exactly the apply.
   */
  quietAfterTypingMs?: number;
  /** Extra check after a verified apply (unknown editors: did a re-render take it back?). */
  settle?: (handle: EditorHandle, wanted: string) => Promise<ApplyResult>;
}

/** Last keystroke/input time per editor, to honour `quietAfterTypingMs`. */
const lastTyped = new WeakMap<HTMLElement, number>();

function trackTyping(root: HTMLElement): void {
  if (lastTyped.has(root)) return;
  lastTyped.set(root, 0);
  const mark = (event: Event): void => {
    // Only the agent's own typing counts; our synthetic events are not trusted.
    if (event.isTrusted) lastTyped.set(root, performance.now());
  };
  root.addEventListener('keydown', mark, true);
  root.addEventListener('input', mark, true);
}

async function waitForQuiet(root: HTMLElement, ms: number): Promise<void> {
  const since = performance.now() - (lastTyped.get(root) ?? 0);
  if (since < ms) await new Promise((resolve) => setTimeout(resolve, ms - since));
}

/**
 * Select [start, end) and wait until the page has seen it: editors with their own model (CKEditor 5)
 * take the selection from the `selectionchange` event, which Chromium queues as a task that can
 * arrive after the next animation frame. An edit dispatched before it lands at the old caret, or
 * joins the typing's undo step.
 */
async function selectAndSettle(target: ApplyTarget, start: number, end: number): Promise<boolean> {
  const doc = target.element.ownerDocument;
  const seen = new Promise<void>((resolve) => {
    const done = (): void => {
      doc.removeEventListener('selectionchange', done);
      resolve();
    };
    doc.addEventListener('selectionchange', done);
    setTimeout(done, SELECTION_WAIT_MS);
  });
  if (!target.select(start, end)) return false;
  await seen;
  await nextFrame(doc.defaultView);
  return true;
}

const SELECTION_WAIT_MS = 120;

/** Does `element` carry `className` (works for elements from any frame's realm)? */
export function hasClass(element: Element, className: string): boolean {
  return element.classList.contains(className);
}

export function defineRichEditor(spec: RichEditorSpec): EditorStrategy {
  return {
    kind: spec.kind,
    detect: (element) => spec.detect(element),
    attach(element) {
      const root = element;
      trackTyping(root);
      const target = domTextTarget(root);
      const handle: EditorHandle = {
        kind: spec.kind,
        element: root,
        readText: target.read,
        rangeFor: target.range,
        async replace(start, end, expected, replacement) {
          if (spec.quietAfterTypingMs) await waitForQuiet(root, spec.quietAfterTypingMs);
          const before = target.read();
          if (before.slice(start, end) === expected && !(await selectAndSettle(target, start, end))) {
            return { ok: false, reason: t('editing_cannot_select') };
          }
          const result = await replaceVerified(target, { start, end, expected, replacement, methods: spec.methods });
          if (!result.ok || !spec.settle) return result;
          const wanted = before.slice(0, start) + replacement + before.slice(end);
          return spec.settle(handle, wanted);
        },
      };
      return handle;
    },
  };
}
