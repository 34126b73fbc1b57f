/**
 * Pack phrases are matched literally: "C++ (legacy)", "e-mail" or ".*" find exactly that text.
 * Whole words only (no "ticket" inside "ticketing"), any run of spaces between words, and straight
 * or curly apostrophes alike.
 *
 * The pattern is built from the phrase's code points, not by escaping "special" characters: every
 * character that is not a letter or digit is written as a `\u{…}` code-point escape, which under the
 * `u` flag always means exactly that character. There is no list of regex syntax to keep right (a
 * hand-written list once escaped "-" as `\-`, a SyntaxError under `u`, and crashed pack loading).
 */

const APOSTROPHES = new Set(["'", '\u2019']);
const APOSTROPHE_CLASS = '[\\u{27}\\u{2019}]';

function codePointEscape(char: string): string {
  return `\\u{${char.codePointAt(0)!.toString(16)}}`;
}

/** One word of a phrase as a pattern: letters and digits as themselves, anything else by code point. */
function literalWord(word: string): string {
  let out = '';
  for (const char of word) {
    if (APOSTROPHES.has(char)) out += APOSTROPHE_CLASS;
    else out += /^[\p{L}\p{N}]$/u.test(char) ? char : codePointEscape(char);
  }
  return out;
}

function literalPattern(phrase: string): string {
  return phrase.trim().split(/\s+/).map(literalWord).join('\\s+');
}

/** The form used to look a match up again: spaces collapsed, apostrophes straightened. */
export function normalisePhrase(s: string, caseSensitive: boolean): string {
  const n = s.trim().replace(/\s+/g, ' ').replace(/’/g, "'");
  return caseSensitive ? n : n.toLowerCase();
}

export function literalMatcher(phrases: readonly string[], caseSensitive: boolean): RegExp {
  // Longest first, so "reach out to" wins over "reach out".
  const alternatives = [...phrases].sort((a, b) => b.length - a.length).map(literalPattern);
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, caseSensitive ? 'gu' : 'giu');
}
