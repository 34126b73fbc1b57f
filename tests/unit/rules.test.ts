/**
 * RuleTester: every rule's own valid/invalid examples are its tests, run through the engine
 * (masking, sentence splitting, caching) with the rules alone and no coach model: the coach model's
 * cards carry their own ids and are measured by npm run eval:coach and tests/unit/coach.test.ts,
 * and what the tone card does once a coach model backs it (it shows only where that model sees
 * some problem) is tested there, so a retrained model never changes what a rule's examples mean.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRulesOnlyChecker, getCoachModel } from '../../lib/coaching';
import { setCoachModel } from '../../lib/engine/coach/index';

const shippedCoach = getCoachModel();
beforeAll(() => setCoachModel(null));
afterAll(() => setCoachModel(shippedCoach));

const rulesOnly = createRulesOnlyChecker();
import type { InvalidExample, ValidExample } from '../../lib/engine/rule';
import { builtinRuleList } from '../../lib/rules';

function normalise(example: string | ValidExample): ValidExample {
  return typeof example === 'string' ? { text: example } : example;
}

function findingsOf(ruleId: string, ex: ValidExample) {
  return rulesOnly.check(ex.text, {
    context: ex.kind ?? 'reply',
    ...(ex.customerMessage !== undefined ? { customerMessage: ex.customerMessage } : {}),
  }).filter((f) => f.ruleId === ruleId && f.severity !== 'info');
}

function applyFirst(text: string, f: { start: number; end: number; replacements: string[] }): string {
  return text.slice(0, f.start) + (f.replacements[0] ?? '') + text.slice(f.end);
}

describe.each(builtinRuleList.map((r) => [r.meta.id, r] as const))('rule %s', (id, rule) => {
  it('has complete meta, a principle and at least 10 valid and 10 invalid examples', () => {
    expect(rule.meta.principle.text.length).toBeGreaterThan(10);
    expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    expect(rule.examples.valid.length).toBeGreaterThanOrEqual(10);
    expect(rule.examples.invalid.length).toBeGreaterThanOrEqual(10);
  });

  it.each(rule.examples.valid.map((e) => [normalise(e).text, normalise(e)] as const))('valid: %s', (_t, ex) => {
    expect(findingsOf(id, ex)).toEqual([]);
  });

  it.each(rule.examples.invalid.map((e) => [e.text, e] as const))('invalid: %s', (_t, ex: InvalidExample) => {
    const found = findingsOf(id, ex);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      expect(f.message.length).toBeLessThanOrEqual(140);
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(ex.text.length);
    }
    if (ex.flagged !== undefined) {
      const expected = Array.isArray(ex.flagged) ? ex.flagged : [ex.flagged];
      expect(found.filter((f) => f.scope === 'span').map((f) => ex.text.slice(f.start, f.end))).toEqual(expected);
    }
    if (ex.fix !== undefined) {
      const first = found[0]!;
      expect(rule.meta.fixable).toBe(true);
      expect(applyFirst(ex.text, first)).toBe(ex.fix);
    }
  });
});
