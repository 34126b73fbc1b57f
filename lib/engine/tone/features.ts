/**
 * Tone features, computed by this one module both when training (models/tone/) and at runtime, so
 * the model never sees a feature the product computes differently:
 *  - hashed n-grams: word 1-2-grams (with a sentence-start marker) and character n-grams, one
 *    hashed space of `buckets` slots, binary presence scaled per bucket by the model's
 *    naive-Bayes weights (how much more often the bucket occurs in polite than impolite training
 *    text; uniform without them), L2-normalised;
 *  - the politeness-strategy vector from strategies.ts;
 *  - with a vocabulary, the normalised bag of vocabulary words (words.ts), which the model scores
 *    through the words' GloVe vectors.
 */
import { ngramBuckets } from './ngram-buckets';
import { strategyVector } from './strategies';
import { EMPTY_BAG, wordBag, type WordIndex } from './words';

export interface FeatureConfig {
  /** Size of the hashed n-gram space; a power of two. */
  buckets: number;
  /** Character n-gram lengths, e.g. [3, 4, 5]; [] for words only. */
  charNgrams: number[];
  /** Per-bucket scale of the n-gram indicators (naive-Bayes ratios); uniform when absent. */
  ngramScale?: Float32Array;
  /** Vocabulary of the word-embedding part; without it `words` is empty. */
  words?: WordIndex;
}

export interface SparseVector {
  /** Sorted, unique bucket indices. */
  indices: Int32Array;
  /** One value per index (binary presence times the bucket's scale, L2-normalised). */
  values: Float32Array;
}

export interface ToneFeatures {
  ngrams: SparseVector;
  strategies: Float32Array;
  /** Normalised bag of vocabulary words (empty without a vocabulary). */
  words: SparseVector;
}

/** FNV-1a over UTF-16 code units of `prefix` then `s`; cheap, stable across engines. */
export function hashKey(prefix: string, s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < prefix.length; i++) {
    h ^= prefix.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const TOKEN = /[a-z0-9_]+(?:'[a-z0-9_]+)*|[.!?]+/g;

/** Lowercased, straight apostrophes, whitespace collapsed. */
export function normaliseText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The n-gram keys of a text (exported for tests and for inspecting a model's vocabulary). */
export function ngramKeys(text: string, config: Pick<FeatureConfig, 'charNgrams'>): Set<string> {
  const t = normaliseText(text);
  const keys = new Set<string>();
  let prev: string | undefined;
  let sentenceStart = true;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(t); m; m = TOKEN.exec(t)) {
    const tok = m[0];
    if (/^[.!?]/.test(tok)) {
      // "?" and "!" are cues in themselves; any terminator starts a new sentence.
      if (tok.includes('?')) keys.add('w:?');
      if (tok.includes('!')) keys.add('w:!');
      prev = undefined;
      sentenceStart = true;
      continue;
    }
    keys.add(`w:${tok}`);
    if (sentenceStart) keys.add(`w:^ ${tok}`);
    else if (prev !== undefined) keys.add(`w:${prev} ${tok}`);
    prev = tok;
    sentenceStart = false;
  }
  if (config.charNgrams.length) {
    const padded = ` ${t} `;
    for (const n of config.charNgrams) {
      for (let i = 0; i + n <= padded.length; i++) keys.add(`c:${padded.slice(i, i + n)}`);
    }
  }
  return keys;
}

/** The hashed n-grams of `text`: the buckets of `ngramKeys` (computed without building the keys). */
export function ngramVector(text: string, config: FeatureConfig): SparseVector {
  return ngramVectorOfNormalised(normaliseText(text), config);
}

/** ngramVector of a text already normalised (normaliseText), for callers that need both. */
export function ngramVectorOfNormalised(normalised: string, config: FeatureConfig): SparseVector {
  const indices = ngramBuckets(normalised, config.charNgrams, config.buckets);
  return { indices, values: scaledIndicators(indices, config.ngramScale) };
}

/** L2-normalised indicator values of `indices`, each scaled by `scale[index]` when given. */
export function scaledIndicators(indices: Int32Array, scale?: Float32Array): Float32Array {
  const values = new Float32Array(indices.length);
  if (!scale) return values.fill(indices.length ? 1 / Math.sqrt(indices.length) : 0);
  let sq = 0;
  for (let k = 0; k < indices.length; k++) sq += scale[indices[k]!]! ** 2;
  if (sq === 0) return values;
  const norm = Math.sqrt(sq);
  for (let k = 0; k < indices.length; k++) values[k] = scale[indices[k]!]! / norm;
  return values;
}

export function toneFeatures(text: string, config: FeatureConfig): ToneFeatures {
  if ((config.buckets & (config.buckets - 1)) !== 0 || config.buckets <= 0) {
    throw new Error(`Tone feature buckets must be a power of two, got ${config.buckets}`);
  }
  const words = config.words ? wordBag(text, config.words) : EMPTY_BAG;
  return { ngrams: ngramVector(text, config), strategies: strategyVector(text), words };
}
