/**
 * The word-embedding part of the tone features: GloVe-style tokens, the normalised word bag, and
 * the trained direction collapsing to one number per word (export → scorer → tfjs agree).
 */
import { describe, expect, it } from 'vitest';
import { toneFeatures } from '../../lib/engine/tone/features';
import { parseToneModel } from '../../lib/engine/tone/model';
import { loadToneLayersModel, predictWithTfjs } from '../../lib/engine/tone/tfjs';
import { embeddingTokens, wordBag, wordIndexOf } from '../../lib/engine/tone/words';
import { exportToneModel } from '../../models/tone/export';
import { linearLogit, projectWords, trainLogistic } from '../../models/tone/trainer';
import type { Embeddings } from '../../models/tone/embeddings';

describe('embedding tokens', () => {
  it('lowercases, keeps punctuation and expands contractions the GloVe way', () => {
    expect(embeddingTokens("Don’t worry, we'll fix it!")).toEqual(['do', 'not', 'worry', ',', 'we', 'will', 'fix', 'it', '!']);
    expect(embeddingTokens("I can't and won't; it's Sam's")).toEqual(['i', 'can', 'not', 'and', 'will', 'not', ';', 'it', 'sam']);
    expect(embeddingTokens("I'm sure you've seen they're odd o'clock")).toEqual(['i', 'am', 'sure', 'you', 'have', 'seen', 'they', 'are', 'odd', 'o', 'clock']);
    expect(embeddingTokens('   ')).toEqual([]);
  });

  it('bags vocabulary words as shares of the vocabulary tokens, ignoring the rest', () => {
    const index = wordIndexOf(['thanks', 'please', '!', 'thanks']);
    expect(index.size).toBe(3);
    const bag = wordBag('Thanks, thanks — please zzz!', index);
    expect(Array.from(bag.indices)).toEqual([0, 1, 2]);
    expect(Array.from(bag.values)).toEqual([0.5, 0.25, 0.25]);
    expect(wordBag('nothing known here', index).indices.length).toBe(0);
  });
});

// A tiny embedding space: warm words point one way, cold words the other, fillers across.
const emb: Embeddings = {
  words: ['thanks', 'please', 'great', 'why', 'wrong', 'stupid', 'the', 'logs', 'grateful'],
  dims: 3,
  matrix: Float32Array.from([1, 0.2, 0, 0.9, 0, 0.1, 0.8, 0.1, 0, -0.9, 0.1, 0, -1, 0, 0.2, -0.8, 0.2, 0, 0, 1, 0, 0, 0.9, 0.1, 0.95, 0.1, 0.05]),
};
const config = { buckets: 256, charNgrams: [] as number[], words: wordIndexOf(emb.words) };
const texts = ['thanks for the logs', 'please send the logs, great', 'why is this wrong', 'stupid logs', 'why the logs', 'great thanks'];
const targets = [1, 1, 0, 0, 0, 1];
const params = { c: 10, strategyBoost: 1, embeddingBoost: 1, nbPower: 0, steps: 60, learningRate: 0.1 };

describe('training with embeddings', () => {
  it('learns a direction whose per-word projection gives the same logit as the mean vector', async () => {
    const set = { features: texts.map((t) => toneFeatures(t, config)), targets };
    const w = await trainLogistic(set, config.buckets, params, emb);
    expect(w.embedding.length).toBe(3);
    expect(Array.from(w.word)).toEqual(Array.from(projectWords(emb, w.embedding)));
    // The warm end of the space scores above the cold end, and an unseen warm word generalises.
    const at = (word: string) => w.word[emb.words.indexOf(word)]!;
    expect(at('thanks')).toBeGreaterThan(at('wrong'));
    expect(at('grateful')).toBeGreaterThan(at('stupid'));
    // Mean-vector logit (what training optimised) equals the per-word sum (what ships).
    const f = toneFeatures('thanks, the logs are wrong', config);
    let viaMean = 0;
    f.words.indices.forEach((i, k) => {
      for (let d = 0; d < emb.dims; d++) viaMean += f.words.values[k]! * emb.matrix[i * emb.dims + d]! * w.embedding[d]!;
    });
    const withoutWords = linearLogit({ ...f, words: { indices: new Int32Array(0), values: new Float32Array(0) } }, w);
    expect(linearLogit(f, w) - withoutWords).toBeCloseTo(viaMean, 5);
  }, 60_000);

  it('exports the word part so the scorer and tfjs agree, and rejects a mismatched file', async () => {
    const set = { features: texts.map((t) => toneFeatures(t, config)), targets };
    const w = await trainLogistic(set, config.buckets, params, emb);
    const file = await exportToneModel(w, config, { curtThreshold: 0.3, customerThreshold: 0.3, meta: {} });
    expect(file.features.words).toBe(emb.words.join(' '));
    const scorer = parseToneModel(file);
    const layers = await loadToneLayersModel(file);
    const probe = [...texts, 'grateful for the logs', 'so stupid and wrong'];
    const tfjs = predictWithTfjs(layers, file, probe);
    probe.forEach((t, i) => expect(Math.abs(scorer.score(t).score - tfjs[i]!)).toBeLessThan(1e-5));
    expect(scorer.score('grateful for the logs').score).toBeGreaterThan(scorer.score('so stupid and wrong').score);
    layers.dispose();
    expect(() => parseToneModel({ ...file, features: { ...file.features, words: 'thanks please' } })).toThrow(/word_logit\/kernel has 9 weights for 2 words/);
    await expect(exportToneModel({ ...w, word: w.word.slice(1) }, config, { curtThreshold: 0.3, customerThreshold: 0.3, meta: {} })).rejects.toThrow(/9 words but 8/);
  }, 60_000);
});
