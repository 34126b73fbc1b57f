/**
 * The tone model file and its pure-TypeScript scorer.
 *
 * One JSON file (public/models/tone/tone-model.json) carries the feature configuration, the curt
 * threshold and a tfjs Layers model (topology + weight specs + base64 weights, the n-gram kernel
 * quantised to uint8 the way tfjs's own loader dequantises it). The forward pass is a logistic
 * regression, so this module computes it directly from the same weights — no tfjs, no wasm, no
 * DOM — and tfjs can load the very same file (lib/engine/tone/tfjs.ts) to cross-check it.
 */
import { BoundedCache } from '../cache';
import { toneFeatures, type FeatureConfig, type ToneFeatures } from './features';
import { STRATEGY_IDS, strategyRecord } from './strategies';
import { wordIndexOf } from './words';

export const TONE_MODEL_FORMAT = 'rapport-tone-model';
/** 2: adds the word-embedding part (features.words + word_logit/kernel). */
export const TONE_MODEL_VERSION = 2;

export interface WeightSpec {
  name: string;
  shape: number[];
  dtype: 'float32';
  quantization?: { dtype: 'uint8' | 'uint16'; min: number; scale: number };
}

export interface QuantisedVector {
  min: number;
  scale: number;
  /** base64 uint8 */
  data: string;
}

export interface ToneModelFile {
  format: typeof TONE_MODEL_FORMAT;
  version: typeof TONE_MODEL_VERSION;
  /**
   * `words`: the embedding vocabulary, space-separated, in kernel order ('' = no word part).
   * `ngramScale`: the per-bucket naive-Bayes scale as uint8 (value = q·scale + min), or null.
   */
  features: { buckets: number; charNgrams: number[]; strategies: string[]; words: string; ngramScale: QuantisedVector | null };
  /** Probability of "polite" below which a sentence of an agent's reply reads curt. */
  curtThreshold: number;
  /** Below this, a customer's message reads upset/impolite (used with wording cues). */
  customerThreshold: number;
  tfjs: { modelTopology: unknown; weightSpecs: WeightSpec[]; weightData: string };
  meta?: Record<string, unknown>;
}

export interface ToneScore {
  /** Probability that the text reads polite/warm, 0..1. */
  score: number;
  logit: number;
  /** Strategy values of the text, by id (0 when absent). */
  strategies: Record<string, number>;
  /** Per-strategy contribution to the logit (weight × value), by id. */
  contributions: Record<string, number>;
}

export interface ToneModel {
  readonly features: FeatureConfig;
  readonly curtThreshold: number;
  readonly customerThreshold: number;
  /** Strategy weights by id (positive = reads warmer), for explanations. */
  readonly strategyWeights: Readonly<Record<string, number>>;
  readonly meta: Readonly<Record<string, unknown>>;
  logitOf(f: ToneFeatures): number;
  /** Scores one text (a sentence, or a whole message). Cached per text. */
  score(text: string): ToneScore;
}

export const NGRAM_KERNEL = 'ngram_logit/kernel';
export const STRATEGY_KERNEL = 'strategy_logit/kernel';
export const STRATEGY_BIAS = 'strategy_logit/bias';
export const WORD_KERNEL = 'word_logit/kernel';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) B64_INDEX[B64.charCodeAt(i)] = i;

/** Base64 → bytes without atob/Buffer, so it runs in any JS engine. */
export function decodeBase64(s: string): Uint8Array {
  const clean = s.replace(/[\s=]+/g, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    const c = clean.charCodeAt(i);
    const v = c < 128 ? B64_INDEX[c]! : -1;
    if (v < 0) throw new Error(`Tone model: invalid base64 character at ${i}`);
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}

export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]! + (b === undefined ? '=' : B64[(n >> 6) & 63]!) + (c === undefined ? '=' : B64[n & 63]!);
  }
  return out;
}

/** Decode the weights exactly as tfjs's io.decodeWeights does (float32 results). */
function decodeWeights(specs: readonly WeightSpec[], data: Uint8Array): Map<string, Float32Array> {
  const out = new Map<string, Float32Array>();
  let offset = 0;
  for (const spec of specs) {
    const size = spec.shape.reduce((a, b) => a * b, 1);
    const q = spec.quantization;
    const bytesPer = q ? (q.dtype === 'uint8' ? 1 : 2) : 4;
    const bytes = size * bytesPer;
    if (offset + bytes > data.length) throw new Error(`Tone model: weight data too short for ${spec.name}`);
    const slice = data.slice(offset, offset + bytes);
    let values: Float32Array;
    if (!q) values = new Float32Array(slice.buffer);
    else {
      const raw = q.dtype === 'uint8' ? slice : new Uint16Array(slice.buffer);
      values = new Float32Array(size);
      for (let i = 0; i < size; i++) values[i] = raw[i]! * q.scale + q.min;
    }
    out.set(spec.name, values);
    offset += bytes;
  }
  return out;
}

function fail(why: string): never {
  throw new Error(`Not a Rapport tone model: ${why}`);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Validates a parsed model file; throws a clear error on anything malformed. */
export function validateToneModelFile(json: unknown): ToneModelFile {
  if (!isObject(json)) fail('expected a JSON object');
  if (json.format !== TONE_MODEL_FORMAT) fail(`format is ${String(json.format)}`);
  if (json.version !== TONE_MODEL_VERSION) fail(`unsupported version ${String(json.version)}`);
  const f = json.features;
  if (!isObject(f) || typeof f.buckets !== 'number' || !Array.isArray(f.charNgrams) || !Array.isArray(f.strategies) || typeof f.words !== 'string') {
    fail('bad "features"');
  }
  const ns = f.ngramScale;
  if (ns !== null && (!isObject(ns) || typeof ns.min !== 'number' || typeof ns.scale !== 'number' || typeof ns.data !== 'string')) fail('bad "features.ngramScale"');
  const strategies = f.strategies as unknown[];
  if (strategies.length !== STRATEGY_IDS.length || strategies.some((s, i) => s !== STRATEGY_IDS[i])) {
    fail('its strategy features differ from this version of Rapport; retrain with npm run train:tone');
  }
  if (typeof json.curtThreshold !== 'number' || typeof json.customerThreshold !== 'number') fail('missing thresholds');
  const t = json.tfjs;
  if (!isObject(t) || !Array.isArray(t.weightSpecs) || typeof t.weightData !== 'string') fail('bad "tfjs" section');
  return json as unknown as ToneModelFile;
}

/** The feature configuration a model file was trained with (vocabulary and n-gram scale decoded). */
export function featureConfigOf(file: ToneModelFile): FeatureConfig {
  const { buckets, charNgrams, words, ngramScale } = file.features;
  const config: FeatureConfig = { buckets, charNgrams: [...charNgrams], words: wordIndexOf(words ? words.split(' ') : []) };
  if (ngramScale) {
    const bytes = decodeBase64(ngramScale.data);
    if (bytes.length !== buckets) fail(`features.ngramScale has ${bytes.length} values for ${buckets} buckets`);
    config.ngramScale = Float32Array.from(bytes, (b) => b * ngramScale.scale + ngramScale.min);
  }
  return config;
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Builds the scorer from a model file (a parsed JSON object). */
export function parseToneModel(json: unknown): ToneModel {
  const file = validateToneModelFile(json);
  const weights = decodeWeights(file.tfjs.weightSpecs, decodeBase64(file.tfjs.weightData));
  const ngram = weights.get(NGRAM_KERNEL);
  const strategy = weights.get(STRATEGY_KERNEL);
  const biasArr = weights.get(STRATEGY_BIAS);
  if (!ngram || ngram.length !== file.features.buckets) fail(`${NGRAM_KERNEL} missing or not ${file.features.buckets} long`);
  if (!strategy || strategy.length !== STRATEGY_IDS.length) fail(`${STRATEGY_KERNEL} missing or wrong size`);
  if (!biasArr || biasArr.length !== 1) fail(`${STRATEGY_BIAS} missing`);
  const bias = biasArr[0]!;
  const features = featureConfigOf(file);
  const vocabulary = features.words?.size ?? 0;
  const word = weights.get(WORD_KERNEL) ?? new Float32Array(0);
  if (word.length !== vocabulary) fail(`${WORD_KERNEL} has ${word.length} weights for ${vocabulary} words`);
  const strategyWeights: Record<string, number> = {};
  STRATEGY_IDS.forEach((id, i) => (strategyWeights[id] = strategy[i]!));
  const cache = new BoundedCache<string, ToneScore>(5000);

  function logitOf(f: ToneFeatures): number {
    let ng = 0;
    for (let i = 0; i < f.ngrams.indices.length; i++) ng += ngram![f.ngrams.indices[i]!]! * f.ngrams.values[i]!;
    let st = bias;
    for (let j = 0; j < f.strategies.length; j++) st += strategy![j]! * f.strategies[j]!;
    let wd = 0;
    for (let k = 0; k < f.words.indices.length; k++) wd += word[f.words.indices[k]!]! * f.words.values[k]!;
    return ng + st + wd;
  }

  function score(text: string): ToneScore {
    const hit = cache.get(text);
    if (hit) return hit;
    const f = toneFeatures(text, features);
    const logit = logitOf(f);
    const strategies = strategyRecord(f.strategies);
    const contributions: Record<string, number> = {};
    STRATEGY_IDS.forEach((id, i) => (contributions[id] = f.strategies[i]! * strategy![i]!));
    const result: ToneScore = { score: sigmoid(logit), logit, strategies, contributions };
    cache.set(text, result);
    return result;
  }

  return {
    features,
    curtThreshold: file.curtThreshold,
    customerThreshold: file.customerThreshold,
    strategyWeights,
    meta: file.meta ?? {},
    logitOf,
    score,
  };
}
