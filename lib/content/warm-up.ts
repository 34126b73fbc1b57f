/**
 * The language library's first parse costs a few hundred ms (lexicon set-up). Pay it while the page
 * is idle after loading, not when the agent first clicks into a reply box.
 */
import { check } from '../coaching';

/** Returns the function that cancels the warm-up if it has not run yet. */
export function warmUpWhenIdle(win: Window): () => void {
  const warm = (): void => {
    try {
      check("Thanks for your patience, I'm happy to help you with this today.");
    } catch {
      // A failing warm-up only means the first real check pays the cost.
    }
  };
  if (typeof win.requestIdleCallback === 'function') {
    const id = win.requestIdleCallback(warm, { timeout: 3000 });
    return () => win.cancelIdleCallback(id);
  }
  const id = win.setTimeout(warm, 500);
  return () => win.clearTimeout(id);
}
