/**
 * The coach model's sparse layer is unrolled four rows at a time for speed; the shipped weights
 * were calibrated on the one-row-at-a-time sums, so the two must agree bit for bit (float32
 * rounding after every row, in row order), whatever the number of rows. The runtime reads the
 * shipped uint8 kernels through their codes instead of dequantising them: the same numbers again.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { coachFeatures } from '../../lib/engine/coach/features';
import { addSparseRows, forward, parseCoachModel, type CoachModelFile, type CoachRuntimeWeights, type QuantisedMatrix } from '../../lib/engine/coach/model';
import { decodeBase64 } from '../../lib/engine/tone/model';
import { wordIndexOf } from '../../lib/engine/tone/words';
import { prng } from '../../models/tone/cv';

function oneRowAtATime(h: Float32Array, m: Float32Array, idx: Int32Array, val: Float32Array, H: number): void {
  for (let k = 0; k < idx.length; k++) {
    for (let j = 0; j < H; j++) h[j] = h[j]! + val[k]! * m[idx[k]! * H + j]!;
  }
}

describe('addSparseRows', () => {
  it('matches one-row-at-a-time float32 sums exactly for 0 to 40 rows', () => {
    const rand = prng(11);
    const H = 32;
    const rows = 64;
    const m = Float32Array.from({ length: rows * H }, () => (rand() - 0.5) * 3);
    for (let n = 0; n <= 40; n++) {
      const idx = Int32Array.from({ length: n }, () => Math.floor(rand() * rows));
      const val = Float32Array.from({ length: n }, () => rand() / Math.sqrt(n || 1));
      const start = Float32Array.from({ length: H }, () => rand() - 0.5);
      const fast = Float32Array.from(start);
      const slow = Float32Array.from(start);
      addSparseRows(fast, m, idx, val, H);
      oneRowAtATime(slow, m, idx, val, H);
      expect(Array.from(fast), `${n} rows`).toEqual(Array.from(slow));
    }
  });
});

describe('the shipped coach model, read through its uint8 codes', () => {
  it('gives bit for bit the probabilities of the float32 forward pass on its dequantised weights', () => {
    const file = JSON.parse(readFileSync(new URL('../../public/models/coach/coach-model.json', import.meta.url), 'utf8')) as CoachModelFile;
    // The reference: every entry dequantised into float32 up front, as the runtime used to.
    const floats = (m: QuantisedMatrix) => Float32Array.from(decodeBase64(m.data), (q) => q * m.scale + m.min);
    const f32 = (v: number[]) => Float32Array.from(v);
    const w = file.windows;
    const weights: CoachRuntimeWeights = {
      A: floats(file.ngramKernel),
      Q: floats(file.wordKernel),
      C: f32(file.cueKernel),
      b1: f32(file.bias1),
      W2: f32(file.outKernel),
      b2: f32(file.bias2),
      H: file.hidden,
      windows: w ? { filters: w.filters, kernel: f32(w.kernel), bias: f32(w.bias), out: f32(w.out) } : null,
    };
    const config = { buckets: file.buckets, charNgrams: file.charNgrams, words: wordIndexOf(file.words) };
    const model = parseCoachModel(file);
    const dev = readFileSync(new URL('../../models/coach/data/dev/sentences.tsv', import.meta.url), 'utf8');
    const texts = dev.split('\n').map((line) => line.split('\t')[4]).filter((t): t is string => Boolean(t));
    expect(texts.length).toBeGreaterThan(500);
    for (const text of texts) {
      expect(Array.from(model.probabilities(text)), text).toEqual(Array.from(forward(coachFeatures(text, config), weights)));
    }
  });
});
