/**
 * Coach model features, computed by this one module in training (models/coach/) and at runtime:
 *  - hashed word 1-2-grams and character 3-5-grams of the sentence (the tone model's hashing,
 *    plain L2-normalised indicators, in the coach model's own bucket space);
 *  - the normalised bag of vocabulary words (their GloVe vectors are folded into the model's
 *    first layer, see models/coach/MODEL_CARD.md);
 *  - the clause-structure cues of cues.ts;
 *  - the words in order, as vocabulary rows, for the word-window detectors (windows.ts).
 */
import { ngramVectorOfNormalised, normaliseText, type SparseVector } from '../tone/features';
import { EMPTY_BAG, wordBag, type WordIndex } from '../tone/words';
import { cueVector } from './cues';
import { wordSequence } from './windows';

export interface CoachFeatureConfig {
  buckets: number;
  charNgrams: number[];
  words: WordIndex;
  /** Whether to list the words in order (the window layer's input); default true. */
  sequence?: boolean;
}

export interface CoachFeatures {
  ngrams: SparseVector;
  words: SparseVector;
  cues: Float32Array;
  sequence: Int32Array;
}

const NO_SEQUENCE = new Int32Array(0);

export function coachFeatures(text: string, config: CoachFeatureConfig): CoachFeatures {
  const normalised = normaliseText(text);
  const ngrams = ngramVectorOfNormalised(normalised, { buckets: config.buckets, charNgrams: config.charNgrams });
  const words = config.words.size ? wordBag(text, config.words) : EMPTY_BAG;
  const sequence = config.words.size && config.sequence !== false ? wordSequence(text, config.words) : NO_SEQUENCE;
  return { ngrams, words, cues: cueVector(normalised), sequence };
}
