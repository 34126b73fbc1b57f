/**
 * What the sidebar shows and what its buttons ask for. The sidebar only renders this model; the
 * content script's coach (lib/content/coach.ts) implements it, and so can any page that wants the
 * same sidebar next to its own composer (practice mode).
 */
import type { ReadonlySignal, Signal } from '@preact/signals';
import type { DraftKind, Finding } from '../../lib/engine/types';

/** A finding as a card: with a stable key (survives edits elsewhere) and the flagged words. */
export interface CardFinding extends Finding {
  /** Stable across re-checks while the flagged words stay: rule, words and occurrence. */
  key: string;
  /** The flagged words (empty for draft-level findings). */
  flagged: string;
}

export interface Notice {
  tone: 'error' | 'info';
  text: string;
}

export interface SidebarModel {
  /** Findings to show, in draft order (ignored ones already removed). */
  readonly findings: ReadonlySignal<readonly CardFinding[]>;
  /** Customer reply or internal note: shown in the header. */
  readonly kind: ReadonlySignal<DraftKind>;
  /** False while no reply box is being coached (the sidebar then says how to start). */
  readonly attached: ReadonlySignal<boolean>;
  /** True while an apply is running (buttons are disabled). */
  readonly busy: ReadonlySignal<boolean>;
  readonly notice: ReadonlySignal<Notice | null>;
  /** Collapsed to a badge with the count; the sidebar toggles it. */
  readonly collapsed: Signal<boolean>;
  apply(finding: CardFinding, replacement: string): void;
  ignoreOnce(finding: CardFinding): void;
  ignoreRule(finding: CardFinding): void;
  dismissNotice(): void;
  /** Put the keyboard back in the reply box (Escape in the sidebar). */
  focusEditor(): void;
}
