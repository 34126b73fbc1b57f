/**
 * Trained weights → the shipped coach model file (public/models/coach/coach-model.json). The
 * n-gram kernel A and the per-word kernel Q = E·P (GloVe rows times the learned projection) are
 * quantised to uint8; the small matrices stay float32-exact numbers.
 */
import { createHash } from 'node:crypto';
import { CUE_IDS } from '../../lib/engine/coach/cues';
import { COACH_LABELS } from '../../lib/engine/coach/labels';
import { COACH_MODEL_FORMAT, type CoachModelFile, type QuantisedMatrix } from '../../lib/engine/coach/model';
import { encodeBase64 } from '../../lib/engine/tone/model';
import { WINDOW_WIDTH } from '../../lib/engine/coach/windows';
import type { Embeddings } from '../tone/embeddings';
import { quantiseUint8 } from '../tone/export';
import type { CoachWeights } from './trainer';

function quantised(values: Float32Array, rows: number, cols: number): QuantisedMatrix {
  const q = quantiseUint8(values);
  return { rows, cols, min: q.min, scale: q.scale, data: encodeBase64(q.bytes) };
}

const exact = (a: Float32Array) => Array.from(a, (v) => Math.fround(v));

/** Q[v, :] = E[v, :]·P, one row per vocabulary word. */
export function wordKernel(w: CoachWeights, emb: Embeddings): Float32Array {
  const H = w.hidden;
  const D = emb.dims;
  const V = emb.words.length;
  const Q = new Float32Array(V * H);
  for (let v = 0; v < V; v++) {
    for (let d = 0; d < D; d++) {
      const e = emb.matrix[v * D + d]!;
      if (e === 0) continue;
      for (let j = 0; j < H; j++) Q[v * H + j] = Q[v * H + j]! + e * w.P[d * H + j]!;
    }
  }
  return Q;
}

export function exportCoachModel(w: CoachWeights, emb: Embeddings, charNgrams: number[], thresholds: number[], card: Record<string, unknown>): CoachModelFile {
  return {
    format: COACH_MODEL_FORMAT,
    version: w.windows ? 2 : 1,
    labels: [...COACH_LABELS],
    cues: [...CUE_IDS],
    buckets: w.buckets,
    charNgrams,
    hidden: w.hidden,
    words: emb.words,
    ngramKernel: quantised(w.A, w.buckets, w.hidden),
    wordKernel: quantised(wordKernel(w, emb), emb.words.length, w.hidden),
    cueKernel: exact(w.C),
    bias1: exact(w.b1),
    outKernel: exact(w.W2),
    bias2: exact(w.b2),
    thresholds: thresholds.map((t) => Math.fround(t)),
    ...(w.windows
      ? { windows: { width: WINDOW_WIDTH, filters: w.windows.filters, kernel: exact(w.windows.kernel), bias: exact(w.windows.bias), out: exact(w.windows.out) } }
      : {}),
    card,
  };
}

export function weightsHash(w: CoachWeights): string {
  const h = createHash('sha256');
  const windows = w.windows ? [w.windows.kernel, w.windows.bias, w.windows.out] : [];
  for (const a of [w.A, w.P, w.C, w.b1, w.W2, w.b2, ...windows]) h.update(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  return h.digest('hex');
}
