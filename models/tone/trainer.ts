/**
 * Logistic regression over the hashed n-grams, the strategy vector and the mean GloVe vector of
 * the text's vocabulary words, trained with
 * @tensorflow/tfjs (pure JS CPU backend). Sparse rows go through a small custom op (sparse-dot.ts),
 * so a step costs O(non-zeros), not O(rows × buckets). Full-batch Adam from zero weights: no random
 * initialisation and no shuffling, so the same data gives the same weights bit for bit.
 */
import * as tf from '@tensorflow/tfjs';
import { scaledIndicators, type ToneFeatures } from '../../lib/engine/tone/features';
import type { Embeddings } from './embeddings';
import { quantiseUint8 } from './export';
import { registerSparseDot, sparseDot } from './sparse-dot';

export interface TrainParams {
  /** Inverse L2 strength for the n-gram weights, as liblinear's C (loss summed, 0.5·||w||²). */
  c: number;
  /** Multiplier on C for the strategy weights (they are few and carry the transferable signal). */
  strategyBoost: number;
  /** Multiplier on C for the embedding-direction weights. */
  embeddingBoost: number;
  /** Exponent of the naive-Bayes bucket scale |log-count ratio|^p; 0 = plain indicators. */
  nbPower: number;
  steps: number;
  learningRate: number;
}

export const DEFAULT_PARAMS: TrainParams = { c: 1, strategyBoost: 1, embeddingBoost: 1, nbPower: 0.5, steps: 120, learningRate: 0.1 };

export interface LinearWeights {
  ngram: Float32Array;
  strategy: Float32Array;
  /** Learned direction in the embedding space (empty without embeddings). */
  embedding: Float32Array;
  /** Each vocabulary word's projection on that direction: what the product ships. */
  word: Float32Array;
  /** The n-gram bucket scale the weights were trained with (uint8-exact), or null for none. */
  ngramScale: Float32Array | null;
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

/**
 * Naive-Bayes bucket scale from the training rows (NBSVM, Wang & Manning 2012): r = |log(p/|p|₁) −
 * log(q/|q|₁)|^power, p and q the add-one weighted counts of the bucket in polite and impolite rows
 * (soft targets split a row between both). Rounded to the uint8 grid the model file stores, so
 * training sees exactly what the product computes.
 */
export function naiveBayesScale(set: TrainSet, buckets: number, power: number): Float32Array {
  const p = new Float64Array(buckets).fill(1);
  const q = new Float64Array(buckets).fill(1);
  set.features.forEach((f, i) => {
    const t = set.targets[i]!;
    const w = set.weights?.[i] ?? 1;
    for (const j of f.ngrams.indices) {
      p[j] = p[j]! + w * t;
      q[j] = q[j]! + w * (1 - t);
    }
  });
  const sp = p.reduce((a, b) => a + b, 0);
  const sq = q.reduce((a, b) => a + b, 0);
  const r = new Float32Array(buckets);
  for (let j = 0; j < buckets; j++) r[j] = Math.abs(Math.log(p[j]! / sp) - Math.log(q[j]! / sq)) ** power;
  const quantised = quantiseUint8(r);
  return Float32Array.from(quantised.bytes, (b) => b * quantised.scale + quantised.min);
}

/** The rows with their n-gram values rescaled by `scale`. */
function rescaleNgrams(features: readonly ToneFeatures[], scale: Float32Array): ToneFeatures[] {
  return features.map((f) => ({ ...f, ngrams: { indices: f.ngrams.indices, values: scaledIndicators(f.ngrams.indices, scale) } }));
}

/** Mean word vector of each row: its normalised word bag times the embedding matrix. */
function meanEmbeddings(features: readonly ToneFeatures[], emb: Embeddings | undefined): Float32Array {
  const dims = emb?.dims ?? 0;
  const out = new Float32Array(features.length * dims);
  if (!emb) return out;
  features.forEach((f, r) => {
    for (let k = 0; k < f.words.indices.length; k++) {
      const row = f.words.indices[k]! * dims;
      const weight = f.words.values[k]!;
      for (let d = 0; d < dims; d++) out[r * dims + d] = out[r * dims + d]! + weight * emb.matrix[row + d]!;
    }
  });
  return out;
}

/** E·u: each vocabulary word's contribution per unit of its share of the text. */
export function projectWords(emb: Embeddings | undefined, direction: Float32Array): Float32Array {
  if (!emb) return new Float32Array(0);
  const out = new Float32Array(emb.words.length);
  for (let i = 0; i < out.length; i++) {
    let z = 0;
    for (let d = 0; d < emb.dims; d++) z += emb.matrix[i * emb.dims + d]! * direction[d]!;
    out[i] = z;
  }
  return out;
}

export async function trainLogistic(set: TrainSet, buckets: number, params: TrainParams, emb?: Embeddings): Promise<LinearWeights> {
  await ensureCpuBackend();
  const n = set.features.length;
  if (n === 0) throw new Error('trainLogistic: empty training set');
  const ngramScale = params.nbPower > 0 ? naiveBayesScale(set, buckets, params.nbPower) : null;
  const features = ngramScale ? rescaleNgrams(set.features, ngramScale) : set.features;
  const { idx, val, seg, dense, s } = packSparse(features);
  const rowWeights = set.weights ?? new Array<number>(n).fill(1);
  const weightSum = rowWeights.reduce((a, b) => a + b, 0);
  const dims = emb?.dims ?? 0;

  const w = tf.variable(tf.zeros([buckets]), true, 'ngram') as tf.Variable<tf.Rank.R1>;
  const v = tf.variable(tf.zeros([s, 1]), true, 'strategy');
  const u = tf.variable(tf.zeros([dims, 1]), true, 'embedding');
  const b = tf.variable(tf.scalar(0), true, 'bias');
  const tIdx = tf.tensor1d(idx, 'int32');
  const tVal = tf.tensor1d(val);
  const tSeg = tf.tensor1d(seg, 'int32');
  const tX = tf.tensor2d(dense, [n, s]);
  const tE = tf.tensor2d(meanEmbeddings(features, emb), [n, dims]);
  const tY = tf.tensor1d(Float32Array.from(set.targets));
  const tW = tf.tensor1d(Float32Array.from(rowWeights));
  // Mean loss + λ·Σw² with λ = 1/(2·C·Σweights) is liblinear's objective divided by C·Σweights.
  const lambdaNgram = 1 / (2 * params.c * weightSum);
  const lambdaStrategy = 1 / (2 * params.c * params.strategyBoost * weightSum);
  const lambdaEmbedding = 1 / (2 * params.c * params.embeddingBoost * weightSum);
  const optimizer = tf.train.adam(params.learningRate);

  for (let step = 0; step < params.steps; step++) {
    const cost = optimizer.minimize(
      () => {
        const sparse = sparseDot(w, tIdx, tVal, tSeg, n);
        let denseLogits = tf.matMul(tX, v);
        if (dims > 0) denseLogits = denseLogits.add(tf.matMul(tE, u));
        const logits = sparse.add(denseLogits.reshape([n])).add(b);
        const perRow = tf.losses.sigmoidCrossEntropy(tY, logits, undefined, undefined, tf.Reduction.NONE) as tf.Tensor1D;
        const data = perRow.mul(tW).sum().div(weightSum);
        return data
          .add(tf.sum(tf.square(w)).mul(lambdaNgram))
          .add(tf.sum(tf.square(v)).mul(lambdaStrategy))
          .add(tf.sum(tf.square(u)).mul(lambdaEmbedding)) as tf.Scalar;
      },
      false,
      dims > 0 ? [w, v, u, b] : [w, v, b],
    );
    cost?.dispose();
  }
  const embedding = (await u.data()) as Float32Array;
  const out: LinearWeights = {
    ngram: (await w.data()) as Float32Array,
    strategy: (await v.data()) as Float32Array,
    embedding,
    word: projectWords(emb, embedding),
    ngramScale,
    bias: (await b.data())[0]!,
  };
  tf.dispose([w, v, u, b, tIdx, tVal, tSeg, tX, tE, tY, tW]);
  optimizer.dispose();
  return out;
}

/** Logit of one row under float32 weights (the same sum the runtime scorer does). */
export function linearLogit(f: ToneFeatures, m: LinearWeights): number {
  let z = m.bias;
  const values = m.ngramScale ? scaledIndicators(f.ngrams.indices, m.ngramScale) : f.ngrams.values;
  for (let i = 0; i < f.ngrams.indices.length; i++) z += m.ngram[f.ngrams.indices[i]!]! * values[i]!;
  for (let j = 0; j < f.strategies.length; j++) z += m.strategy[j]! * f.strategies[j]!;
  for (let k = 0; k < f.words.indices.length; k++) z += m.word[f.words.indices[k]!]! * f.words.values[k]!;
  return z;
}
