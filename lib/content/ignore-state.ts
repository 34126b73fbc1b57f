/**
 * What the agent chose not to see: cards ignored once (this draft only), rules ignored everywhere or
 * on this site, and the categories the organisation keeps on, where "Ignore this rule" hides one
 * draft's card and remembers nothing.
 */
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { CardFinding } from '../../components/sidebar/model';

export type IgnoreScope = 'everywhere' | 'site';

export interface IgnoreStateOptions {
  /** "Ignore this rule" chose these rules, or they were restored: persist them. */
  onIgnoredRulesChanged?: ((ruleIds: readonly string[]) => void) | undefined;
  /** "Ignore this rule" on this site only chose these rules, or they were restored: persist them for the site. */
  onSiteIgnoredRulesChanged?: ((ruleIds: readonly string[]) => void) | undefined;
  /** The ignored rules changed (chosen here or elsewhere): the draft needs a fresh check. */
  onRulesChanged(): void;
}

export interface IgnoreState {
  /** How many rules are hidden here (ignored everywhere or on this site). */
  readonly ignoredRuleCount: ReadonlySignal<number>;
  readonly lockedCategories: ReadonlySignal<ReadonlySet<string>>;
  /** The cards to show out of a check's cards (reads signals: use it inside `computed`). */
  visible(cards: readonly CardFinding[]): CardFinding[];
  /** Rules the engine can skip: the settings' disabled ones and, unless a category is locked, the ignored ones. */
  skipped(disabled: readonly string[]): string[];
  /** Is this card's category one the organisation keeps on? */
  isLocked(finding: CardFinding): boolean;
  /** Hide this card for the rest of the draft. */
  hideOnce(key: string): void;
  /** A new draft: the cards ignored once come back. */
  clearOnce(): void;
  /** "Ignore this rule", here or on this site only: remembered and persisted. */
  ignoreRule(ruleId: string, scope: IgnoreScope): void;
  /** Rules ignored elsewhere (another tab, the options page): use exactly these, persisting nothing. */
  setRules(ruleIds: readonly string[], scope: IgnoreScope): void;
  /** Bring every ignored rule back, everywhere and on this site. */
  restore(): void;
  setLockedCategories(categories: readonly string[]): void;
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => a.size === b.size && [...a].every((id) => b.has(id));

export function createIgnoreState(options: IgnoreStateOptions): IgnoreState {
  const ignoredOnce = signal<ReadonlySet<string>>(new Set());
  const ignoredRules = signal<ReadonlySet<string>>(new Set());
  const siteIgnoredRules = signal<ReadonlySet<string>>(new Set());
  const lockedCategories = signal<ReadonlySet<string>>(new Set());
  /** Every rule hidden here: ignored everywhere or on this site. */
  const hiddenRules = computed<ReadonlySet<string>>(() => new Set([...ignoredRules.value, ...siteIgnoredRules.value]));
  const rulesOf = (scope: IgnoreScope) => (scope === 'site' ? siteIgnoredRules : ignoredRules);

  function replaceRules(next: ReadonlySet<string>, persist: boolean, scope: IgnoreScope): void {
    rulesOf(scope).value = next;
    if (persist) (scope === 'site' ? options.onSiteIgnoredRulesChanged : options.onIgnoredRulesChanged)?.([...next]);
    options.onRulesChanged();
  }

  return {
    ignoredRuleCount: computed(() => hiddenRules.value.size),
    lockedCategories,
    visible: (cards) =>
      cards.filter((f) => !ignoredOnce.value.has(f.key) && (!hiddenRules.value.has(f.ruleId) || lockedCategories.value.has(f.category))),
    // With locked categories the ignored rules are hidden after the check (`visible`), so a locked one still shows.
    skipped: (disabled) => [...disabled, ...(lockedCategories.peek().size ? [] : hiddenRules.peek())],
    isLocked: (finding) => lockedCategories.peek().has(finding.category),
    hideOnce(key) {
      ignoredOnce.value = new Set([...ignoredOnce.peek(), key]);
    },
    clearOnce() {
      ignoredOnce.value = new Set();
    },
    ignoreRule(ruleId, scope) {
      replaceRules(new Set([...rulesOf(scope).peek(), ruleId]), true, scope);
    },
    setRules(ruleIds, scope) {
      const next = new Set(ruleIds);
      if (!sameSet(next, rulesOf(scope).peek())) replaceRules(next, false, scope);
    },
    restore() {
      if (siteIgnoredRules.peek().size) replaceRules(new Set(), true, 'site');
      replaceRules(new Set(), true, 'everywhere');
    },
    setLockedCategories(categories) {
      lockedCategories.value = new Set(categories);
    },
  };
}
