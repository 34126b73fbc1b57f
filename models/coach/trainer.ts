/**
 * Trains the coach network (lib/engine/coach/model.ts) with @tensorflow/tfjs on the CPU backend:
 *
 *   h = relu(ngrams·A + gloveMean·P + cues·C + b1),  logits = dropout(h)·W2 + b2
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
import { addDenseRows, addSparseRows, outputProbabilities } from '../../lib/engine/coach/model';
import { prng, shuffle } from '../tone/cv';

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
  seed: number;
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

/**
 * Lazy Adam for the n-gram table A (as TensorFlow's LazyAdamOptimizer): only the rows a batch
 * touches are read and updated. A dense Adam step over 16,384 × hidden weights on tfjs's CPU
 * backend cost ~0.5 s per batch; this costs what the batch's non-zeros cost.
 */
class LazyAdamTable {
  readonly m: Float32Array;
  readonly v: Float32Array;
  private t = 0;
  constructor(
    readonly w: Float32Array,
    private readonly cols: number,
    private readonly lr: number,
    private readonly l2: number,
  ) {
    this.m = new Float32Array(w.length);
    this.v = new Float32Array(w.length);
  }
  /** rows → gradient rows (cols each), before the L2 term. */
  step(grads: Map<number, Float32Array>): void {
    this.t++;
    const b1 = 0.9;
    const b2 = 0.999;
    const c1 = 1 - b1 ** this.t;
    const c2 = 1 - b2 ** this.t;
    for (const [row, g] of grads) {
      const base = row * this.cols;
      for (let j = 0; j < this.cols; j++) {
        const i = base + j;
        const grad = g[j]! + 2 * this.l2 * this.w[i]!;
        this.m[i] = b1 * this.m[i]! + (1 - b1) * grad;
        this.v[i] = b2 * this.v[i]! + (1 - b2) * grad * grad;
        this.w[i] = this.w[i]! - (this.lr * (this.m[i]! / c1)) / (Math.sqrt(this.v[i]! / c2) + 1e-7);
      }
    }
  }
}

export async function trainCoach(examples: readonly CoachExample[], buckets: number, params: CoachTrainParams = DEFAULT_COACH_PARAMS): Promise<CoachWeights> {
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
  const table = new LazyAdamTable(new Float32Array(buckets * H), H, params.ngramLearningRate, params.l2);
  const P = tf.variable(tf.tensor2d(uniform(D * H, glorot(D, H), rand), [D, H]));
  const C = tf.variable(tf.tensor2d(uniform(K * H, glorot(K, H), rand), [K, H]));
  const b1 = tf.variable(tf.zeros([H]));
  const W2 = tf.variable(tf.tensor2d(uniform(H * L, glorot(H, L), rand), [H, L]));
  const b2 = tf.variable(tf.fill([L], -2));
  const dense = [P, C, b1, W2, b2];
  const optimizer = tf.train.adam(params.learningRate);

  for (let epoch = 0; epoch < params.epochs; epoch++) {
    const order = shuffle(examples.map((_, i) => i), rand);
    for (let s = 0; s < order.length; s += params.batchSize) {
      const batch = order.slice(s, s + params.batchSize).map((i) => examples[i]!);
      const B = batch.length;
      const packed = pack(batch, params.ngramDropout, rand);
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
          const pre = S.add(g.matMul(P)).add(c.matMul(C)).add(b1);
          const h = tf.relu(pre).mul(mask);
          const logits = h.matMul(W2).add(b2);
          const loss = tf.losses.sigmoidCrossEntropy(y, logits, w);
          const l2 = tf.addN([P, C, W2].map((v) => tf.sum(tf.square(v)))).mul(params.l2);
          return loss.add(l2) as tf.Scalar;
        }, [...dense, S]);
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
      optimizer.applyGradients(denseGrads as tf.NamedTensorMap & Record<string, tf.Variable>);
      Object.values(grads).forEach((t) => t.dispose());
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

/** Probabilities with the trained float weights (no quantisation): for out-of-fold calibration. */
export function predictFloat(w: CoachWeights, ex: CoachExample): Float32Array {
  const h = Float32Array.from(w.b1);
  addSparseRows(h, w.A, ex.features.ngrams.indices, ex.features.ngrams.values, w.hidden);
  // The mean GloVe vector through P, where the product uses the word bag through Q = E·P.
  addDenseRows(h, w.P, ex.glove, w.hidden);
  addDenseRows(h, w.C, ex.features.cues, w.hidden);
  return outputProbabilities(h, w.W2, w.b2);
}
