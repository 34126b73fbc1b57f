/**
 * Turns trained weights into the shipped model file: a tfjs Layers model (inputs — hashed n-grams,
 * strategies and, with a vocabulary, the normalised word bag — each through a Dense(1), added,
 * sigmoid) saved through tfjs's own serialiser, with the n-gram and word kernels quantised to uint8
 * (tfjs's quantization metadata, so tf.loadLayersModel dequantises them exactly as our scorer does).
 * The word kernel is the GloVe matrix times the learned direction, so no vectors are shipped.
 */
import * as tf from '@tensorflow/tfjs';
import { createHash } from 'node:crypto';
import {
  NGRAM_KERNEL,
  STRATEGY_BIAS,
  STRATEGY_KERNEL,
  TONE_MODEL_FORMAT,
  WORD_KERNEL,
  TONE_MODEL_VERSION,
  encodeBase64,
  type QuantisedVector,
  type ToneModelFile,
  type WeightSpec,
} from '../../lib/engine/tone/model';
import { STRATEGY_IDS } from '../../lib/engine/tone/strategies';
import type { FeatureConfig } from '../../lib/engine/tone/features';
import type { LinearWeights } from './trainer';

export function buildLayersModel(buckets: number, strategies: number, vocabulary: number): tf.LayersModel {
  const ngrams = tf.input({ shape: [buckets], name: 'ngrams' });
  const strat = tf.input({ shape: [strategies], name: 'strategies' });
  const inputs = [ngrams, strat];
  const parts = [
    tf.layers.dense({ units: 1, useBias: false, name: 'ngram_logit', kernelInitializer: 'zeros' }).apply(ngrams) as tf.SymbolicTensor,
    tf.layers.dense({ units: 1, useBias: true, name: 'strategy_logit', kernelInitializer: 'zeros' }).apply(strat) as tf.SymbolicTensor,
  ];
  if (vocabulary > 0) {
    const words = tf.input({ shape: [vocabulary], name: 'words' });
    inputs.push(words);
    parts.push(tf.layers.dense({ units: 1, useBias: false, name: 'word_logit', kernelInitializer: 'zeros' }).apply(words) as tf.SymbolicTensor);
  }
  const sum = tf.layers.add({ name: 'logit' }).apply(parts) as tf.SymbolicTensor;
  const out = tf.layers.activation({ activation: 'sigmoid', name: 'polite' }).apply(sum) as tf.SymbolicTensor;
  return tf.model({ inputs, outputs: out, name: 'rapport_tone' });
}

/** uint8 affine quantisation with tfjs's convention value = q·scale + min. */
export function quantiseUint8(values: Float32Array): { bytes: Uint8Array; min: number; scale: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  // Keep 0 exactly representable: unused buckets must contribute nothing.
  min = Math.min(min, 0);
  max = Math.max(max, 0);
  // float32-exact parameters, so JSON → double → float32 gives every reader the same values.
  const scale = Math.fround((max - min) / 255 || 1);
  min = Math.fround(-Math.round(-min / scale) * scale);
  const bytes = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) bytes[i] = Math.max(0, Math.min(255, Math.round((values[i]! - min) / scale)));
  return { bytes, min, scale };
}

/** The n-gram scale is already on the uint8 grid (trainer.ts), so this round trip is exact. */
function quantisedVector(values: Float32Array): QuantisedVector {
  const q = quantiseUint8(values);
  const back = Float32Array.from(q.bytes, (b) => b * q.scale + q.min);
  if (back.some((v, i) => v !== values[i])) throw new Error('exportToneModel: the n-gram scale is not on its uint8 grid');
  return { min: q.min, scale: q.scale, data: encodeBase64(q.bytes) };
}

export async function exportToneModel(
  weights: LinearWeights,
  config: FeatureConfig,
  extra: { curtThreshold: number; customerThreshold: number; meta: Record<string, unknown> },
): Promise<ToneModelFile> {
  const vocabulary = [...(config.words?.keys() ?? [])];
  if (vocabulary.length !== weights.word.length) throw new Error(`exportToneModel: ${vocabulary.length} words but ${weights.word.length} word weights`);
  if (vocabulary.some((w) => !w || /\s/.test(w))) throw new Error('exportToneModel: vocabulary words must be non-empty and contain no whitespace');
  const model = buildLayersModel(config.buckets, STRATEGY_IDS.length, vocabulary.length);
  let topology: unknown;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      topology = artifacts.modelTopology;
      return { modelArtifactsInfo: { dateSaved: new Date(0), modelTopologyType: 'JSON' } };
    }),
  );
  model.dispose();
  const q = quantiseUint8(weights.ngram);
  const strategyBytes = new Uint8Array(Float32Array.from(weights.strategy).buffer);
  const biasBytes = new Uint8Array(Float32Array.of(weights.bias).buffer);
  const weightSpecs: WeightSpec[] = [
    { name: NGRAM_KERNEL, shape: [config.buckets, 1], dtype: 'float32', quantization: { dtype: 'uint8', min: q.min, scale: q.scale } },
    { name: STRATEGY_KERNEL, shape: [STRATEGY_IDS.length, 1], dtype: 'float32' },
    { name: STRATEGY_BIAS, shape: [1], dtype: 'float32' },
  ];
  const chunks = [q.bytes, strategyBytes, biasBytes];
  if (vocabulary.length) {
    const w = quantiseUint8(weights.word);
    weightSpecs.push({ name: WORD_KERNEL, shape: [vocabulary.length, 1], dtype: 'float32', quantization: { dtype: 'uint8', min: w.min, scale: w.scale } });
    chunks.push(w.bytes);
  }
  const data = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const c of chunks) {
    data.set(c, offset);
    offset += c.length;
  }
  return {
    format: TONE_MODEL_FORMAT,
    version: TONE_MODEL_VERSION,
    features: {
      buckets: config.buckets,
      charNgrams: [...config.charNgrams],
      strategies: [...STRATEGY_IDS],
      words: vocabulary.join(' '),
      ngramScale: weights.ngramScale ? quantisedVector(weights.ngramScale) : null,
    },
    curtThreshold: extra.curtThreshold,
    customerThreshold: extra.customerThreshold,
    tfjs: { modelTopology: topology, weightSpecs, weightData: encodeBase64(data) },
    meta: { ...extra.meta, weightsSha256: createHash('sha256').update(data).digest('hex') },
  };
}

/** Hash of float32 weights before quantisation: the reproducibility check compares these. */
export function weightsHash(w: LinearWeights): string {
  const h = createHash('sha256');
  h.update(new Uint8Array(w.ngram.buffer, w.ngram.byteOffset, w.ngram.byteLength));
  h.update(new Uint8Array(Float32Array.from(w.strategy).buffer));
  h.update(new Uint8Array(Float32Array.from(w.embedding).buffer));
  if (w.ngramScale) h.update(new Uint8Array(Float32Array.from(w.ngramScale).buffer));
  h.update(new Uint8Array(Float32Array.of(w.bias).buffer));
  return h.digest('hex');
}
