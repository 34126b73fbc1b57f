/**
 * What the sidebar shows and what its buttons ask for. The sidebar only renders this model; the
 * content script's coach (lib/content/coach.ts) implements it, and so can any page that wants the
 * same sidebar next to its own composer (practice mode).
 */
import type { ReadonlySignal, Signal } from '@preact/signals';
import type { DraftKind, Finding } from '../../lib/engine/types';
import type { ShortcutMap } from '../../lib/shortcuts';

/** A finding as a card: with a stable key (survives edits elsewhere) and the flagged words. */
export interface CardFinding extends Finding {
  /** Stable across re-checks while the flagged words stay: rule, words and occurrence. */
  key: string;
  /** The flagged words (empty for draft-level findings). */
  flagged: string;
}

/** The draft's overall tone, when a tone model is loaded: 0 (curt) … 1 (warm). */
export interface ToneReading {
  score: number;
}

/** Where the "current" finding came from: the mouse, the caret, a shortcut, or the sidebar itself. */
export type CurrentSource = 'hover' | 'caret' | 'command' | 'card';

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
  /** Hide the rule everywhere (the default), or on this site only where the host offers it. */
  ignoreRule(finding: CardFinding, scope?: 'everywhere' | 'site'): void;
  dismissNotice(): void;
  /** Put the keyboard back in the reply box (Escape in the sidebar). */
  focusEditor(): void;

  // Optional: the help desk coach has these; simpler hosts (practice mode) may leave them out.
  /** Key of the finding the agent is on: hovered, caret inside its words, or reached by shortcut. */
  readonly current?: ReadonlySignal<string | null>;
  /** Pointing at a card (hover or keyboard focus) marks its words in the editor; null lets go. */
  setCurrent?(key: string | null, source: CurrentSource): void;
  /**
   * A card was clicked ('click': the keyboard goes to the reply box) or reached with the keyboard
   * ('focus': it stays on the card): select the finding's words in the editor, scrolled into view.
   */
  showWords?(key: string, how: 'click' | 'focus'): void;
  /** Whole-draft tone for the meter; null hides it (no model, or nothing to score yet). */
  readonly tone?: ReadonlySignal<ToneReading | null>;
  /** The host can ignore a rule on this site only (help desk pages; not practice mode). */
  readonly canIgnoreOnSite?: boolean;
  /** How many rules the agent has ignored (everywhere or on this site), and how to bring them back. */
  readonly ignoredRuleCount?: ReadonlySignal<number>;
  restoreIgnoredRules?(): void;
  /** Categories the organisation keeps on: "Ignore this rule" there hides one draft's card, not the rule. */
  readonly lockedCategories?: ReadonlySignal<ReadonlySet<string>>;
  /** The keyboard shortcuts as the browser has them now, for tooltips (none where shortcuts don't reach). */
  readonly shortcuts?: ReadonlySignal<ShortcutMap>;
}
