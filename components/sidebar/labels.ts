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
