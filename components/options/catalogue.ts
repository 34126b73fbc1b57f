/**
 * The categories the options page lists: the built-in ones (name, description and examples from
 * lib/rules/categories.ts), then those the team packs add (described by their first rule).
 */
import type { Severity } from '../../lib/engine/types';
import type { EffectiveSettings } from '../../lib/policy/merge';
import { builtinRuleList } from '../../lib/rules';
import { builtinCategory } from '../../lib/rules/categories';
import { categoryDescription, categoryLabel } from '../../lib/rule-texts';
import { t } from '../../lib/i18n';

export interface CategoryEntry {
  id: string;
  label: string;
  /** Where its rules come from: "Built in" and/or pack names. */
  sources: string[];
  ruleCount: number;
  /** The rules' own severities (a category can mix them). */
  severities: Severity[];
  description?: string;
  /** A reply it flags and one it doesn't, as text. */
  flags?: string;
  passes?: string;
}

const textOf = (e: string | { text: string } | undefined) => (typeof e === 'string' ? e : e?.text);

export function categoryCatalogue(effective: EffectiveSettings): CategoryEntry[] {
  const byId = new Map<string, CategoryEntry>();
  const add = (id: string, source: string, severity: Severity) => {
    const known = builtinCategory(id);
    const entry: CategoryEntry = byId.get(id) ?? {
      id,
      label: categoryLabel(id),
      sources: [],
      ruleCount: 0,
      severities: [],
      ...(known ? { description: categoryDescription(id) ?? known.description, flags: known.flags.text, passes: known.passes.text } : {}),
    };
    if (!entry.sources.includes(source)) entry.sources.push(source);
    if (!entry.severities.includes(severity)) entry.severities.push(severity);
    entry.ruleCount++;
    byId.set(id, entry);
  };
  for (const rule of builtinRuleList) add(rule.meta.category, t('categories_built_in'), rule.meta.severity);
  for (const pack of effective.packs) {
    if (pack.shadowed) continue;
    for (const rule of pack.pack.rules) {
      add(rule.category, t(pack.forced ? 'categories_org_pack' : 'categories_team_pack', pack.name), rule.severity);
      const entry = byId.get(rule.category)!;
      // A pack's own category reads as its first rule: what it explains and its own examples.
      if (entry.description === undefined) {
        entry.description = rule.explanation;
        const flags = textOf(rule.examples.invalid[0]);
        const passes = textOf(rule.examples.valid[0]);
        if (flags !== undefined) entry.flags = flags;
        if (passes !== undefined) entry.passes = passes;
      }
    }
  }
  // Locked categories no rule uses yet (e.g. a pack still to come) are still shown as locked.
  for (const id of effective.lockedCategories) if (!byId.has(id)) byId.set(id, { id, label: categoryLabel(id), sources: [], ruleCount: 0, severities: [] });
  return [...byId.values()];
}
