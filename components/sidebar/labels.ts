/** Human names for categories and severities, as the sidebar shows them. */
import type { DraftKind, Severity } from '../../lib/engine/types';

const CATEGORY_LABELS: Record<string, string> = {
  'help-wording': 'Wording',
  blame: 'Blame',
  condescension: 'Talking down',
  dismissive: 'Dismissive',
  'policy-wall': 'Policy wall',
  deflection: 'Deflection',
  venting: 'Venting',
  'us-vs-them': 'Us vs. them',
  acknowledge: 'Acknowledge',
  'next-step': 'Next step',
  tone: 'Tone',
};

export function categoryLabel(category: string): string {
  return CATEGORY_LABELS[category] ?? category.replace(/[-_]+/g, ' ').replace(/^\w/, (c) => c.toUpperCase());
}

export const SEVERITY_LABELS: Record<Severity, string> = {
  warning: 'Needs a change',
  suggestion: 'Suggestion',
  info: 'For your information',
};

export const SEVERITY_RANK: Record<Severity, number> = { warning: 0, suggestion: 1, info: 2 };

export const KIND_LABELS: Record<DraftKind, string> = {
  reply: 'Customer reply',
  'internal-note': 'Internal note',
};

export function countLabel(n: number): string {
  return n === 0 ? 'No suggestions' : n === 1 ? '1 suggestion' : `${n} suggestions`;
}

/**
 * What a fix does, in words: an empty replacement removes the flagged words. A deletion's span often
 * takes the space after the word with it ("just "): the words are quoted without it.
 */
export function fixLabel(replacement: string, flagged: string): string {
  return replacement === '' ? `Remove “${flagged.trim()}”` : `Replace with “${replacement}”`;
}

/** The Apply button's accessible name: starts with its visible label, then says what it changes. */
export function applyLabel(flagged: string, replacement: string): string {
  return replacement === '' ? `Apply: remove “${flagged.trim()}”` : `Apply: replace “${flagged}” with “${replacement}”`;
}

/** The visible text of the ignore-rule button; its accessible name starts with it (WCAG 2.5.3). */
export const IGNORE_RULE_TEXT = 'Ignore this rule';

/**
 * The ignore-rule button's accessible name, true to what it does: the rule is hidden in every tab
 * and on every site until restored; in a category the organisation keeps on, only this draft's card.
 */
export function ignoreRuleLabel(category: string, locked: boolean): string {
  const where = locked ? 'for this draft only (your organisation keeps it on)' : 'everywhere, until you restore it';
  return `${IGNORE_RULE_TEXT} (${categoryLabel(category)}) ${where}`;
}

/** The "on this site" button's accessible name: contains its visible words (WCAG 2.5.3). */
export function ignoreRuleOnSiteLabel(category: string): string {
  return `${IGNORE_RULE_TEXT} (${categoryLabel(category)}) on this site, until you restore it`;
}

export function ignoreRuleTitle(locked: boolean): string {
  return locked ? 'Your organisation keeps this category on: hides this card for this draft only' : 'Hides this rule on every site until you restore it';
}
