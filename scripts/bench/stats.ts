/** Timing loops and summary statistics for the benchmark. */

export interface Timing {
  median: number;
  p95: number;
  runs: number;
}

/** Nearest-rank percentile of sorted samples. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarise(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95), runs: sorted.length };
}

export interface LoopOptions {
  /** Untimed runs first, so JIT warm-up and lazy loading don't count. */
  warmup: number;
  minRuns: number;
  maxRuns: number;
  /** Stop after this much timed work once minRuns are done. */
  budgetMs: number;
}

/**
 * Times `run(i)` repeatedly. `prepare(i)` runs untimed before each run (fresh checker, next edit…),
 * so only the work a user waits for is measured.
 */
export async function measure<S>(
  options: LoopOptions,
  prepare: (i: number) => S,
  run: (state: S, i: number) => unknown,
): Promise<Timing> {
  let i = 0;
  for (let w = 0; w < options.warmup; w++, i++) await run(prepare(i), i);
  const samples: number[] = [];
  let spent = 0;
  while (samples.length < options.maxRuns && (samples.length < options.minRuns || spent < options.budgetMs)) {
    const state = prepare(i);
    const t0 = performance.now();
    const result = run(state, i);
    if (result instanceof Promise) await result;
    const elapsed = performance.now() - t0;
    samples.push(elapsed);
    spent += elapsed;
    i++;
  }
  return summarise(samples);
}
