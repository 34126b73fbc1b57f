/** Small text helpers the rules share: word-level look-behind and safe deletion edits. */

export interface Edit {
  start: number;
  end: number;
  replacement: string;
}

const WORD = /[A-Za-z][A-Za-z'’-]*/g;

/** Lower-cased words of `text`, contractions folded to their base ("I'll" → "i", "we're" → "we"). */
export function wordsOf(text: string): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    out.push(m[0].toLowerCase().replace(/['’](?:ll|d|re|m|ve|s)$/, '').replace(/n['’]t$/, ''));
  }
  return out;
}

/**
 * A clause break: comma, semicolon, colon (so emoticons such as ":)" too), a spaced dash, an em
 * dash, brackets or an emoji. "Hi Priya 👋 happy to help" and "Hi Priya :) happy to help" break
 * after the greeting just as "Hi Priya, happy to help" does.
 */
const CLAUSE_BREAK = /[,;:()\[\]—]|\s[–-]\s|\p{Extended_Pictographic}/gu;

/** The words of the clause that ends at `end` (after the last clause break). */
export function clauseBefore(text: string, end: number): string {
  const before = text.slice(0, end);
  let cut = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(before); m; m = CLAUSE_BREAK.exec(before)) cut = m.index + m[0].length;
  return before.slice(cut);
}

/**
 * Remove the word at [start, end) from `text` (a sentence) and keep spacing and capitalisation
 * right: "Obviously, you need" → "You need"; "you can simply click" → "you can click";
 * "is, obviously, fine" → "is fine"; "in the menu, obviously." → "in the menu.".
 */
export function deletionEdit(text: string, start: number, end: number): Edit {
  const before = text.slice(0, start);
  const after = text.slice(end);
  // Parenthetical ", word," or trailing ", word" — drop the comma that introduced it.
  const leadComma = /,\s*$/.exec(before);
  const trailComma = /^\s*,/.exec(after);
  if (leadComma && trailComma) return { start: start - leadComma[0].length, end: end + trailComma[0].length, replacement: '' };
  if (leadComma && /^\s*[.!?;:]|^\s*$/.test(after)) return { start: start - leadComma[0].length, end, replacement: '' };
  const atSentenceStart = /^\s*["'“‘(]?$/.test(before);
  if (atSentenceStart) {
    // Swallow the word, any comma and the space after it, and capitalise the next word.
    const gap = /^[\s,]*/.exec(after)?.[0] ?? '';
    const next = /^[A-Za-z]+/.exec(after.slice(gap.length))?.[0] ?? '';
    if (!next) return { start, end: end + gap.length, replacement: '' };
    const capitalised = next === 'i' || /^i['’]/.test(after.slice(gap.length)) ? 'I' : next.charAt(0).toUpperCase() + next.slice(1);
    return { start, end: end + gap.length + next.length, replacement: capitalised };
  }
  const trailingSpace = /^ +/.exec(after);
  if (trailingSpace) return { start, end: end + trailingSpace[0].length, replacement: '' };
  const leadingSpace = / +$/.exec(before);
  if (leadingSpace) return { start: start - leadingSpace[0].length, end, replacement: '' };
  return { start, end, replacement: '' };
}

