/**
 * Every character a team might type in a pack phrase is matched literally by every rule type:
 * each printable ASCII character and the common Unicode punctuation ("e-mail", "wi‑fi", "C#",
 * "«quote»"), inside a word and at its edges. A pack must load (never throw), pass its own
 * self-test, and flag exactly the phrase in a draft — nothing more, nothing less.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../lib/coaching';
import { loadPack } from '../../lib/packs';
import { literalMatcher } from '../../lib/packs/matcher';

const PRINTABLE_ASCII = Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => String.fromCharCode(0x20 + i));
const UNICODE_PUNCTUATION = [
  '\u2010', // hyphen
  '\u2011', // non-breaking hyphen
  '\u2012', // figure dash
  '\u2013', // en dash
  '\u2014', // em dash
  '\u2015', // horizontal bar
  '\u2018', // left single quote
  '\u2019', // right single quote
  '\u201A', // low single quote
  '\u201C', // left double quote
  '\u201D', // right double quote
  '\u201E', // low double quote
  '\u2026', // ellipsis
  '\u00AB', // «
  '\u00BB', // »
  '\u2039', // ‹
  '\u203A', // ›
  '\u00B7', // middle dot
  '\u2022', // bullet
  '\u00A7', // §
  '\u00B6', // ¶
  '\u2020', // †
  '\u00A9', // ©
  '\u00AE', // ®
  '\u2122', // ™
  '\u20AC', // €
  '\u00A3', // £
  '\u00B0', // °
  '\u00BF', // ¿
  '\u00A1', // ¡
  '\u2032', // prime
  '\u2044', // fraction slash
  '\u3001', // ideographic comma
  '\u300C', // 「
  '\u300D', // 」
  '\uFF01', // fullwidth !
  '\uFF08', // fullwidth (
  '\uFF09', // fullwidth )
  '\u{1F600}', // an emoji (two UTF-16 code units)
];
const CHARACTERS = [...PRINTABLE_ASCII, ...UNICODE_PUNCTUATION].filter((c) => !/[\p{L}\p{N}]/u.test(c));
/**
 * A fullwidth "！" ends a sentence even without a space after it (compromise splits CJK text there),
 * so a phrase spanning it is two sentences to the rules: only the matcher itself is tested with it.
 */
const ENDS_A_SENTENCE = new Set(['\uFF01']);

/** A phrase with the character inside a word, as in "e-mail", "C#x" or "wi…fi". */
const phraseWith = (c: string) => `qz${c}vk`;
/** Drafts put the phrase between plain words, so masking (URLs, quotes, code) never touches it. */
const draftWith = (phrase: string) => `Please check the ${phrase} setting today`;

function packOf(type: 'substitution' | 'phrase' | 'existence', phrase: string): string {
  const common = {
    id: `chars/${type}`,
    category: 'terminology',
    severity: 'suggestion',
    explanation: 'House style.',
    audience: 'any',
    examples: {
      valid: ['Please check the settings today'],
      invalid: [{ text: draftWith(phrase), flagged: phrase }],
    },
  };
  const rule =
    type === 'substitution'
      ? { ...common, type, message: 'Say "{{replacement}}".', swap: { [phrase]: 'the option' }, inflect: 'none' }
      : type === 'phrase'
        ? { ...common, type, message: 'Avoid "{{found}}".', phrases: [phrase], suggestion: 'Say it plainly.' }
        : { ...common, type, message: 'Avoid "{{found}}".', words: [phrase] };
  return JSON.stringify({ name: 'chars', version: '1', rules: [rule] });
}

const name = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} ${JSON.stringify(c)}`;

describe('pack phrases with any printable character', () => {
  it('covers every printable ASCII punctuation character and the common Unicode punctuation', () => {
    expect(CHARACTERS).toContain('-');
    expect(CHARACTERS).toContain('\\');
    expect(CHARACTERS).toContain('\u2014');
    expect(CHARACTERS.length).toBe(PRINTABLE_ASCII.filter((c) => !/[A-Za-z0-9]/.test(c)).length + UNICODE_PUNCTUATION.length);
  });

  for (const caseSensitive of [false, true]) {
    it(`the literal matcher builds and finds exactly the phrase (caseSensitive: ${caseSensitive})`, () => {
      for (const c of CHARACTERS) {
        const phrase = phraseWith(c);
        const matcher = literalMatcher([phrase, `${c}lead`, `trail${c}`], caseSensitive);
        const text = draftWith(phrase);
        const found = [...text.matchAll(matcher)].map((m) => m[0]);
        expect(found, name(c)).toEqual([phrase]);
        // The character means itself, not a pattern: the same draft with another character in its place is not flagged.
        expect([...draftWith(phraseWith(c === '~' ? '!' : '~')).matchAll(matcher)].length, name(c)).toBe(0);
      }
    });
  }

  for (const type of ['substitution', 'phrase', 'existence'] as const) {
    it(`a ${type} rule loads, self-tests and flags the phrase for each character`, () => {
      const failures: string[] = [];
      for (const c of CHARACTERS.filter((ch) => !ENDS_A_SENTENCE.has(ch))) {
        const phrase = phraseWith(c);
        let loaded: ReturnType<typeof loadPack>;
        try {
          loaded = loadPack(packOf(type, phrase), 'chars.json');
        } catch (error) {
          failures.push(`${name(c)}: loadPack threw ${String(error)}`);
          continue;
        }
        if (!loaded.ok) {
          failures.push(`${name(c)}: ${loaded.problems.map((p) => p.message).join('; ')}`);
          continue;
        }
        const text = draftWith(phrase);
        const findings = check(text, { pack: loaded.ruleSet }).filter((f) => f.ruleId === `chars/${type}`);
        const flagged = findings.map((f) => text.slice(f.start, f.end));
        if (JSON.stringify(flagged) !== JSON.stringify([phrase])) failures.push(`${name(c)}: flagged ${JSON.stringify(flagged)}`);
        if (type === 'substitution' && findings[0]?.replacements[0] !== 'the option') failures.push(`${name(c)}: no fix offered`);
      }
      expect(failures).toEqual([]);
    });
  }
});
