/** The categories the options page lists: the built-in ones, then those the team packs add. */
import type { Severity } from '../../lib/engine/types';
import type { EffectiveSettings } from '../../lib/policy/merge';
import { builtinRuleList } from '../../lib/rules';
import { categoryName } from '../../lib/rules/categories';

export interface CategoryEntry {
  id: string;
  label: string;
  /** Where its rules come from: "Built in" and/or pack names. */
  sources: string[];
  ruleCount: number;
  /** The rules' own severities (a category can mix them). */
  severities: Severity[];
}

export function categoryCatalogue(effective: EffectiveSettings): CategoryEntry[] {
  const byId = new Map<string, CategoryEntry>();
  const add = (id: string, source: string, severity: Severity) => {
    const entry = byId.get(id) ?? { id, label: categoryName(id), sources: [], ruleCount: 0, severities: [] };
    if (!entry.sources.includes(source)) entry.sources.push(source);
    if (!entry.severities.includes(severity)) entry.severities.push(severity);
    entry.ruleCount++;
    byId.set(id, entry);
  };
  for (const rule of builtinRuleList) add(rule.meta.category, 'Built in', rule.meta.severity);
  for (const pack of effective.packs) {
    if (pack.shadowed) continue;
    for (const rule of pack.pack.rules) add(rule.category, `${pack.forced ? 'Organisation pack' : 'Team pack'} ${pack.name}`, rule.severity);
  }
  // Locked categories no rule uses yet (e.g. a pack still to come) are still shown as locked.
  for (const id of effective.lockedCategories) if (!byId.has(id)) byId.set(id, { id, label: categoryName(id), sources: [], ruleCount: 0, severities: [] });
  return [...byId.values()];
}
