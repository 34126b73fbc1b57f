/**
 * Adam over the rows of a plain Float32Array, updated in place: lazily (only the rows a batch
 * touches, as TensorFlow's LazyAdamOptimizer) for the n-gram table, or whole for the small
 * word-window kernel that is trained outside tfjs (window-trainer.ts).
 */
export class AdamRows {
  readonly m: Float32Array;
  readonly v: Float32Array;
  private t = 0;
  constructor(
    readonly w: Float32Array,
    private readonly cols: number,
    private readonly lr: number,
    private readonly l2: number,
  ) {
    this.m = new Float32Array(w.length);
    this.v = new Float32Array(w.length);
  }
  /** Every row at once: `grad` is the whole gradient (w.length), before the L2 term. */
  stepAll(grad: Float32Array): void {
    const rows = new Map<number, Float32Array>();
    for (let r = 0; r < this.w.length / this.cols; r++) rows.set(r, grad.subarray(r * this.cols, (r + 1) * this.cols));
    this.step(rows);
  }
  /** rows → gradient rows (cols each), before the L2 term. */
  step(grads: Map<number, Float32Array>): void {
    this.t++;
    const b1 = 0.9;
    const b2 = 0.999;
    const c1 = 1 - b1 ** this.t;
    const c2 = 1 - b2 ** this.t;
    for (const [row, g] of grads) {
      const base = row * this.cols;
      for (let j = 0; j < this.cols; j++) {
        const i = base + j;
        const grad = g[j]! + 2 * this.l2 * this.w[i]!;
        this.m[i] = b1 * this.m[i]! + (1 - b1) * grad;
        this.v[i] = b2 * this.v[i]! + (1 - b2) * grad * grad;
        this.w[i] = this.w[i]! - (this.lr * (this.m[i]! / c1)) / (Math.sqrt(this.v[i]! / c2) + 1e-7);
      }
    }
  }
}
