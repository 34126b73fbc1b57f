/**
 * The coach model's word-window layer (lib/engine/coach/windows.ts) and its hand-written trainer
 * (models/coach/window-trainer.ts): the runtime reads word order, the trainer's forward pass is the
 * runtime's, and the gradient it hands back for the shared projection P is the true one.
 */
import { describe, expect, it } from 'vitest';
import { windowMaxima, WINDOW_WIDTH, type WindowLayer } from '../../lib/engine/coach/windows';
import { prng } from '../../models/tone/cv';
import { WindowTrainer, windowKernelStart } from '../../models/coach/window-trainer';
import type { CoachExample } from '../../models/coach/trainer';

const H = 4;
const F = 3;

/** Q rows: word w is the unit vector e_w (4 words, 4 dims). */
const unitQ = Float32Array.from({ length: 4 * H }, (_, i) => (i % (H + 1) === 0 ? 1 : 0));

/** One detector that fires on word 0 followed by word 1, and on nothing else. */
function orderDetector(): WindowLayer {
  const kernel = new Float32Array(WINDOW_WIDTH * H * 1);
  kernel[1 * H + 0] = 1; // centre word is 0
  kernel[2 * H + 1] = 1; // next word is 1
  return { filters: 1, kernel, bias: Float32Array.of(-1.5), out: new Float32Array(H) };
}

function example(sequence: number[]): CoachExample {
  const features = { ngrams: { indices: new Int32Array(0), values: new Float32Array(0) }, words: { indices: new Int32Array(0), values: new Float32Array(0) }, cues: new Float32Array(0), sequence: Int32Array.from(sequence) };
  return { features, glove: new Float32Array(0), target: new Float32Array(0) };
}

describe('word windows at runtime', () => {
  it('tell word order apart: "0 1" fires, "1 0" does not', () => {
    const layer = orderDetector();
    expect(windowMaxima(Int32Array.of(2, 0, 1, 3), unitQ, H, layer)[0]).toBeCloseTo(0.5);
    expect(windowMaxima(Int32Array.of(2, 1, 0, 3), unitQ, H, layer)[0]).toBe(0);
  });

  it('answers zeros for an empty sentence or one of unknown words', () => {
    const layer = { ...orderDetector(), bias: Float32Array.of(2) };
    expect(Array.from(windowMaxima(new Int32Array(0), unitQ, H, layer))).toEqual([0]);
    // Unknown words add nothing but their position still counts: the bias alone responds.
    expect(Array.from(windowMaxima(Int32Array.of(-1, -1), unitQ, H, layer))).toEqual([2]);
  });
});

describe('WindowTrainer', () => {
  const D = 5;
  const words = 6;
  const rand = prng(7);
  const E = Float32Array.from({ length: words * D }, () => rand() * 2 - 1);
  const P = Float32Array.from({ length: D * H }, () => rand() * 2 - 1);
  const batch = [example([0, 1, 2, 3]), example([4, -1, 5]), example([2])];

  function trainer(): WindowTrainer {
    const t = new WindowTrainer(F, H, { matrix: E, dims: D }, windowKernelStart(H, F, prng(3)), 0.01, 0);
    t.bias.set([0.3, 0.1, 0.2]);
    return t;
  }

  function projected(Pm: Float32Array): Float32Array {
    const Q = new Float32Array(words * H);
    for (let w = 0; w < words; w++) for (let e = 0; e < D; e++) for (let j = 0; j < H; j++) Q[w * H + j]! += E[w * D + e]! * Pm[e * H + j]!;
    return Q;
  }

  it('computes the same maxima as the runtime with Q = E·P', () => {
    const t = trainer();
    const maxima = t.forward(batch, P);
    const Q = projected(P);
    const layer: WindowLayer = { filters: F, kernel: t.kernel, bias: t.bias, out: new Float32Array(F * H) };
    batch.forEach((ex, r) => {
      const runtime = windowMaxima(ex.features.sequence, Q, H, layer);
      for (let f = 0; f < F; f++) expect(maxima[r * F + f]).toBeCloseTo(runtime[f]!, 5);
    });
  });

  it('returns the gradient of Σ g·maxima with respect to P (finite differences)', () => {
    const g = Float32Array.from({ length: batch.length * F }, () => rand() * 2 - 1);
    const objective = (Pm: Float32Array) => trainer().forward(batch, Pm).reduce((s, m, i) => s + m * g[i]!, 0);
    const t = trainer();
    t.forward(batch, P);
    const dP = t.backward(g);
    const eps = 1e-3;
    for (let i = 0; i < P.length; i++) {
      const up = Float32Array.from(P);
      const down = Float32Array.from(P);
      up[i]! += eps;
      down[i]! -= eps;
      const numeric = (objective(up) - objective(down)) / (2 * eps);
      expect(dP[i], `dP[${i}]`).toBeCloseTo(numeric, 2);
    }
  });

  it('refuses a backward pass without a forward pass', () => {
    expect(() => trainer().backward(new Float32Array(batch.length * F))).toThrow(/before forward/);
  });
});
