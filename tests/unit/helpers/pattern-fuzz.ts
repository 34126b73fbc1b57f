/**
 * Practice patterns built to make a backtracking engine blow up — nested quantifiers, overlapping
 * alternations, groups inside groups — and replies they almost match (shared by the unit test and
 * `npm run bench`). Seeded, so every run sees the same patterns.
 */
import { prng } from '../../../models/tone/cv';

/** The two patterns from issue 17: each hangs a backtracking engine on a 74-character reply. */
export const CATASTROPHIC_PATTERNS = [String.raw`((\w|\s)+)*#`, String.raw`(\w|\s|[a-z])*#`];

/** Replies the patterns nearly match: long runs of word characters and spaces, and no "#". */
export const ADVERSARIAL_REPLIES = [
  'Hi Sam I am so sorry the printer failed again I will replace the fuser today and call you back',
  'a'.repeat(80),
  'word '.repeat(400).trim(),
];

/** The training code's seeded generator (mulberry32), so the fuzzed set is the same on every machine. */
const seeded = prng;

const ATOMS = [String.raw`\w`, String.raw`\s`, '[a-z]', '[a-z ]', 'a', 'aa', '.', String.raw`\d`, String.raw`\S`, '[^#]', 'word', ' '];
const QUANTIFIERS = ['+', '*', '?', '{1,5}', '{2,}', '+?', '*?'];
/** What the reply never contains, so that a backtracking engine must try every way to fail. */
const UNMATCHABLE_ENDS = ['#', '!$', '@', String.raw`\d#`, '$#'];

/** `count` patterns of at most `maxChars`, mixing the shapes that backtrack exponentially. */
export function fuzzedPatterns(count: number, seed = 17, maxChars = 200): string[] {
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const expression = (depth: number): string => {
    if (depth <= 0 || random() < 0.3) return pick(ATOMS);
    const parts = Array.from({ length: 1 + Math.floor(random() * 3) }, () => expression(depth - 1));
    const body = random() < 0.6 ? parts.join('|') : parts.join('');
    const group = random() < 0.5 ? `(${body})` : `(?:${body})`;
    return random() < 0.85 ? group + pick(QUANTIFIERS) : group;
  };
  const out: string[] = [];
  while (out.length < count) {
    const pattern = `${random() < 0.3 ? '^' : ''}${expression(4)}${pick(UNMATCHABLE_ENDS)}`;
    if (pattern.length <= maxChars) out.push(pattern);
  }
  return out;
}
