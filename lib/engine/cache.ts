/**
 * A bounded memo for per-sentence results. Two generations instead of strict LRU: a lookup is one
 * or two Map reads, with no reordering, which matters because every sentence of a long thread is
 * looked up on every keystroke. When the current generation is full it becomes the old one; entries
 * still in use are copied forward on their next read, the rest are dropped with the old generation.
 */
// Every cache, weakly, so a benchmark can measure a truly cold check (module-level rule and tone
// caches included) without each module exporting its own reset.
const allCaches = new Set<WeakRef<BoundedCache<unknown, unknown>>>();

/** Empty every per-sentence cache in the engine, rules and tone model. */
export function clearAllCaches(): void {
  for (const ref of allCaches) {
    const cache = ref.deref();
    if (cache) cache.clear();
    else allCaches.delete(ref);
  }
}

/**
 * Grow every cache so a draft of `sentences` sentences fits in one generation with room for
 * edits: a cache smaller than the draft rotates on every keystroke and re-checks nearly all of it
 * (issue 17: a 1 MB draft re-checked in half its full time). Caches only grow, to the size of the
 * largest draft checked, and each entry is one sentence's result.
 */
export function fitCachesToDraft(sentences: number): void {
  for (const ref of allCaches) ref.deref()?.fit(sentences);
}

export class BoundedCache<K, V> {
  private current = new Map<K, V>();
  private previous = new Map<K, V>();
  private generationSize: number;

  constructor(limit: number) {
    this.generationSize = Math.max(1, Math.ceil(limit / 2));
    allCaches.add(new WeakRef(this as BoundedCache<unknown, unknown>));
  }

  get(key: K): V | undefined {
    const value = this.current.get(key);
    if (value !== undefined) return value;
    const old = this.previous.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: K, value: V): void {
    if (this.current.size >= this.generationSize && !this.current.has(key)) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(key, value);
  }

  /** Room for `entries` in the current generation, plus a quarter for edited sentences. */
  fit(entries: number): void {
    const wanted = entries + (entries >> 2) + 1;
    if (wanted > this.generationSize) this.generationSize = wanted;
  }

  /** Entries held, counting a key present in both generations once. */
  get size(): number {
    let size = this.current.size;
    for (const key of this.previous.keys()) if (!this.current.has(key)) size++;
    return size;
  }

  clear(): void {
    this.current.clear();
    this.previous.clear();
  }
}
