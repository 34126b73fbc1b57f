/**
 * The coach model at runtime: a one-hidden-layer multi-label network over the features of
 * features.ts, scored in plain TypeScript (no tfjs in the content script).
 *
 *   h      = relu(A·ngrams + Q·wordBag + C·cues + windows + b1)      (A, Q uint8-quantised)
 *   p[l]   = sigmoid(h·W2[:, l] + b2[l])
 *   flag l when p[l] ≥ threshold[l]
 *
 * Q holds, for each vocabulary word, its GloVe vector times the trained projection P (mean of
 * vectors then ·P equals the bag of words times Q), so the product ships no vectors.
 * File format: see CoachModelFile; every array is length-checked when parsed.
 */
import { decodeBase64 } from '../tone/model';
import { wordIndexOf, type WordIndex } from '../tone/words';
import { CUE_IDS } from './cues';
import { coachFeatures, type CoachFeatureConfig, type CoachFeatures } from './features';
import { COACH_LABELS, type CoachLabel } from './labels';
import { addDenseRows } from './dense';
import { addWindowFeatures, WINDOW_WIDTH, type WindowLayer } from './windows';

export { addDenseRows } from './dense';

export const COACH_MODEL_FORMAT = 'rapport-coach-model';

export interface QuantisedMatrix {
  rows: number;
  cols: number;
  min: number;
  scale: number;
  /** base64 of rows·cols uint8, row-major; value = q·scale + min. */
  data: string;
}

export interface CoachModelFile {
  format: typeof COACH_MODEL_FORMAT;
  /** 1: no word windows; 2: with `windows`. */
  version: 1 | 2;
  labels: string[];
  cues: string[];
  buckets: number;
  charNgrams: number[];
  hidden: number;
  words: string[];
  ngramKernel: QuantisedMatrix;
  wordKernel: QuantisedMatrix;
  /** cues × hidden, row-major. */
  cueKernel: number[];
  bias1: number[];
  /** hidden × labels, row-major. */
  outKernel: number[];
  bias2: number[];
  /** One per label: flag when the probability is at least this. */
  thresholds: number[];
  /** Version 2: the word-window layer (windows.ts), float32-exact numbers. */
  windows?: { width: number; filters: number; kernel: number[]; bias: number[]; out: number[] };
  /** Provenance and figures (free-form, for people). */
  card?: Record<string, unknown>;
}

export interface CoachVerdict {
  label: CoachLabel;
  probability: number;
}

export interface CoachModel {
  readonly labels: readonly CoachLabel[];
  readonly thresholds: Readonly<Record<CoachLabel, number>>;
  /** Probability per label, in label order. */
  probabilities(text: string): Float32Array;
  /** Labels at or over their threshold, most probable first. */
  classify(text: string): CoachVerdict[];
}

function fail(msg: string): never {
  throw new Error(`Coach model: ${msg}`);
}

function numbers(v: unknown, length: number, name: string): Float32Array {
  if (!Array.isArray(v) || v.length !== length || !v.every((x) => typeof x === 'number' && Number.isFinite(x))) {
    fail(`${name} must be ${length} finite numbers`);
  }
  return Float32Array.from(v as number[]);
}

/**
 * A uint8-quantised matrix as shipped: its codes, and the float32 value of each of the 256 codes
 * (q·scale + min rounded to float32: exactly what dequantising every entry stores). The sparse
 * layer reads rows through the table, a quarter of the memory of the float32 matrix, so the few
 * hundred scattered rows a sentence touches cost far fewer cache misses.
 */
export interface CodedMatrix {
  codes: Uint8Array;
  values: Float32Array;
}

function codedMatrix(v: unknown, rows: number, cols: number, name: string): CodedMatrix {
  const m = v as Partial<QuantisedMatrix> | null;
  if (!m || typeof m !== 'object' || m.rows !== rows || m.cols !== cols) fail(`${name} must be ${rows}×${cols}`);
  if (typeof m.min !== 'number' || typeof m.scale !== 'number' || !Number.isFinite(m.min) || !Number.isFinite(m.scale)) fail(`${name} needs a finite min and scale`);
  if (typeof m.data !== 'string') fail(`${name}.data must be base64`);
  const codes = decodeBase64(m.data);
  if (codes.length !== rows * cols) fail(`${name} holds ${codes.length} bytes, expected ${rows * cols}`);
  const values = new Float32Array(256);
  for (let q = 0; q < 256; q++) values[q] = q * m.scale + m.min;
  return { codes, values };
}

/** The float32 matrix a coded one stands for, every entry dequantised. */
export function dequantised(m: CodedMatrix): Float32Array {
  const out = new Float32Array(m.codes.length);
  for (let i = 0; i < out.length; i++) out[i] = m.values[m.codes[i]!]!;
  return out;
}

export function validateCoachModelFile(json: unknown): CoachModelFile {
  const f = json as Partial<CoachModelFile> | null;
  if (!f || typeof f !== 'object' || f.format !== COACH_MODEL_FORMAT) fail(`not a ${COACH_MODEL_FORMAT} file`);
  if (f.version !== 1 && f.version !== 2) fail(`unsupported version ${String(f.version)}`);
  if (f.version === 2 && (!f.windows || typeof f.windows !== 'object')) fail('version 2 needs windows');
  if (!Array.isArray(f.labels) || f.labels.join() !== COACH_LABELS.join()) fail(`labels must be ${COACH_LABELS.join(', ')}`);
  if (!Array.isArray(f.cues) || f.cues.join() !== CUE_IDS.join()) fail('cue list differs from this build (retrain the model)');
  const b = f.buckets;
  if (typeof b !== 'number' || b <= 0 || (b & (b - 1)) !== 0) fail('buckets must be a power of two');
  if (!Array.isArray(f.charNgrams) || !f.charNgrams.every((n) => Number.isInteger(n) && n > 0 && n < 10)) fail('charNgrams must be small integers');
  if (!Number.isInteger(f.hidden) || f.hidden! <= 0 || f.hidden! > 512) fail('hidden must be an integer 1..512');
  if (!Array.isArray(f.words) || !f.words.every((w) => typeof w === 'string')) fail('words must be strings');
  return f as CoachModelFile;
}

export function parseCoachModel(json: unknown): CoachModel {
  const f = validateCoachModelFile(json);
  const H = f.hidden;
  const L = COACH_LABELS.length;
  const K = CUE_IDS.length;
  const A = codedMatrix(f.ngramKernel, f.buckets, H, 'ngramKernel');
  const Q = codedMatrix(f.wordKernel, f.words.length, H, 'wordKernel');
  const C = numbers(f.cueKernel, K * H, 'cueKernel');
  const b1 = numbers(f.bias1, H, 'bias1');
  const W2 = numbers(f.outKernel, H * L, 'outKernel');
  const b2 = numbers(f.bias2, L, 'bias2');
  const thresholds = numbers(f.thresholds, L, 'thresholds');
  const windows = f.version === 2 ? windowLayer(f.windows, H) : null;
  const words: WordIndex = wordIndexOf(f.words);
  // The words in order feed the window layer only.
  const config: CoachFeatureConfig = { buckets: f.buckets, charNgrams: f.charNgrams, words, sequence: windows !== null };
  const weights: CodedWeights = { A, Q, C, b1, W2, b2, H, windows, windowRows: windows ? dequantised(Q) : null };
  const thresholdRecord = Object.fromEntries(COACH_LABELS.map((l, i) => [l, thresholds[i]!])) as Record<CoachLabel, number>;
  const probabilities = (text: string) => codedForward(coachFeatures(text, config), weights);
  return {
    labels: COACH_LABELS,
    thresholds: thresholdRecord,
    probabilities,
    classify(text) {
      const p = probabilities(text);
      const out: CoachVerdict[] = [];
      COACH_LABELS.forEach((label, i) => {
        if (p[i]! >= thresholds[i]!) out.push({ label, probability: p[i]! });
      });
      return out.sort((a, b) => b.probability - a.probability);
    },
  };
}

export interface CoachRuntimeWeights {
  A: Float32Array;
  Q: Float32Array;
  C: Float32Array;
  b1: Float32Array;
  W2: Float32Array;
  b2: Float32Array;
  H: number;
  windows: WindowLayer | null;
}

function windowLayer(v: CoachModelFile['windows'], H: number): WindowLayer {
  const w = v!;
  if (w.width !== WINDOW_WIDTH) fail(`windows.width must be ${WINDOW_WIDTH}`);
  if (!Number.isInteger(w.filters) || w.filters <= 0 || w.filters > 512) fail('windows.filters must be an integer 1..512');
  const F = w.filters;
  return { filters: F, kernel: numbers(w.kernel, WINDOW_WIDTH * H * F, 'windows.kernel'), bias: numbers(w.bias, F, 'windows.bias'), out: numbers(w.out, F * H, 'windows.out') };
}

/**
 * h += Σ_k val[k]·M[idx[k], :] for a sparse input (rows of `H`), in k order with h[j] rounded to
 * float32 after every row, exactly as one row at a time would store it. Four rows share one pass
 * over h (the running value stays in a register, Math.fround doing the store's rounding): about
 * twice as fast, bit for bit the same.
 */
export function addSparseRows(h: Float32Array, m: Float32Array, idx: Int32Array, val: Float32Array, H: number): void {
  const f32 = Math.fround;
  let k = 0;
  for (; k + 4 <= idx.length; k += 4) {
    const b0 = idx[k]! * H;
    const b1 = idx[k + 1]! * H;
    const b2 = idx[k + 2]! * H;
    const b3 = idx[k + 3]! * H;
    const v0 = val[k]!;
    const v1 = val[k + 1]!;
    const v2 = val[k + 2]!;
    const v3 = val[k + 3]!;
    for (let j = 0; j < H; j++) {
      let x = f32(h[j]! + v0 * m[b0 + j]!);
      x = f32(x + v1 * m[b1 + j]!);
      x = f32(x + v2 * m[b2 + j]!);
      h[j] = x + v3 * m[b3 + j]!;
    }
  }
  for (; k < idx.length; k++) {
    const base = idx[k]! * H;
    const v = val[k]!;
    for (let j = 0; j < H; j++) h[j] = h[j]! + v * m[base + j]!;
  }
}

/** addSparseRows over a coded matrix: the same sums, bit for bit, each entry read through its code. */
export function addCodedRows(h: Float32Array, m: CodedMatrix, idx: Int32Array, val: Float32Array, H: number): void {
  const f32 = Math.fround;
  const codes = m.codes;
  const t = m.values;
  let k = 0;
  for (; k + 4 <= idx.length; k += 4) {
    const b0 = idx[k]! * H;
    const b1 = idx[k + 1]! * H;
    const b2 = idx[k + 2]! * H;
    const b3 = idx[k + 3]! * H;
    const v0 = val[k]!;
    const v1 = val[k + 1]!;
    const v2 = val[k + 2]!;
    const v3 = val[k + 3]!;
    for (let j = 0; j < H; j++) {
      let x = f32(h[j]! + v0 * t[codes[b0 + j]!]!);
      x = f32(x + v1 * t[codes[b1 + j]!]!);
      x = f32(x + v2 * t[codes[b2 + j]!]!);
      h[j] = x + v3 * t[codes[b3 + j]!]!;
    }
  }
  for (; k < idx.length; k++) {
    const base = idx[k]! * H;
    const v = val[k]!;
    for (let j = 0; j < H; j++) h[j] = h[j]! + v * t[codes[base + j]!]!;
  }
}

/** p = sigmoid(relu(h)·W2 + b2): the output layer, shared with the trainer's float predictions. */
export function outputProbabilities(h: Float32Array, W2: Float32Array, b2: Float32Array): Float32Array {
  const H = h.length;
  const L = b2.length;
  const p = new Float32Array(L);
  for (let l = 0; l < L; l++) {
    let z = b2[l]!;
    for (let j = 0; j < H; j++) if (h[j]! > 0) z += h[j]! * W2[j * L + l]!;
    p[l] = 1 / (1 + Math.exp(-z));
  }
  return p;
}

/** The forward pass of the shipped (dequantised) weights. */
export function forward(x: CoachFeatures, w: CoachRuntimeWeights): Float32Array {
  const h = Float32Array.from(w.b1);
  addSparseRows(h, w.A, x.ngrams.indices, x.ngrams.values, w.H);
  addSparseRows(h, w.Q, x.words.indices, x.words.values, w.H);
  addDenseRows(h, w.C, x.cues, w.H);
  if (w.windows) addWindowFeatures(h, x.sequence, w.Q, w.H, w.windows);
  return outputProbabilities(h, w.W2, w.b2);
}

/** The shipped weights as parsed: the two sparse kernels kept coded (uint8), as in the file. */
export interface CodedWeights extends Omit<CoachRuntimeWeights, 'A' | 'Q'> {
  A: CodedMatrix;
  Q: CodedMatrix;
  /** Q dequantised for the window layer (null without one). */
  windowRows: Float32Array | null;
}

/** forward() on coded weights: the same probabilities, bit for bit, as on the dequantised ones. */
export function codedForward(x: CoachFeatures, w: CodedWeights): Float32Array {
  const h = Float32Array.from(w.b1);
  addCodedRows(h, w.A, x.ngrams.indices, x.ngrams.values, w.H);
  addCodedRows(h, w.Q, x.words.indices, x.words.values, w.H);
  addDenseRows(h, w.C, x.cues, w.H);
  if (w.windows) addWindowFeatures(h, x.sequence, w.windowRows!, w.H, w.windows);
  return outputProbabilities(h, w.W2, w.b2);
}
