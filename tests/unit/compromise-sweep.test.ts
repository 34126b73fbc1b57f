/**
 * lib/engine/compromise-sweep.ts replaces compromise's pattern sweep with a faster one that must
 * tag every word exactly as compromise's own does (the help-wording rule and pack variants read
 * those tags). Both sweeps parse the coach corpus, the tone calibration set and the draft
 * fixtures, and run the match() patterns the rules use; every term's tags must be the same.
 */
import { readFileSync, readdirSync } from 'node:fs';
import nlp from 'compromise/two';
import { describe, expect, it } from 'vitest';
import { SWEEP_FOR_VERSION, useFastSweep } from '../../lib/engine/compromise-sweep';

function corpus(): string[] {
  const texts: string[] = [];
  for (const split of ['train', 'dev', 'test']) {
    const dir = new URL(`../../models/coach/data/${split}/`, import.meta.url);
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort()) {
      for (const line of readFileSync(new URL(name, dir), 'utf8').split('\n')) {
        const text = line.split('\t')[4];
        if (text && !line.startsWith('#')) texts.push(text);
      }
    }
  }
  const calibration = readFileSync(new URL('../../models/tone/support-calibration.jsonl', import.meta.url), 'utf8');
  for (const line of calibration.split('\n').filter(Boolean)) texts.push((JSON.parse(line) as { text: string }).text);
  const drafts = new URL('../../tests/fixtures/drafts/', import.meta.url);
  for (const name of readdirSync(drafts).sort()) texts.push(...readFileSync(new URL(name, drafts), 'utf8').split(/\n+/));
  return texts.filter((t) => t.trim());
}

type Json = Array<{ offset: unknown; terms: Array<{ text: string; tags: string[]; offset: unknown }> }>;

/** Terms as text, tags and offsets (not compromise's per-parse term ids). */
const described = (json: Json): string =>
  json.map((m) => `${JSON.stringify(m.offset)}[${m.terms.map((t) => `${t.text}/${t.tags.join('+')}@${JSON.stringify(t.offset)}`).join(' ')}]`).join(' ');

/** Every term's text and tags, and the hits of the rules' kinds of patterns. */
function tagging(text: string): string {
  const doc = nlp(text);
  const words = described(doc.json({ offset: true, terms: { offset: true } }) as Json);
  const hits = ['help', '#Verb', 'you #Adverb? #PastTense', '(can|could) #Adverb? help'].map((p) => described(doc.match(p).json({ offset: true }) as Json));
  return [words, ...hits].join(' | ');
}

describe('the fast compromise sweep', () => {
  it(`is in use with the pinned compromise ${SWEEP_FOR_VERSION}`, () => {
    expect((nlp as unknown as { version: string }).version).toBe(SWEEP_FOR_VERSION);
    expect(useFastSweep(true)).toBe(true);
  });

  it('tags every corpus and fixture sentence exactly as compromise’s own sweep', () => {
    const texts = corpus();
    expect(texts.length).toBeGreaterThan(10_000);
    const sample = texts.filter((_, i) => i % 6 === 0);
    try {
      useFastSweep(false);
      const expected = sample.map(tagging);
      useFastSweep(true);
      const actual = sample.map(tagging);
      const differing = sample.filter((_, i) => actual[i] !== expected[i]);
      expect(differing).toEqual([]);
    } finally {
      useFastSweep(true);
    }
  }, 120_000);
});
