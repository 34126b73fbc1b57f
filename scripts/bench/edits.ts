/**
 * One-character edits for the incremental benchmark: each iteration changes a different letter of
 * the agent's own words (never inside quotes, signatures or URLs, which the engine masks out and
 * would make the re-check look cheaper than typing really is).
 */
import { maskText } from '../../lib/engine/mask';

/** Small deterministic PRNG (mulberry32), so every run edits the same places. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function oneCharEdits(text: string, count: number, seed = 42): string[] {
  const masked = maskText(text);
  const editable: number[] = [];
  for (let i = 0; i < masked.length; i++) if (/[a-z]/.test(masked[i]!)) editable.push(i);
  if (editable.length === 0) throw new Error('no editable letters in the benchmark text');
  const next = random(seed);
  const edits: string[] = [];
  for (let n = 0; n < count; n++) {
    const at = editable[Math.floor(next() * editable.length)]!;
    const old = text[at]!;
    // A typo: the next letter of the alphabet (z wraps to a).
    const typo = old === 'z' ? 'a' : String.fromCharCode(old.charCodeAt(0) + 1);
    edits.push(text.slice(0, at) + typo + text.slice(at + 1));
  }
  return edits;
}
