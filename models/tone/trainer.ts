/**
 * Logistic regression over the hashed n-grams and the strategy vector, trained with
 * @tensorflow/tfjs (pure JS CPU backend). Sparse rows go through a small custom op (sparse-dot.ts),
 * so a step costs O(non-zeros), not O(rows × buckets). Full-batch Adam from zero weights: no random
 * initialisation and no shuffling, so the same data gives the same weights bit for bit.
 */
import * as tf from '@tensorflow/tfjs';
import type { ToneFeatures } from '../../lib/engine/tone/features';
import { registerSparseDot, sparseDot } from './sparse-dot';

export interface TrainParams {
  /** Inverse L2 strength for the n-gram weights, as liblinear's C (loss summed, 0.5·||w||²). */
  c: number;
  /** Multiplier on C for the strategy weights (they are few and carry the transferable signal). */
  strategyBoost: number;
  steps: number;
  learningRate: number;
}

export const DEFAULT_PARAMS: TrainParams = { c: 3, strategyBoost: 10, steps: 120, learningRate: 0.1 };

export interface LinearWeights {
  ngram: Float32Array;
  strategy: Float32Array;
  bias: number;
}

export interface TrainSet {
  features: readonly ToneFeatures[];
  /** Targets in [0, 1] (1 = polite); soft targets allowed. */
  targets: readonly number[];
  /** Per-row weight (defaults to 1). */
  weights?: readonly number[];
}

let backendReady: Promise<void> | undefined;
export function ensureCpuBackend(): Promise<void> {
  backendReady ??= (async () => {
    await tf.setBackend('cpu');
    await tf.ready();
    registerSparseDot();
  })();
  return backendReady;
}

function packSparse(features: readonly ToneFeatures[]) {
  let nnz = 0;
  for (const f of features) nnz += f.ngrams.indices.length;
  const idx = new Int32Array(nnz);
  const val = new Float32Array(nnz);
  const seg = new Int32Array(nnz);
  let p = 0;
  features.forEach((f, r) => {
    idx.set(f.ngrams.indices, p);
    val.set(f.ngrams.values, p);
    seg.fill(r, p, p + f.ngrams.indices.length);
    p += f.ngrams.indices.length;
  });
  const s = features[0]?.strategies.length ?? 0;
  const dense = new Float32Array(features.length * s);
  features.forEach((f, r) => dense.set(f.strategies, r * s));
  return { idx, val, seg, dense, s };
}

export async function trainLogistic(set: TrainSet, buckets: number, params: TrainParams): Promise<LinearWeights> {
  await ensureCpuBackend();
  const n = set.features.length;
  if (n === 0) throw new Error('trainLogistic: empty training set');
  const { idx, val, seg, dense, s } = packSparse(set.features);
  const rowWeights = set.weights ?? new Array<number>(n).fill(1);
  const weightSum = rowWeights.reduce((a, b) => a + b, 0);

  const w = tf.variable(tf.zeros([buckets]), true, 'ngram') as tf.Variable<tf.Rank.R1>;
  const v = tf.variable(tf.zeros([s, 1]), true, 'strategy');
  const b = tf.variable(tf.scalar(0), true, 'bias');
  const tIdx = tf.tensor1d(idx, 'int32');
  const tVal = tf.tensor1d(val);
  const tSeg = tf.tensor1d(seg, 'int32');
  const tX = tf.tensor2d(dense, [n, s]);
  const tY = tf.tensor1d(Float32Array.from(set.targets));
  const tW = tf.tensor1d(Float32Array.from(rowWeights));
  // Mean loss + λ·Σw² with λ = 1/(2·C·Σweights) is liblinear's objective divided by C·Σweights.
  const lambdaNgram = 1 / (2 * params.c * weightSum);
  const lambdaStrategy = 1 / (2 * params.c * params.strategyBoost * weightSum);
  const optimizer = tf.train.adam(params.learningRate);

  for (let step = 0; step < params.steps; step++) {
    const cost = optimizer.minimize(
      () => {
        const sparse = sparseDot(w, tIdx, tVal, tSeg, n);
        const logits = sparse.add(tf.matMul(tX, v).reshape([n])).add(b);
        const perRow = tf.losses.sigmoidCrossEntropy(tY, logits, undefined, undefined, tf.Reduction.NONE) as tf.Tensor1D;
        const data = perRow.mul(tW).sum().div(weightSum);
        return data
          .add(tf.sum(tf.square(w)).mul(lambdaNgram))
          .add(tf.sum(tf.square(v)).mul(lambdaStrategy)) as tf.Scalar;
      },
      false,
      [w, v, b],
    );
    cost?.dispose();
  }
  const out: LinearWeights = {
    ngram: (await w.data()) as Float32Array,
    strategy: (await v.data()) as Float32Array,
    bias: (await b.data())[0]!,
  };
  tf.dispose([w, v, b, tIdx, tVal, tSeg, tX, tY, tW]);
  optimizer.dispose();
  return out;
}

/** Logit of one row under float32 weights (the same sum the runtime scorer does). */
export function linearLogit(f: ToneFeatures, m: LinearWeights): number {
  let z = m.bias;
  for (let i = 0; i < f.ngrams.indices.length; i++) z += m.ngram[f.ngrams.indices[i]!]! * f.ngrams.values[i]!;
  for (let j = 0; j < f.strategies.length; j++) z += m.strategy[j]! * f.strategies[j]!;
  return z;
}
