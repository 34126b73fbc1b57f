/**
 * Trains the coach network (lib/engine/coach/model.ts) with @tensorflow/tfjs on the CPU backend:
 *
 *   h = relu(ngrams·A + gloveMean·P + cues·C + windows + b1),  logits = dropout(h)·W2 + b2
 *   windows = max over positions t of relu(bias + Σ_o E[word[t+o]]·P·K[o])[t] · out   (window-trainer.ts)
 *
 * Minibatch Adam on a weighted binary cross-entropy per label (lazy Adam for the n-gram table). Everything random (initial weights,
 * batch order, n-gram dropout, hidden dropout) comes from one seeded mulberry32 stream, and the
 * CPU kernels are deterministic, so the same data and seed give the same weights bit for bit.
 * N-gram dropout (a share of each sentence's n-grams hidden per step) keeps the network from
 * leaning on one phrase and pushes it towards the GloVe and clause-structure parts, which is what
 * carries over to paraphrases it never saw.
 */
import * as tf from '@tensorflow/tfjs';
import type { CoachFeatures } from '../../lib/engine/coach/features';
import { forward, type CoachRuntimeWeights } from '../../lib/engine/coach/model';
import { prng, shuffle } from '../tone/cv';
import { AdamRows } from './adam-rows';
import { WindowTrainer, windowKernelStart } from './window-trainer';

export interface CoachTrainParams {
  hidden: number;
  epochs: number;
  batchSize: number;
  learningRate: number;
  /** Adam step size for the n-gram table (rare n-grams must not move as fast as the dense part). */
  ngramLearningRate: number;
  /** Share of each sentence's n-grams dropped per step. */
  ngramDropout: number;
  /** Dropout on the hidden layer. */
  hiddenDropout: number;
  /** L2 on every weight matrix (mean loss + l2·Σw²). */
  l2: number;
  /** Weight of a positive target relative to a negative one. */
  positiveWeight: number;
  /** Word-window detectors (lib/engine/coach/windows.ts); 0 for none. */
  windowFilters: number;
  /** Networks trained from seeds seed, seed+1, … and merged into one (mergeMembers). */
  members: number;
  seed: number;
}

/** The GloVe rows the window layer gathers per word (the trainer's copy of E). */
export interface TrainingVectors {
  matrix: Float32Array;
  dims: number;
}

export const DEFAULT_COACH_PARAMS: CoachTrainParams = {
  hidden: 32,
  epochs: 16,
  batchSize: 32,
  learningRate: 0.01,
  ngramLearningRate: 0.001,
  ngramDropout: 0.3,
  hiddenDropout: 0.2,
  l2: 1e-5,
  positiveWeight: 2,
  windowFilters: 0,
  members: 1,
  seed: 20261203,
};

export interface CoachExample {
  features: CoachFeatures;
  /** Mean GloVe vector of the sentence's vocabulary words (dims long; zeros when none). */
  glove: Float32Array;
  target: Float32Array;
}

export interface CoachWeights {
  hidden: number;
  buckets: number;
  /** buckets × hidden */
  A: Float32Array;
  /** dims × hidden (the GloVe projection; the product ships E·P per word) */
  P: Float32Array;
  /** cues × hidden */
  C: Float32Array;
  b1: Float32Array;
  /** hidden × labels */
  W2: Float32Array;
  b2: Float32Array;
  /** The word-window layer, when trained with windowFilters > 0. */
  windows?: { filters: number; kernel: Float32Array; bias: Float32Array; out: Float32Array };
}

let ready: Promise<void> | undefined;
export function ensureBackend(): Promise<void> {
  ready ??= (async () => {
    await tf.setBackend('cpu');
    await tf.ready();
  })();
  return ready;
}

function uniform(n: number, limit: number, rand: () => number): Float32Array {
  const a = new Float32Array(n);
  for (let i = 0; i < n; i++) a[i] = (rand() * 2 - 1) * limit;
  return a;
}

export async function trainCoach(
  examples: readonly CoachExample[],
  buckets: number,
  params: CoachTrainParams = DEFAULT_COACH_PARAMS,
  vectors?: TrainingVectors,
): Promise<CoachWeights> {
  await ensureBackend();
  const first = examples[0];
  if (!first) throw new Error('trainCoach: no examples');
  const H = params.hidden;
  const D = first.glove.length;
  const K = first.features.cues.length;
  const L = first.target.length;
  const rand = prng(params.seed);
  const glorot = (fanIn: number, fanOut: number) => Math.sqrt(6 / (fanIn + fanOut));
  // Zero start: a bucket no training sentence uses stays exactly 0 and adds nothing at runtime.
  const table = new AdamRows(new Float32Array(buckets * H), H, params.ngramLearningRate, params.l2);
  const P = tf.variable(tf.tensor2d(uniform(D * H, glorot(D, H), rand), [D, H]));
  const C = tf.variable(tf.tensor2d(uniform(K * H, glorot(K, H), rand), [K, H]));
  const b1 = tf.variable(tf.zeros([H]));
  const W2 = tf.variable(tf.tensor2d(uniform(H * L, glorot(H, L), rand), [H, L]));
  const b2 = tf.variable(tf.fill([L], -2));
  const F = params.windowFilters;
  if (F > 0 && !vectors) throw new Error('trainCoach: word windows need the GloVe vectors');
  // Drawn after the other weights, so a model without windows starts from the same numbers.
  const windows = F > 0 ? new WindowTrainer(F, H, vectors!, windowKernelStart(H, F, rand), params.learningRate, params.l2) : null;
  const winOut = windows ? tf.variable(tf.tensor2d(uniform(F * H, glorot(F, H), rand), [F, H])) : null;
  const dense = [P, C, b1, W2, b2, ...(winOut ? [winOut] : [])];
  const optimizer = tf.train.adam(params.learningRate);

  for (let epoch = 0; epoch < params.epochs; epoch++) {
    const order = shuffle(examples.map((_, i) => i), rand);
    for (let s = 0; s < order.length; s += params.batchSize) {
      const batch = order.slice(s, s + params.batchSize).map((i) => examples[i]!);
      const B = batch.length;
      const packed = pack(batch, params.ngramDropout, rand);
      // The window layer's maxima enter the graph as a leaf, like the n-gram sum S below.
      const M = windows && winOut ? tf.variable(tf.tensor2d(windows.forward(batch, P.dataSync() as Float32Array), [B, F])) : null;
      const hiddenKeep = new Float32Array(B * H);
      const keep = 1 - params.hiddenDropout;
      for (let i = 0; i < hiddenKeep.length; i++) hiddenKeep[i] = rand() < keep ? 1 / keep : 0;
      // The n-gram part of the pre-activation, summed here; tfjs differentiates through it as a leaf.
      const sparse = new Float32Array(B * H);
      for (let k = 0; k < packed.idx.length; k++) {
        const o = packed.seg[k]! * H;
        const a = packed.idx[k]! * H;
        const v = packed.val[k]!;
        for (let j = 0; j < H; j++) sparse[o + j] = sparse[o + j]! + v * table.w[a + j]!;
      }
      const S = tf.variable(tf.tensor2d(sparse, [B, H]));
      const { grads, value } = tf.tidy(() => {
        const g = tf.tensor2d(packed.glove, [B, D]);
        const c = tf.tensor2d(packed.cues, [B, K]);
        const y = tf.tensor2d(packed.targets, [B, L]);
        const mask = tf.tensor2d(hiddenKeep, [B, H]);
        const w = tf.add(1, tf.mul(params.positiveWeight - 1, y));
        return tf.variableGrads(() => {
          let pre = S.add(g.matMul(P)).add(c.matMul(C)).add(b1);
          if (M && winOut) pre = pre.add(M.matMul(winOut));
          const h = tf.relu(pre).mul(mask);
          const logits = h.matMul(W2).add(b2);
          const loss = tf.losses.sigmoidCrossEntropy(y, logits, w);
          const l2 = tf.addN([P, C, W2, ...(winOut ? [winOut] : [])].map((v) => tf.sum(tf.square(v)))).mul(params.l2);
          return loss.add(l2) as tf.Scalar;
        }, [...dense, S, ...(M ? [M] : [])]);
      });
      const dS = grads[S.name]!.dataSync();
      const rowGrads = new Map<number, Float32Array>();
      for (let k = 0; k < packed.idx.length; k++) {
        const row = packed.idx[k]!;
        let g = rowGrads.get(row);
        if (!g) rowGrads.set(row, (g = new Float32Array(H)));
        const o = packed.seg[k]! * H;
        const v = packed.val[k]!;
        for (let j = 0; j < H; j++) g[j] = g[j]! + v * dS[o + j]!;
      }
      table.step(rowGrads);
      const denseGrads: tf.NamedTensorMap = {};
      for (const d of dense) denseGrads[d.name] = grads[d.name]!;
      if (windows && M) {
        // The window layer shares P: its gradient for P joins tfjs's own before the Adam step.
        const dP = windows.backward(grads[M.name]!.dataSync() as Float32Array);
        denseGrads[P.name] = tf.add(grads[P.name]!, tf.tensor2d(dP, [D, H]));
        M.dispose();
      }
      optimizer.applyGradients(denseGrads as tf.NamedTensorMap & Record<string, tf.Variable>);
      Object.values(grads).forEach((t) => t.dispose());
      if (denseGrads[P.name] !== grads[P.name]) denseGrads[P.name]!.dispose();
      value.dispose();
      S.dispose();
    }
  }
  const out: CoachWeights = {
    hidden: H,
    buckets,
    A: table.w,
    P: (await P.data()) as Float32Array,
    C: (await C.data()) as Float32Array,
    b1: (await b1.data()) as Float32Array,
    W2: (await W2.data()) as Float32Array,
    b2: (await b2.data()) as Float32Array,
    ...(windows && winOut ? { windows: { filters: F, kernel: windows.kernel, bias: windows.bias, out: (await winOut.data()) as Float32Array } } : {}),
  };
  dense.forEach((v) => v.dispose());
  optimizer.dispose();
  return out;
}

function pack(batch: readonly CoachExample[], dropout: number, rand: () => number) {
  const idx: number[] = [];
  const val: number[] = [];
  const seg: number[] = [];
  const D = batch[0]!.glove.length;
  const K = batch[0]!.features.cues.length;
  const L = batch[0]!.target.length;
  const glove = new Float32Array(batch.length * D);
  const cues = new Float32Array(batch.length * K);
  const targets = new Float32Array(batch.length * L);
  batch.forEach((ex, r) => {
    const { indices, values } = ex.features.ngrams;
    const keptIdx: number[] = [];
    for (let k = 0; k < indices.length; k++) if (dropout === 0 || rand() >= dropout) keptIdx.push(k);
    // Re-normalise what is left, as the runtime's L2-normalised vector of a shorter text would be.
    const norm = Math.sqrt(keptIdx.reduce((s, k) => s + values[k]! ** 2, 0)) || 1;
    for (const k of keptIdx) {
      idx.push(indices[k]!);
      val.push(values[k]! / norm);
      seg.push(r);
    }
    glove.set(ex.glove, r * D);
    cues.set(ex.features.cues, r * K);
    targets.set(ex.target, r * L);
  });
  return { idx: Int32Array.from(idx), val: Float32Array.from(val), seg: Int32Array.from(seg), glove, cues, targets };
}

/**
 * Probabilities with the trained float weights (no quantisation), through the runtime's own
 * forward pass: for calibration on the development split. `wordRows` is Q = E·P (export.ts).
 */
export function floatPredictor(w: CoachWeights, wordRows: Float32Array): (ex: CoachExample) => Float32Array {
  const runtime: CoachRuntimeWeights = { A: w.A, Q: wordRows, C: w.C, b1: w.b1, W2: w.W2, b2: w.b2, H: w.hidden, windows: w.windows ?? null };
  return (ex) => forward(ex.features, runtime);
}

/**
 * Several networks trained from different seeds, merged into one wider network of the same shape:
 * their hidden layers side by side, and the output layer averaging their logits. Averaging members
 * that saw the data in different orders, with different dropout, smooths out what any one of them
 * learned by chance (on the development split two seeds of the same settings differ by about 0.015
 * in recall); the runtime reads the result as any other model file. Word windows are not merged.
 */
export function mergeMembers(members: readonly CoachWeights[]): CoachWeights {
  const first = members[0];
  if (!first) throw new Error('mergeMembers: no members');
  if (members.length === 1) return first;
  if (members.some((m) => m.windows)) throw new Error('mergeMembers: members with word windows cannot be merged');
  const k = members.length;
  const H = first.hidden;
  const total = H * k;
  const L = first.b2.length;
  const sideBySide = (pick: (m: CoachWeights) => Float32Array) => {
    const rows = pick(first).length / H;
    const out = new Float32Array(rows * total);
    members.forEach((m, i) => {
      const src = pick(m);
      for (let r = 0; r < rows; r++) out.set(src.subarray(r * H, (r + 1) * H), r * total + i * H);
    });
    return out;
  };
  const W2 = new Float32Array(total * L);
  members.forEach((m, i) => m.W2.forEach((v, j) => (W2[i * H * L + j] = v / k)));
  const b2 = new Float32Array(L);
  for (const m of members) m.b2.forEach((v, j) => (b2[j] = b2[j]! + v / k));
  return { hidden: total, buckets: first.buckets, A: sideBySide((m) => m.A), P: sideBySide((m) => m.P), C: sideBySide((m) => m.C), b1: sideBySide((m) => m.b1), W2, b2 };
}
