/** h += Σ_i x[i]·M[i, :] for a dense input, skipping zeros (shared by the model's layers). */
export function addDenseRows(h: Float32Array, m: Float32Array, x: Float32Array, H: number): void {
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (v === 0) continue;
    for (let j = 0; j < H; j++) h[j] = h[j]! + v * m[i * H + j]!;
  }
}
