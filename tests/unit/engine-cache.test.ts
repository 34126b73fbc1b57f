/**
 * Issue 17: the per-sentence caches are sized to the draft. A draft with more sentences than a
 * cache generation used to rotate the cache on every re-check and run the rules on nearly every
 * sentence again; now one edit re-runs the rules on the edited sentence only.
 */
import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../../lib/engine/cache';
import { createChecker, defineRule, type RuleSet } from '../../lib/engine';

function countingRules(): { set: RuleSet; runs: () => number } {
  let runs = 0;
  const rule = defineRule({
    scope: 'sentence',
    meta: { id: 'count', category: 'count', severity: 'suggestion', principle: { id: 'test', text: 'counts calls' }, messages: { m: 'm' }, description: 'counts calls', fixable: false, inNotes: 'checked' },
    check() {
      runs++;
    },
    examples: { valid: [], invalid: [] },
  });
  return { set: { rules: [rule] } as unknown as RuleSet, runs: () => runs };
}

describe('sentence caches sized to the draft', () => {
  it('re-runs the rules on the edited sentence only, in a draft of 12,000 sentences', () => {
    const sentences = Array.from({ length: 12_000 }, (_, i) => `Sentence number ${i} is about the printer.`);
    const draft = sentences.join(' ');
    const { set, runs } = countingRules();
    const checker = createChecker([set]);
    checker.check(draft);
    expect(runs()).toBe(12_000);
    const edited = draft.replace('Sentence number 7 is', 'Sentence number 7 was');
    checker.check(edited);
    expect(runs()).toBe(12_001);
    checker.check(draft);
    expect(runs()).toBe(12_001);
  });

  it('grows but never shrinks, and a grown cache keeps every entry of the draft', () => {
    const cache = new BoundedCache<number, number>(10);
    cache.fit(100);
    for (let i = 0; i < 100; i++) cache.set(i, i);
    expect(cache.size).toBe(100);
    cache.fit(3);
    for (let i = 0; i < 100; i++) expect(cache.get(i)).toBe(i);
  });
});
