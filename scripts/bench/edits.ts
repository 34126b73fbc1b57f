/**
 * One-character edits for the incremental benchmark: each iteration changes a different letter of
 * the agent's own words (never inside quotes, signatures or URLs, which the engine masks out and
 * would make the re-check look cheaper than typing really is).
 */
import { maskText } from '../../lib/engine/mask';
// The tone model's seeded PRNG (mulberry32), so every run edits the same places.
import { prng as random } from '../../models/tone/cv';

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
