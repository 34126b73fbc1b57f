/**
 * The fast n-gram hasher (lib/engine/tone/ngram-buckets.ts) must give exactly the buckets of its
 * readable definition, `ngramKeys` hashed with `hashKey`: both shipped models' weights were trained
 * on those buckets. Checked on the tone calibration set, coach corpus lines and seeded drafts of
 * mixed scripts, apostrophes, terminators and awkward Unicode.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hashKey, ngramKeys, normaliseText } from '../../lib/engine/tone/features';
import { ngramBuckets } from '../../lib/engine/tone/ngram-buckets';
import { prng } from '../../models/tone/cv';

function reference(text: string, charNgrams: number[], buckets: number): number[] {
  const set = new Set<number>();
  for (const key of ngramKeys(text, { charNgrams })) set.add(hashKey('', key) & (buckets - 1));
  return [...set].sort((a, b) => a - b);
}

const PIECES = [
  "don't", "o'clock", "rock'n'roll", "'quoted'", "it''s", 'x_y', '__', '42', '3.14', '...', '?!', '!?!', '?',
  'Why', 'VPN', 'İstanbul', 'ǅemal', 'straße', 'ÉCOLE', 'Ελλάδα', 'Москва', '東京', '😀', '👩‍💻', '\u00a0', '\t', '\n',
  '’', '‘', 'ʼ', 'naïve', 'e-mail', 'wi-fi', '—', '(ok)', '[x]', 'https://x.example/a?b=c', '{{ticket.id}}', ' ', '  ',
];

function mixedDrafts(n: number, seed: number): string[] {
  const rand = prng(seed);
  const out: string[] = ['', ' ', '?', "'", "a'", "'a", 'a', '.a.', 'a!b?c', 'ab  cd'];
  while (out.length < n) {
    const len = 1 + Math.floor(rand() * 12);
    let s = '';
    for (let i = 0; i < len; i++) s += PIECES[Math.floor(rand() * PIECES.length)]! + (rand() < 0.6 ? ' ' : '');
    out.push(s);
  }
  return out;
}

function corpusLines(limit: number): string[] {
  const dir = new URL('../../models/coach/data/train/', import.meta.url);
  const lines: string[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort()) {
    for (const line of readFileSync(new URL(name, dir), 'utf8').split('\n')) {
      const text = line.split('\t')[4];
      if (text && !line.startsWith('#')) lines.push(text);
    }
  }
  return lines.filter((_, i) => i % Math.max(1, Math.floor(lines.length / limit)) === 0);
}

describe('ngramBuckets', () => {
  const calibration = readFileSync(new URL('../../models/tone/support-calibration.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text);
  const texts = [...calibration, ...corpusLines(600), ...mixedDrafts(1500, 17)];

  for (const [charNgrams, buckets] of [[[3, 4, 5], 16384], [[4], 16384], [[], 1024], [[5, 2], 64]] as const) {
    it(`equals the hashed ngramKeys for char n-grams [${charNgrams.join(', ')}] in ${buckets} buckets`, () => {
      let mismatches = 0;
      for (const text of texts) {
        const fast = Array.from(ngramBuckets(normaliseText(text), charNgrams, buckets));
        const slow = reference(text, [...charNgrams], buckets);
        if (fast.join() !== slow.join()) {
          mismatches++;
          expect(fast, JSON.stringify(text)).toEqual(slow);
        }
      }
      expect(mismatches).toBe(0);
      expect(texts.length).toBeGreaterThan(2000);
    });
  }

  it('leaves no state behind between calls', () => {
    const first = Array.from(ngramBuckets(normaliseText('Thanks for the logs!'), [3], 256));
    ngramBuckets(normaliseText('Something else entirely, with other words?'), [3], 256);
    expect(Array.from(ngramBuckets(normaliseText('Thanks for the logs!'), [3], 256))).toEqual(first);
  });
});
