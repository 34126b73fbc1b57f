/**
 * Human names for severities, draft kinds and actions, as the sidebar shows them (strings:
 * lib/i18n.ts). Category names come from lib/rule-texts.ts, like everywhere else.
 */
import type { DraftKind, Severity } from '../../lib/engine/types';
import { t } from '../../lib/i18n';
import { categoryLabel } from '../../lib/rule-texts';

/** Read when shown, so the strings come from the browser's locale (a getter per severity). */
export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  get warning() {
    return t('severity_warning');
  },
  get suggestion() {
    return t('severity_suggestion');
  },
  get info() {
    return t('severity_info');
  },
};

export const SEVERITY_RANK: Record<Severity, number> = { warning: 0, suggestion: 1, info: 2 };

export const KIND_LABELS: Readonly<Record<DraftKind, string>> = {
  get reply() {
    return t('kind_reply');
  },
  get 'internal-note'() {
    return t('kind_internal_note');
  },
};

export function countLabel(n: number): string {
  return n === 0 ? t('count_none') : n === 1 ? t('count_one') : t('count_many', n);
}

/**
 * What a fix does, in words: an empty replacement removes the flagged words. A deletion's span often
 * takes the space after the word with it ("just "): the words are quoted without it.
 */
export function fixLabel(replacement: string, flagged: string): string {
  return replacement === '' ? t('fix_remove', flagged.trim()) : t('fix_replace', replacement);
}

/** The Apply button's accessible name: starts with its visible label, then says what it changes. */
export function applyLabel(flagged: string, replacement: string): string {
  return replacement === '' ? t('apply_remove', flagged.trim()) : t('apply_replace', flagged, replacement);
}

/** The visible text of the ignore-rule button; its accessible name starts with it (WCAG 2.5.3). */
export function ignoreRuleText(): string {
  return t('ignore_rule');
}

/**
 * The ignore-rule button's accessible name, true to what it does: the rule is hidden in every tab
 * and on every site until restored; in a category the organisation keeps on, only this draft's card.
 */
export function ignoreRuleLabel(category: string, locked: boolean): string {
  return t(locked ? 'ignore_rule_locked_label' : 'ignore_rule_everywhere_label', categoryLabel(category));
}

/** The "on this site" button's accessible name: contains its visible words (WCAG 2.5.3). */
export function ignoreRuleOnSiteLabel(category: string): string {
  return t('ignore_rule_site_label', categoryLabel(category));
}

export function ignoreRuleTitle(locked: boolean): string {
  return t(locked ? 'ignore_rule_locked_title' : 'ignore_rule_everywhere_title');
}
