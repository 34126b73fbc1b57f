/**
 * Which card the agent is on (hovered, caret inside its words, reached by shortcut or from the
 * sidebar), moving to the next one, and showing a card's words in the reply box.
 */
import { signal, type ReadonlySignal } from '@preact/signals';
import type { CardFinding, CurrentSource } from '../../components/sidebar/model';
import type { EditorHandle } from '../editing/types';
import { selectInEditor, selectKeepingFocus } from './select-words';

export interface NavigationOptions {
  /** The cards shown now. */
  findings: ReadonlySignal<readonly CardFinding[]>;
  /** The editor being coached, if any. */
  handle(): EditorHandle | null;
  /** Check again if the text changed since the last check (so offsets are fresh). */
  refresh(): void;
  /** Open the sidebar if it is collapsed to its badge. */
  expand(): void;
  /** Called when the current finding changes (to mark its words in the editor). */
  onCurrent?: ((handle: EditorHandle, finding: CardFinding | null) => void) | undefined;
  /** Scroll the finding's words into view where selecting them doesn't (textareas, via the overlay). */
  reveal?: ((handle: EditorHandle, finding: CardFinding) => void) | undefined;
}

export interface Navigation {
  /** Key of the finding the agent is on. */
  readonly current: ReadonlySignal<string | null>;
  setCurrent(key: string | null, source: CurrentSource): void;
  /** A check produced these cards (or none, detached): let go of the current one if it is gone. */
  keepIfPresent(cards: readonly CardFinding[]): void;
  /** The current finding, or else the next one after the caret. */
  target(): CardFinding | undefined;
  /** The next-finding shortcut: make the next finding current and select its words. */
  goToNext(): void;
  /** Select the finding's words ('click': the keyboard goes to the editor; 'focus': it stays where it is). */
  showWords(key: string, how: 'click' | 'focus'): void;
}

export function createNavigation(options: NavigationOptions): Navigation {
  const { findings } = options;
  const current = signal<string | null>(null);
  let currentSource: CurrentSource | null = null;
  const byKey = (key: string | null): CardFinding | undefined => (key === null ? undefined : findings.peek().find((f) => f.key === key));

  function setCurrent(key: string | null, source: CurrentSource): void {
    // Letting go only clears what the same source set: moving the mouse off a highlight must not
    // drop the card the caret is in.
    if (key === null && currentSource !== source) return;
    const finding = byKey(key) ?? null;
    currentSource = finding ? source : null;
    if (current.peek() === (finding?.key ?? null)) return;
    current.value = finding?.key ?? null;
    const handle = options.handle();
    if (handle) options.onCurrent?.(handle, finding);
  }

  function caretOffset(): number {
    const el = options.handle()?.element;
    if (el && el.tagName === 'TEXTAREA') return (el as HTMLTextAreaElement).selectionStart;
    return 0;
  }

  /** The next finding with words in the draft after the current one (or the caret), wrapping around. */
  function nextFinding(): CardFinding | undefined {
    const list = findings.peek().filter((f) => f.scope !== 'draft');
    if (list.length === 0) return findings.peek()[0];
    const at = list.findIndex((f) => f.key === current.peek());
    if (at >= 0) return list[(at + 1) % list.length];
    const caret = caretOffset();
    return list.find((f) => f.start >= caret) ?? list[0];
  }

  return {
    current,
    setCurrent,
    keepIfPresent(cards) {
      if (current.value !== null && !cards.some((c) => c.key === current.value)) current.value = null;
    },
    target: () => byKey(current.peek()) ?? nextFinding(),
    goToNext() {
      const handle = options.handle();
      if (!handle) return;
      options.refresh();
      const next = nextFinding();
      options.expand();
      if (!next) return;
      setCurrent(next.key, 'command');
      if (next.scope === 'draft') return;
      selectInEditor(handle, next);
      options.reveal?.(handle, next);
    },
    showWords(key, how) {
      const handle = options.handle();
      const finding = byKey(key);
      if (!handle || !finding || finding.scope === 'draft') return;
      if (how === 'click') selectInEditor(handle, finding);
      else selectKeepingFocus(handle, finding, handle.element.ownerDocument.defaultView?.top?.document ?? document);
      options.reveal?.(handle, finding);
    },
  };
}
