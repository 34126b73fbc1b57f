/**
 * One lifetime for everything the content script starts: every part registers its teardown on one
 * AbortSignal, and a part that throws (a desk adapter, the stats channel, storage) is reported and
 * skipped so the rest keeps coaching.
 */
export interface Lifetime {
  readonly signal: AbortSignal;
  /** Run `fn` when the content script stops. */
  onStop(fn: () => void): void;
  /** Run one part; if it throws, warn (naming the part) and return undefined. */
  attempt<T>(part: string, fn: () => T): T | undefined;
  stop(): void;
}

export function createLifetime(): Lifetime {
  const controller = new AbortController();
  const { signal } = controller;
  const attempt = <T>(part: string, fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (error) {
      console.warn(`Rapport: ${part} failed`, error);
      return undefined;
    }
  };
  return {
    signal,
    attempt,
    onStop(fn) {
      signal.addEventListener('abort', () => attempt('teardown', fn), { once: true });
    },
    stop: () => controller.abort(),
  };
}
