/**
 * Word-window detectors: the part of the coach model that reads word order. The mean of a
 * sentence's word vectors (Q·wordBag) says what it is about; it cannot tell "you deleted the file,
 * so it's gone" from "the file is gone, so I restored it". Each detector looks at three words in a
 * row, through their projected GloVe vectors (the same per-word rows Q the bag uses, so nothing
 * new ships per word), and the strongest match anywhere in the sentence counts:
 *
 *   z[t] = relu(bias + Σ_{o=-1..1} Q[word[t+o]]·K[o+1])      F detectors per position
 *   h   += (max_t z[t])·out                                   into the hidden layer
 *
 * Because the detectors work on word vectors, a window learned on "you clicked the link" also
 * answers to "you opened the attachment". Out-of-vocabulary words are zero vectors in place (so
 * they still separate their neighbours); the first MAX_WORDS words are read.
 */
import { embeddingTokens, type WordIndex } from '../tone/words';
import { addDenseRows } from './dense';

export const WINDOW_WIDTH = 3;
export const MAX_WORDS = 64;

export interface WindowLayer {
  filters: number;
  /** WINDOW_WIDTH × hidden × filters, row-major (offset, input dimension, detector). */
  kernel: Float32Array;
  /** filters */
  bias: Float32Array;
  /** filters × hidden */
  out: Float32Array;
}

/** The sentence's words as vocabulary rows, in order (-1 for a word outside the vocabulary). */
export function wordSequence(text: string, index: WordIndex): Int32Array {
  const tokens = embeddingTokens(text);
  const n = Math.min(tokens.length, MAX_WORDS);
  const seq = new Int32Array(n);
  for (let i = 0; i < n; i++) seq[i] = index.get(tokens[i]!) ?? -1;
  return seq;
}

/** The strongest response of each detector over the sentence (zeros for an empty one). */
export function windowMaxima(seq: Int32Array, Q: Float32Array, H: number, layer: WindowLayer): Float32Array {
  const F = layer.filters;
  const best = new Float32Array(F);
  const z = new Float32Array(F);
  for (let t = 0; t < seq.length; t++) {
    z.set(layer.bias);
    for (let o = -1; o <= 1; o++) {
      const word = seq[t + o];
      if (word === undefined || word < 0) continue;
      const rowBase = word * H;
      const kernelBase = (o + 1) * H * F;
      for (let d = 0; d < H; d++) {
        const x = Q[rowBase + d]!;
        if (x === 0) continue;
        const k = kernelBase + d * F;
        for (let f = 0; f < F; f++) z[f] = z[f]! + x * layer.kernel[k + f]!;
      }
    }
    for (let f = 0; f < F; f++) if (z[f]! > best[f]!) best[f] = z[f]!;
  }
  return best;
}

/** h += windowMaxima·out. */
export function addWindowFeatures(h: Float32Array, seq: Int32Array, Q: Float32Array, H: number, layer: WindowLayer): void {
  addDenseRows(h, layer.out, windowMaxima(seq, Q, H, layer), H);
}
