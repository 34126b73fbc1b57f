/** Seeded randomness and grouped, stratified k-fold splits (our own; no sklearn in Node). */

/** mulberry32: a small, fast 32-bit PRNG; same seed → same stream on every engine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: readonly T[], rand: () => number): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

/**
 * Stratified, grouped k-fold: groups (duplicate texts) are shuffled with the seed, split by their
 * majority label, and dealt round-robin into folds, so each fold has about the same share of each
 * label and no group is split. Returns the fold number of each item.
 */
export function groupedStratifiedFolds(labels: readonly number[], groups: readonly string[], k: number, seed: number): number[] {
  const members = new Map<string, number[]>();
  groups.forEach((g, i) => {
    const list = members.get(g);
    if (list) list.push(i);
    else members.set(g, [i]);
  });
  const rand = prng(seed);
  const byLabel = new Map<number, string[][]>();
  for (const g of shuffle([...members.keys()], rand)) {
    const idx = members.get(g)!;
    const mean = idx.reduce((s, i) => s + labels[i]!, 0) / idx.length;
    const key = Math.round(mean);
    const list = byLabel.get(key) ?? [];
    list.push(idx.map(String));
    byLabel.set(key, list);
  }
  const fold = new Array<number>(labels.length).fill(0);
  let next = 0;
  for (const key of [...byLabel.keys()].sort()) {
    for (const idx of byLabel.get(key)!) {
      for (const i of idx) fold[Number(i)] = next % k;
      next++;
    }
  }
  return fold;
}
