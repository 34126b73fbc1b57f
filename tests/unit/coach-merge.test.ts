/**
 * The coach ensemble (models/coach/trainer.ts mergeMembers): members merged into one wider
 * network must score exactly as the average of the members' logits, through the runtime's forward.
 */
import { describe, expect, it } from 'vitest';
import { floatPredictor, mergeMembers, type CoachExample, type CoachWeights } from '../../models/coach/trainer';
import { prng } from '../../models/tone/cv';

const H = 4;
const L = 3;
const buckets = 16;
const D = 5;
const K = 2;
const words = 6;

function member(seed: number): CoachWeights {
  const rand = prng(seed);
  const r = (n: number) => Float32Array.from({ length: n }, () => rand() * 2 - 1);
  return { hidden: H, buckets, A: r(buckets * H), P: r(D * H), C: r(K * H), b1: r(H), W2: r(H * L), b2: r(L) };
}

const E = (() => {
  const rand = prng(99);
  return Float32Array.from({ length: words * D }, () => rand() * 2 - 1);
})();

/** Q = E·P for a member (what export.ts ships per word). */
function wordRows(w: CoachWeights): Float32Array {
  const Q = new Float32Array(words * w.hidden);
  for (let v = 0; v < words; v++) for (let d = 0; d < D; d++) for (let j = 0; j < w.hidden; j++) Q[v * w.hidden + j]! += E[v * D + d]! * w.P[d * w.hidden + j]!;
  return Q;
}

const example: CoachExample = {
  features: {
    ngrams: { indices: Int32Array.of(1, 7, 12), values: Float32Array.of(0.5, 0.7, 0.5) },
    words: { indices: Int32Array.of(0, 3, 5), values: Float32Array.of(0.6, 0.6, 0.53) },
    cues: Float32Array.of(1, 0),
    sequence: Int32Array.of(0, 3, 5),
  },
  glove: new Float32Array(D),
  target: new Float32Array(L),
};

const logit = (p: number) => Math.log(p / (1 - p));

describe('mergeMembers', () => {
  it('scores as the mean of the members’ logits', () => {
    const members = [member(1), member(2), member(3)];
    const merged = mergeMembers(members);
    expect(merged.hidden).toBe(3 * H);
    const p = floatPredictor(merged, wordRows(merged))(example);
    const each = members.map((m) => floatPredictor(m, wordRows(m))(example));
    for (let l = 0; l < L; l++) {
      const mean = each.reduce((s, q) => s + logit(q[l]!), 0) / members.length;
      expect(logit(p[l]!), `label ${l}`).toBeCloseTo(mean, 4);
    }
  });

  it('returns a single member unchanged and refuses none or windowed members', () => {
    const one = member(4);
    expect(mergeMembers([one])).toBe(one);
    expect(() => mergeMembers([])).toThrow(/no members/);
    const windowed = { ...member(5), windows: { filters: 1, kernel: new Float32Array(3 * H), bias: new Float32Array(1), out: new Float32Array(H) } };
    expect(() => mergeMembers([windowed, member(6)])).toThrow(/word windows/);
  });
});
