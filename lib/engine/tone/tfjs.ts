/**
 * Loads the tone model file with tfjs itself (tf.io.fromMemory + tf.loadLayersModel). The engine
 * scores with the pure-TS forward pass in model.ts; this is the cross-check, used by the unit test
 * and available to extension pages (never the content script: tfjs is ~1 MB and page CSPs get in
 * the way). Import it only where @tensorflow/tfjs is already loaded.
 */
import * as tf from '@tensorflow/tfjs';
import { decodeBase64, featureConfigOf, validateToneModelFile } from './model';
import { toneFeatures } from './features';

export async function loadToneLayersModel(json: unknown): Promise<tf.LayersModel> {
  const file = validateToneModelFile(json);
  const bytes = decodeBase64(file.tfjs.weightData);
  const weightData = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  return tf.loadLayersModel(
    tf.io.fromMemory({
      modelTopology: file.tfjs.modelTopology as tf.io.ModelJSON['modelTopology'],
      weightSpecs: file.tfjs.weightSpecs as unknown as tf.io.WeightsManifestEntry[],
      weightData,
    }),
  );
}

/** tfjs's prediction (probability polite) for each text, from dense inputs built by toneFeatures. */
export function predictWithTfjs(model: tf.LayersModel, json: unknown, texts: readonly string[]): Float32Array {
  const file = validateToneModelFile(json);
  const config = featureConfigOf(file);
  const s = file.features.strategies.length;
  const v = config.words?.size ?? 0;
  const ngrams = new Float32Array(texts.length * config.buckets);
  const strategies = new Float32Array(texts.length * s);
  const words = new Float32Array(texts.length * v);
  texts.forEach((t, r) => {
    const f = toneFeatures(t, config);
    f.ngrams.indices.forEach((j, k) => (ngrams[r * config.buckets + j] = f.ngrams.values[k]!));
    strategies.set(f.strategies, r * s);
    f.words.indices.forEach((j, k) => (words[r * v + j] = f.words.values[k]!));
  });
  return tf.tidy(() => {
    const inputs = [tf.tensor2d(ngrams, [texts.length, config.buckets]), tf.tensor2d(strategies, [texts.length, s])];
    if (v > 0) inputs.push(tf.tensor2d(words, [texts.length, v]));
    const out = model.predict(inputs) as tf.Tensor;
    return out.dataSync() as Float32Array;
  });
}
