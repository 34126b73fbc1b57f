/**
 * Training of the word-window layer (lib/engine/coach/windows.ts), by hand in plain loops.
 * tfjs's CPU conv1d with its gradient cost about 1.5 s a batch here (an epoch took 12 CPU-minutes);
 * the layer is small and sparse (a sentence has ~15 words, and the max-pool passes gradient to one
 * position per detector), so the exact forward and backward passes below cost a few milliseconds.
 *
 * The trainer treats the layer's output (the per-detector maxima) as a leaf of its tfjs graph, gets
 * the loss gradient for it, and hands it back here: this updates the kernel and bias with Adam and
 * returns the gradient for the shared GloVe projection P, which the trainer adds to tfjs's own.
 */
import { WINDOW_WIDTH } from '../../lib/engine/coach/windows';
import { AdamRows } from './adam-rows';
import type { CoachExample, TrainingVectors } from './trainer';

interface Pass {
  /** B × F maxima (≥ 0). */
  maxima: Float32Array;
  /** B × F: the position of each maximum, -1 where no response was positive. */
  at: Int32Array;
  /** Per example: its words' projected vectors X (n × H). */
  projected: Float32Array[];
  batch: readonly CoachExample[];
}

export class WindowTrainer {
  readonly kernel: Float32Array;
  readonly bias: Float32Array;
  private readonly kernelAdam: AdamRows;
  private readonly biasAdam: AdamRows;
  private last: Pass | null = null;

  constructor(
    readonly filters: number,
    private readonly H: number,
    private readonly vectors: TrainingVectors,
    kernel: Float32Array,
    learningRate: number,
    l2: number,
  ) {
    this.kernel = kernel;
    this.bias = new Float32Array(filters);
    this.kernelAdam = new AdamRows(this.kernel, filters, learningRate, l2);
    this.biasAdam = new AdamRows(this.bias, filters, learningRate, 0);
  }

  /** The maxima for a batch, with P (dims × H) as it is now. */
  forward(batch: readonly CoachExample[], P: Float32Array): Float32Array {
    const { H, filters: F } = this;
    const D = this.vectors.dims;
    const E = this.vectors.matrix;
    const maxima = new Float32Array(batch.length * F);
    const at = new Int32Array(batch.length * F).fill(-1);
    const projected: Float32Array[] = [];
    const z = new Float32Array(F);
    batch.forEach((ex, r) => {
      const seq = ex.features.sequence;
      const X = new Float32Array(seq.length * H);
      seq.forEach((word, t) => {
        if (word < 0) return;
        for (let e = 0; e < D; e++) {
          const v = E[word * D + e]!;
          if (v === 0) continue;
          for (let j = 0; j < H; j++) X[t * H + j] = X[t * H + j]! + v * P[e * H + j]!;
        }
      });
      projected.push(X);
      for (let t = 0; t < seq.length; t++) {
        z.set(this.bias);
        for (let o = -1; o <= 1; o++) {
          const s = t + o;
          if (s < 0 || s >= seq.length || seq[s]! < 0) continue;
          const kernelBase = (o + 1) * H * F;
          for (let d = 0; d < H; d++) {
            const x = X[s * H + d]!;
            if (x === 0) continue;
            const k = kernelBase + d * F;
            for (let f = 0; f < F; f++) z[f] = z[f]! + x * this.kernel[k + f]!;
          }
        }
        for (let f = 0; f < F; f++) {
          if (z[f]! > maxima[r * F + f]!) {
            maxima[r * F + f] = z[f]!;
            at[r * F + f] = t;
          }
        }
      }
    });
    this.last = { maxima, at, projected, batch };
    return maxima;
  }

  /** Given dLoss/dMaxima (B × F) for the last forward pass: one Adam step here; returns dLoss/dP. */
  backward(dMaxima: Float32Array): Float32Array {
    const pass = this.last;
    if (!pass) throw new Error('WindowTrainer: backward before forward');
    const { H, filters: F } = this;
    const D = this.vectors.dims;
    const E = this.vectors.matrix;
    const dKernel = new Float32Array(this.kernel.length);
    const dBias = new Float32Array(F);
    const dP = new Float32Array(D * H);
    pass.batch.forEach((ex, r) => {
      const seq = ex.features.sequence;
      const X = pass.projected[r]!;
      const dX = new Float32Array(X.length);
      for (let f = 0; f < F; f++) {
        const t = pass.at[r * F + f]!;
        const g = dMaxima[r * F + f]!;
        if (t < 0 || g === 0) continue;
        dBias[f] = dBias[f]! + g;
        for (let o = -1; o <= 1; o++) {
          const s = t + o;
          if (s < 0 || s >= seq.length || seq[s]! < 0) continue;
          const kernelBase = (o + 1) * H * F;
          for (let d = 0; d < H; d++) {
            const k = kernelBase + d * F + f;
            dKernel[k] = dKernel[k]! + X[s * H + d]! * g;
            dX[s * H + d] = dX[s * H + d]! + this.kernel[k]! * g;
          }
        }
      }
      seq.forEach((word, t) => {
        if (word < 0) return;
        for (let e = 0; e < D; e++) {
          const v = E[word * D + e]!;
          if (v === 0) continue;
          for (let j = 0; j < H; j++) dP[e * H + j] = dP[e * H + j]! + v * dX[t * H + j]!;
        }
      });
    });
    this.kernelAdam.stepAll(dKernel);
    this.biasAdam.stepAll(dBias);
    this.last = null;
    return dP;
  }
}

/** Glorot-uniform start for a WINDOW_WIDTH × H × F kernel. */
export function windowKernelStart(H: number, F: number, rand: () => number): Float32Array {
  const limit = Math.sqrt(6 / (WINDOW_WIDTH * H + F));
  const k = new Float32Array(WINDOW_WIDTH * H * F);
  for (let i = 0; i < k.length; i++) k[i] = (rand() * 2 - 1) * limit;
  return k;
}
