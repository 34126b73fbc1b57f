/**
 * Training is reproducible (same data → bit-identical weights) and the exported file is read the
 * same way by tfjs and by our scorer. Small data so it runs in seconds.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseToneModel } from '../../lib/engine/tone/model';
import { scaledIndicators, toneFeatures } from '../../lib/engine/tone/features';
import { loadToneLayersModel, predictWithTfjs } from '../../lib/engine/tone/tfjs';
import { groupedStratifiedFolds, prng } from '../../models/tone/cv';
import { exportToneModel, quantiseUint8, weightsHash } from '../../models/tone/export';
import { linearLogit, naiveBayesScale, trainLogistic } from '../../models/tone/trainer';
import { MAX_CURT_THRESHOLD, chooseCurtThreshold, curtDecisionScore as curtDecisionScoreOf } from '../../models/tone/train';
import { strategyRecord, strategyVector } from '../../lib/engine/tone/strategies';

const config = { buckets: 1024, charNgrams: [3, 4] };
const rows = readFileSync(new URL('../../models/tone/support-calibration.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { text: string; label: string });
const set = {
  features: rows.map((r) => toneFeatures(r.text, config)),
  targets: rows.map((r) => (r.label === 'curt' ? 0 : 1)),
};
const params = { c: 10, strategyBoost: 10, embeddingBoost: 1, nbPower: 0.5, steps: 40, learningRate: 0.1 };

describe('tone training', () => {
  it('gives identical weights for identical data, different weights for different data', async () => {
    const a = await trainLogistic(set, config.buckets, params);
    const b = await trainLogistic(set, config.buckets, params);
    expect(weightsHash(a)).toBe(weightsHash(b));
    const flipped = { ...set, targets: set.targets.map((t, i) => (i === 0 ? 1 - t : t)) };
    expect(weightsHash(await trainLogistic(flipped, config.buckets, params))).not.toBe(weightsHash(a));
    // It learned something: training accuracy well above chance.
    const correct = set.features.filter((f, i) => (linearLogit(f, a) > 0 ? 1 : 0) === set.targets[i]).length;
    expect(correct / rows.length).toBeGreaterThan(0.85);
  }, 60_000);

  it('exports a file tfjs and the TS scorer read identically', async () => {
    const w = await trainLogistic(set, config.buckets, params);
    const file = await exportToneModel(w, config, { curtThreshold: 0.3, customerThreshold: 0.3, meta: {} });
    expect(file.features.ngramScale).not.toBeNull();
    const scorer = parseToneModel(file);
    const layers = await loadToneLayersModel(file);
    const texts = rows.map((r) => r.text);
    const tfjs = predictWithTfjs(layers, file, texts);
    texts.forEach((t, i) => expect(Math.abs(scorer.score(t).score - tfjs[i]!)).toBeLessThan(1e-5));
    // Quantisation costs little against the float weights.
    texts.forEach((t) => {
      const exact = 1 / (1 + Math.exp(-linearLogit(toneFeatures(t, config), w)));
      expect(Math.abs(scorer.score(t).score - exact)).toBeLessThan(0.02);
    });
    layers.dispose();
  }, 60_000);

  it('scales n-gram buckets by how unevenly they fall between polite and impolite rows', () => {
    const f = (text: string) => toneFeatures(text, { buckets: 1024, charNgrams: [] });
    const nb = { features: ['thanks a lot', 'thanks so much', 'why not', 'why so slow'].map(f), targets: [1, 1, 0, 0] };
    const r = naiveBayesScale(nb, 1024, 1);
    const bucketOf = (text: string) => f(text).ngrams.indices[0]!;
    expect(r[bucketOf('thanks')]).toBeGreaterThan(r[bucketOf('so')]! + 0.3);
    expect(r[bucketOf('why')]).toBeGreaterThan(r[bucketOf('so')]! + 0.3);
    // Soft targets split a row: a 50/50 row moves nothing.
    const half = naiveBayesScale({ features: [f('maybe')], targets: [0.5] }, 1024, 1);
    expect(half[bucketOf('maybe')]).toBeCloseTo(half[0]!, 6);
    // Scaled values stay L2-normalised.
    const scaled = scaledIndicators(f('thanks so much').ngrams.indices, r);
    expect(Math.hypot(...Array.from(scaled))).toBeCloseTo(1, 5);
  });

  it('calibrates on what the product can flag: replies without a curt cue never count, the cut stays ≤ 0.5', () => {
    const curtDecisionScore = (text: string, score: number) => curtDecisionScoreOf(text, { score, strategies: strategyRecord(strategyVector(text)) });
    expect(curtDecisionScore('Why did you close it?', 0.2)).toBe(0.2);
    expect(curtDecisionScore('Your password has been reset.', 0.2)).toBe(Infinity);
    expect(curtDecisionScore("You shouldn't have had to chase this, sorry.", 0.2)).toBe(Infinity);
    // A low-scoring plain reply with no cue no longer holds the threshold down.
    const scored = [
      { score: curtDecisionScore('Your password has been reset.', 0.1), label: 'good-plain' as const },
      { score: curtDecisionScore('Why did you close it?', 0.3), label: 'curt' as const },
      { score: curtDecisionScore('Why not try the web version instead?', 0.4), label: 'good-plain' as const },
    ];
    expect(chooseCurtThreshold(scored).threshold).toBeCloseTo(0.35, 6);
    expect(chooseCurtThreshold([{ score: 0.2, label: 'curt' }, { score: Infinity, label: 'warm' }]).threshold).toBe(MAX_CURT_THRESHOLD);
  });

  it('quantises to uint8 with zero kept exact enough', () => {
    const q = quantiseUint8(Float32Array.from([-1, 0, 0.5, 2]));
    const back = Array.from(q.bytes, (b) => b * q.scale + q.min);
    expect(back[1]).toBeCloseTo(0, 6);
    back.forEach((v, i) => expect(Math.abs(v - [-1, 0, 0.5, 2][i]!)).toBeLessThanOrEqual(q.scale / 2 + 1e-7));
  });

  it('deals grouped, stratified folds deterministically with duplicates kept together', () => {
    const labels = Array.from({ length: 40 }, (_, i) => i % 2);
    const groups = labels.map((_, i) => `g${i < 4 ? 0 : i}`);
    const a = groupedStratifiedFolds(labels, groups, 5, 0);
    expect(groupedStratifiedFolds(labels, groups, 5, 0)).toEqual(a);
    expect(new Set(a.slice(0, 4)).size).toBe(1);
    for (let f = 0; f < 5; f++) expect(a.filter((x) => x === f).length).toBeGreaterThanOrEqual(6);
    expect(prng(1)()).not.toBe(prng(2)());
  });

  it('picks a curt threshold that flags no good reply', () => {
    const scored = [
      { score: 0.1, label: 'curt' as const },
      { score: 0.3, label: 'curt' as const },
      { score: 0.5, label: 'good-plain' as const },
      { score: 0.45, label: 'curt' as const },
      { score: 0.9, label: 'warm' as const },
    ];
    const c = chooseCurtThreshold(scored);
    expect(c.threshold).toBeCloseTo(0.475, 6);
    expect(c.flaggedPlain).toBe(0);
    expect(c.recall).toBe(1);
  });
});
