import { useEffect, useState } from 'preact/hooks';

/** Runs `load` when `deps` change and whenever the page becomes visible again; keeps the last value. */
export function useLoaded<T>(load: () => Promise<T>, deps: unknown[]): { value: T | undefined; error: string | undefined } {
  const [state, setState] = useState<{ value: T | undefined; error: string | undefined }>({ value: undefined, error: undefined });
  useEffect(() => {
    let live = true;
    const run = () =>
      load().then(
        (value) => live && setState({ value, error: undefined }),
        (error: unknown) => live && setState((s) => ({ value: s.value, error: error instanceof Error ? error.message : String(error) })),
      );
    void run();
    const onVisible = () => document.visibilityState === 'visible' && void run();
    document.addEventListener('visibilitychange', onVisible);
    const timer = setInterval(() => document.visibilityState === 'visible' && void run(), 15_000);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', onVisible);
      clearInterval(timer);
    };
  }, deps);
  return state;
}
