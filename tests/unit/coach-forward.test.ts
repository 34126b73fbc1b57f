/**
 * The coach model's sparse layer is unrolled four rows at a time for speed; the shipped weights
 * were calibrated on the one-row-at-a-time sums, so the two must agree bit for bit (float32
 * rounding after every row, in row order), whatever the number of rows.
 */
import { describe, expect, it } from 'vitest';
import { addSparseRows } from '../../lib/engine/coach/model';
import { prng } from '../../models/tone/cv';

function oneRowAtATime(h: Float32Array, m: Float32Array, idx: Int32Array, val: Float32Array, H: number): void {
  for (let k = 0; k < idx.length; k++) {
    for (let j = 0; j < H; j++) h[j] = h[j]! + val[k]! * m[idx[k]! * H + j]!;
  }
}

describe('addSparseRows', () => {
  it('matches one-row-at-a-time float32 sums exactly for 0 to 40 rows', () => {
    const rand = prng(11);
    const H = 32;
    const rows = 64;
    const m = Float32Array.from({ length: rows * H }, () => (rand() - 0.5) * 3);
    for (let n = 0; n <= 40; n++) {
      const idx = Int32Array.from({ length: n }, () => Math.floor(rand() * rows));
      const val = Float32Array.from({ length: n }, () => rand() / Math.sqrt(n || 1));
      const start = Float32Array.from({ length: H }, () => rand() - 0.5);
      const fast = Float32Array.from(start);
      const slow = Float32Array.from(start);
      addSparseRows(fast, m, idx, val, H);
      oneRowAtATime(slow, m, idx, val, H);
      expect(Array.from(fast), `${n} rows`).toEqual(Array.from(slow));
    }
  });
});
