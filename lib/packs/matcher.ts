/**
 * Pack phrases are matched literally: every character that means something in a regex is escaped,
 * so "C++ (legacy)" or ".*" find exactly that text. Whole words only (no "ticket" inside
 * "ticketing"), any run of spaces between words, and straight or curly apostrophes alike.
 */

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

function literalPattern(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((word) => escapeRegExp(word).replace(/['’]/g, "['’]"))
    .join('\\s+');
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
