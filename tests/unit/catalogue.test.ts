/**
 * Catalogue conventions: every rule module in lib/rules is registered, has complete meta, cites a
 * principle, explains itself in one short message, ships ≥ 10 valid and ≥ 10 invalid examples, and
 * offers a fix or a suggestion with every finding.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check } from '../../lib/coaching';
import type { Rule } from '../../lib/engine/rule';
import { builtinRuleList, builtinRules, principles } from '../../lib/rules';
import { builtinCategory, CATEGORIES } from '../../lib/rules/categories';

const RULES_DIR = fileURLToPath(new URL('../../lib/rules/', import.meta.url));
/** Modules in lib/rules that are shared helpers, not rules. A new helper must be listed here. */
const HELPERS = new Set(['index.ts', 'categories.ts', 'principles.ts', 'phrases.ts', 'text.ts', 'draft-scan.ts', 'frustration.ts']);
const CATEGORY_IDS = CATEGORIES.map((c) => c.id as string);
const WARNING_CATEGORIES = new Set(['blame', 'condescension', 'dismissive', 'us-vs-them', 'venting']);
/** Documented exceptions to the category's severity (see the rule module's header for why). */
const SEVERITY_EXCEPTIONS = new Set(['condescension-minimiser']);

function isRule(value: unknown): value is Rule {
  const r = value as Partial<Rule> | undefined;
  return !!r && typeof r === 'object' && !!r.meta && typeof r.check === 'function' && !!r.examples;
}

describe('rule catalogue', () => {
  const files = readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts'));

  it('registers every rule module in builtinRuleList, and only rule modules', async () => {
    const registered = new Set(builtinRuleList);
    const ruleFiles: string[] = [];
    for (const file of files) {
      const mod = (await import(`../../lib/rules/${file}`)) as { default?: unknown };
      if (HELPERS.has(file)) {
        expect(isRule(mod.default), `${file} is listed as a helper but exports a rule`).toBe(false);
        continue;
      }
      expect(isRule(mod.default), `${file} has no default-exported rule (add it to HELPERS if it is a helper)`).toBe(true);
      expect(registered.has(mod.default as Rule), `${file} is not registered in lib/rules/index.ts`).toBe(true);
      ruleFiles.push(file);
    }
    expect(ruleFiles.length).toBe(builtinRuleList.length);
    expect(builtinRules.rules).toBe(builtinRuleList);
  });

  it('has unique rule ids, and one rule named after each category', () => {
    const ids = builtinRuleList.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const category of CATEGORY_IDS) expect(ids, category).toContain(category);
    for (const rule of builtinRuleList) expect(CATEGORY_IDS).toContain(rule.meta.category);
  });

  it.each(builtinRuleList.map((r) => [r.meta.id, r] as const))('%s: meta, principle, messages, examples', (_id, rule) => {
    const { meta } = rule;
    expect(meta.description.length).toBeGreaterThan(20);
    expect(Object.values(principles)).toContain(meta.principle);
    expect(meta.inNotes, 'a rule does in notes what its category does').toBe(builtinCategory(meta.category)?.inNotes);
    const expected = WARNING_CATEGORIES.has(meta.category) && !SEVERITY_EXCEPTIONS.has(meta.id) ? 'warning' : 'suggestion';
    expect(meta.severity).toBe(expected);
    for (const message of Object.values(meta.messages)) {
      expect(message.length, message).toBeLessThanOrEqual(100);
      expect(message.trim()).toMatch(/[.!?]$/);
    }
    expect(rule.examples.valid.length).toBeGreaterThanOrEqual(10);
    expect(rule.examples.invalid.length).toBeGreaterThanOrEqual(10);
    const texts = [...rule.examples.valid.map((e) => (typeof e === 'string' ? e : e.text)), ...rule.examples.invalid.map((e) => e.text)];
    expect(new Set(texts).size, 'duplicate example').toBe(texts.length);
  });

  it.each(builtinRuleList.map((r) => [r.meta.id, r] as const))('%s: every finding offers a fix or a suggestion, as meta says', (_id, rule) => {
    let withFix = 0;
    for (const ex of rule.examples.invalid) {
      const findings = check(ex.text, {
        context: ex.kind ?? 'reply',
        ...(ex.customerMessage !== undefined ? { customerMessage: ex.customerMessage } : {}),
      }).filter((f) => f.ruleId === rule.meta.id);
      for (const f of findings) {
        expect(f.replacements.length > 0 || !!f.suggestion, `${ex.text}: no fix and no suggestion`).toBe(true);
        expect(f.message.length).toBeLessThanOrEqual(100);
        if (f.replacements.length > 0) withFix++;
      }
    }
    if (rule.meta.fixable) expect(withFix).toBeGreaterThan(0);
    else expect(withFix).toBe(0);
  });
});
