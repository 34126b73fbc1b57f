/**
 * Coach model features, computed by this one module in training (models/coach/) and at runtime:
 *  - hashed word 1-2-grams and character 3-5-grams of the sentence (the tone model's hashing,
 *    plain L2-normalised indicators, in the coach model's own bucket space);
 *  - the normalised bag of vocabulary words (their GloVe vectors are folded into the model's
 *    first layer, see models/coach/MODEL_CARD.md);
 *  - the same words in order (vocabulary rows, -1 for a word outside it), for the model's
 *    word-pair filters: "you deleted" and "deleted you" are one bag but not one sequence;
 *  - the clause-structure cues of cues.ts.
 */
import { ngramVector, normaliseText, type SparseVector } from '../tone/features';
import { EMPTY_BAG, embeddingTokens, wordBagOfTokens, type WordIndex } from '../tone/words';
import { cueVector } from './cues';

export interface CoachFeatureConfig {
  buckets: number;
  charNgrams: number[];
  words: WordIndex;
}

export interface CoachFeatures {
  ngrams: SparseVector;
  words: SparseVector;
  /** Vocabulary rows of the sentence's words in order (at most MAX_SEQUENCE; -1 = unknown word). */
  sequence: Int32Array;
  cues: Float32Array;
}

/** Longer sentences are read for their first words only (a sentence is rarely longer). */
export const MAX_SEQUENCE = 64;

const EMPTY_SEQUENCE = new Int32Array(0);

export function coachFeatures(text: string, config: CoachFeatureConfig): CoachFeatures {
  const ngrams = ngramVector(text, { buckets: config.buckets, charNgrams: config.charNgrams });
  if (!config.words.size) return { ngrams, words: EMPTY_BAG, sequence: EMPTY_SEQUENCE, cues: cueVector(normaliseText(text)) };
  const tokens = embeddingTokens(text);
  const words = wordBagOfTokens(tokens, config.words);
  const n = Math.min(tokens.length, MAX_SEQUENCE);
  const sequence = new Int32Array(n);
  for (let i = 0; i < n; i++) sequence[i] = config.words.get(tokens[i]!) ?? -1;
  return { ngrams, words, sequence, cues: cueVector(normaliseText(text)) };
}
