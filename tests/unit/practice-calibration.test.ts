/**
 * Practice scores agree with a person's grades: every built-in scenario has hand-graded replies
 * across the range (tests/fixtures/practice-calibration/), each kind lands in its band (stuffed and
 * polite-but-empty replies below 60, paraphrases of a good answer above 80, fact errors below 70,
 * hostile replies below 30), and the rank correlation with the grades is the one lib/practice/README.md
 * publishes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinPack } from '../../lib/practice/builtin';
import { agreement, BANDS, CALIBRATION_DIR, KINDS, scoreCalibration, scoreHeldOut, spearman } from '../../scripts/practice/calibration';

const replies = scoreCalibration();
const result = agreement(replies);
const heldOut = agreement(scoreHeldOut());

describe('practice calibration', () => {
  it('has at least 8 graded replies of their own kinds for every built-in scenario', () => {
    const files = readdirSync(CALIBRATION_DIR).filter((f) => f.endsWith('.json'));
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual(builtinPack().scenarios.map((s) => s.id).sort());
    for (const s of builtinPack().scenarios) {
      const written = replies.filter((r) => r.scenario === s.id && r.kind !== 'model');
      expect(written.length, s.id).toBeGreaterThanOrEqual(8);
      expect(new Set(written.map((r) => r.kind)), s.id).toEqual(new Set(KINDS.filter((k) => k !== 'model')));
      expect(new Set(written.map((r) => r.text)).size, `${s.id}: duplicate reply`).toBe(written.length);
    }
  });

  it.each(replies.map((r) => [`${r.scenario} ${r.kind} (graded ${r.grade})`, r] as const))('%s lands in its band', (_name, r) => {
    const [low, high] = BANDS[r.kind];
    expect(r.score, r.text).toBeGreaterThanOrEqual(low);
    expect(r.score, r.text).toBeLessThanOrEqual(high);
  });

  it('ranks replies as the grades do, overall and within every scenario', () => {
    expect(result.overall).toBeGreaterThanOrEqual(0.85);
    expect(result.perScenarioMin).toBeGreaterThanOrEqual(0.7);
  });

  it('publishes the figure it measures in lib/practice/README.md', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../../lib/practice/README.md'), 'utf8');
    expect(readme).toContain(`Spearman's ρ = ${result.overall.toFixed(2)}`);
    expect(readme).toContain(`${result.replies} replies`);
    expect(readme).toContain(`Spearman's ρ = ${heldOut.overall.toFixed(2)}`);
  });

  it('agrees as well on replies written after tuning (held out)', () => {
    expect(heldOut.replies).toBe(75);
    expect(heldOut.overall).toBeGreaterThanOrEqual(0.85);
  });

  it('computes Spearman as the textbook does, ties included', () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1);
    expect(spearman([1, 2, 2, 3], [1, 3, 2, 4])).toBeCloseTo(0.9487, 3);
  });
});
