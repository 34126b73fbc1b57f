/**
 * The tone model at runtime: features, the model file loader, the pure-TS scorer against tfjs's own
 * predict on the shipped weights, calibration on support-style text, and the engine API.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, check, createRulesOnlyChecker, getToneModel, loadToneModel, scoreCustomerMessage, scoreTone, setToneModel } from '../../lib/coaching';
import { hashKey, ngramKeys, toneFeatures } from '../../lib/engine/tone/features';
import { decodeBase64, encodeBase64, parseToneModel } from '../../lib/engine/tone/model';
import { STRATEGY_IDS, strategyVector } from '../../lib/engine/tone/strategies';
import { loadToneLayersModel, predictWithTfjs } from '../../lib/engine/tone/tfjs';
import { prng, shuffle } from '../../models/tone/cv';

const MODEL_PATH = new URL('../../public/models/tone/tone-model.json', import.meta.url);
const modelJson = JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as Record<string, unknown>;
const calibration = readFileSync(new URL('../../models/tone/support-calibration.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { text: string; label: 'good-plain' | 'warm' | 'curt' });

function strategiesOf(text: string): string[] {
  const v = strategyVector(text);
  return STRATEGY_IDS.filter((_, i) => v[i]! > 0);
}

/** A few hundred varied sentences: the calibration set plus seeded recombinations of its words. */
function sampleSentences(n: number): string[] {
  const rand = prng(7);
  const words = calibration.flatMap((c) => c.text.split(/\s+/));
  const out = calibration.map((c) => c.text);
  while (out.length < n) {
    const len = 3 + Math.floor(rand() * 14);
    out.push(shuffle(words, rand).slice(0, len).join(' '));
  }
  return out;
}

describe('tone features', () => {
  it('hashes with FNV-1a (stable across engines)', () => {
    expect(hashKey('', '')).toBe(0x811c9dc5);
    expect(hashKey('', 'a')).toBe(0xe40c292c);
    expect(hashKey('w:', 'why')).toBe(hashKey('', 'w:why'));
  });

  it('builds word, sentence-start and character n-grams from normalised text', () => {
    const keys = ngramKeys('Why  didn’t you? Thanks', { charNgrams: [3] });
    expect(keys).toContain('w:^ why');
    expect(keys).toContain("w:didn't");
    expect(keys).toContain("w:why didn't");
    expect(keys).toContain('w:?');
    expect(keys).toContain('w:^ thanks');
    expect(keys).not.toContain('w:you thanks');
    expect(keys).toContain('c: wh');
  });

  it('gives an L2-normalised binary vector with sorted unique indices', () => {
    const f = toneFeatures('Thanks for the logs, thanks again!', { buckets: 1024, charNgrams: [3, 4] });
    const idx = Array.from(f.ngrams.indices);
    expect(idx).toEqual([...new Set(idx)].sort((a, b) => a - b));
    const norm = Math.hypot(...Array.from(f.ngrams.values));
    expect(norm).toBeCloseTo(1, 5);
    expect(() => toneFeatures('x', { buckets: 1000, charNgrams: [] })).toThrow(/power of two/);
  });

  it('detects the politeness strategies', () => {
    expect(strategiesOf('Why did you delete it?')).toEqual(expect.arrayContaining(['why', 'direct_question', 'question', 'second_person']));
    expect(strategiesOf('Could you please send the logs? Thanks!')).toEqual(
      expect.arrayContaining(['counterfactual_modal', 'please', 'gratitude', 'exclamation']),
    );
    expect(strategiesOf('Please restart.')).toContain('please_start');
    expect(strategiesOf("I'll check and let you know.")).toEqual(expect.arrayContaining(['commitment', 'first_person_start']));
    expect(strategiesOf('Let me know if you need anything.')).toContain('help_offer');
    expect(strategiesOf('Your password has been reset.')).toEqual(['second_person', 'second_person_start']);
    expect(strategiesOf('This is UNACCEPTABLE.')).toContain('shouting');
  });
});

describe('tone model file', () => {
  it('round-trips base64', () => {
    const bytes = Uint8Array.from({ length: 257 }, (_, i) => (i * 37) & 255);
    for (const n of [0, 1, 2, 3, 100, 257]) expect(Array.from(decodeBase64(encodeBase64(bytes.subarray(0, n))))).toEqual(Array.from(bytes.subarray(0, n)));
    expect(() => decodeBase64('ab$c')).toThrow(/base64/);
  });

  it('rejects malformed files with a clear error', () => {
    expect(() => parseToneModel(null)).toThrow(/Not a Rapport tone model/);
    expect(() => parseToneModel({ ...modelJson, format: 'other' })).toThrow(/format/);
    expect(() => parseToneModel({ ...modelJson, version: 99 })).toThrow(/version/);
    const features = modelJson.features as { strategies: string[] };
    expect(() => parseToneModel({ ...modelJson, features: { ...features, strategies: features.strategies.slice(1) } })).toThrow(/retrain/);
    const tfjs = modelJson.tfjs as { weightData: string };
    expect(() => parseToneModel({ ...modelJson, tfjs: { ...tfjs, weightData: tfjs.weightData.slice(0, 100) } })).toThrow(/too short/);
  });

  it('ships weights within 300 KB', () => {
    expect(readFileSync(MODEL_PATH).length).toBeLessThanOrEqual(300 * 1024);
  });

  it('scores like tfjs model.predict on the same file (to 1e-5) on 300 sentences', async () => {
    const texts = sampleSentences(300);
    const layers = await loadToneLayersModel(modelJson);
    const expected = predictWithTfjs(layers, modelJson, texts);
    const scorer = parseToneModel(modelJson);
    let maxDiff = 0;
    texts.forEach((t, i) => (maxDiff = Math.max(maxDiff, Math.abs(scorer.score(t).score - expected[i]!))));
    expect(maxDiff).toBeLessThan(1e-5);
    // Not vacuous: the scores spread out.
    const scores = Array.from(expected);
    expect(Math.max(...scores) - Math.min(...scores)).toBeGreaterThan(0.5);
    layers.dispose();
  }, 60_000);
});

describe('calibration on support-style text', () => {
  const model = parseToneModel(modelJson);
  const scored = calibration.map((c) => ({ ...c, score: model.score(c.text).score }));

  it('does not flag good plain or warm replies', () => {
    const falseAlarms = scored.filter((s) => s.label !== 'curt' && s.score < model.curtThreshold).map((s) => s.text);
    expect(falseAlarms).toEqual([]);
  });

  it('flags most curt replies and ranks warm above curt', () => {
    const curt = scored.filter((s) => s.label === 'curt');
    const caught = curt.filter((s) => s.score < model.curtThreshold).length;
    expect(caught / curt.length).toBeGreaterThanOrEqual(0.5);
    const mean = (label: string) => {
      const xs = scored.filter((s) => s.label === label).map((s) => s.score);
      return xs.reduce((a, b) => a + b, 0) / xs.length;
    };
    expect(mean('warm')).toBeGreaterThan(mean('good-plain'));
    expect(mean('good-plain')).toBeGreaterThan(mean('curt'));
  });
});

describe('engine tone API', () => {
  it('analyze returns findings and per-sentence tone with exact offsets', () => {
    const text = 'Hi Sam,\n\nThanks for the screenshots. Why did you not send them last week?\n\nBest,\nAlex';
    const result = analyze(text);
    expect(result.findings).toEqual(check(text));
    expect(result.tone).not.toBeNull();
    const sentences = result.tone!.sentences;
    expect(sentences.map((s) => text.slice(s.start, s.end).trim())).toEqual(['Thanks for the screenshots.', 'Why did you not send them last week?']);
    expect(sentences[0]!.score).toBeGreaterThan(sentences[1]!.score);
    expect(sentences[1]!.curt).toBe(true);
    expect(result.tone!.draft).toBeGreaterThan(0);
    expect(result.tone!.draft).toBeLessThan(1);
    // One card for the blunt sentence: the tone card, or the coach model's when it reads the
    // accusing "why" as blame (the tone card never repeats a sentence that has a card).
    const onWhy = result.findings.filter((f) => text.slice(f.start, f.end) === 'Why did you not send them last week?');
    expect(onWhy).toHaveLength(1);
    expect(['tone', 'blame']).toContain(onWhy[0]!.category);
    const rulesOnly = createRulesOnlyChecker().check(text);
    const toneCard = rulesOnly.find((f) => f.ruleId === 'tone');
    expect(text.slice(toneCard!.start, toneCard!.end)).toBe('Why did you not send them last week?');
    expect(toneCard!.suggestion).toMatch(/Could you tell me/);
  });

  it('works without a model: rules still run, tone is null', () => {
    const saved = getToneModel();
    try {
      setToneModel(null);
      expect(scoreTone('Why?')).toBeNull();
      expect(scoreCustomerMessage('This is ridiculous!')).toBeNull();
      const r = analyze('Happy to help! Why did you not send the logs?');
      expect(r.tone).toBeNull();
      expect(r.findings.some((f) => f.ruleId === 'help-wording')).toBe(true);
      expect(r.findings.some((f) => f.ruleId === 'tone')).toBe(false);
    } finally {
      setToneModel(saved);
    }
  });

  it('loadToneModel replaces the active model and validates input', () => {
    const saved = getToneModel();
    try {
      const m = loadToneModel({ ...modelJson, curtThreshold: 0 });
      expect(getToneModel()).toBe(m);
      expect(check('Why did you not send them last week?').some((f) => f.ruleId === 'tone')).toBe(false);
      expect(() => loadToneModel({})).toThrow();
    } finally {
      setToneModel(saved);
    }
  });

  it('scores the customer message for the acknowledgement check', () => {
    const angry = scoreCustomerMessage('Why is this STILL broken?? Nobody has replied in three days, this is ridiculous.');
    const calm = scoreCustomerMessage('Hi, could you please reset my VPN token when you have a moment? Thanks a lot!');
    expect(angry!.upset).toBe(true);
    expect(calm!.upset).toBe(false);
    expect(angry!.score).toBeLessThan(calm!.score);
    expect(angry!.cues.shouting).toBe(true);
    expect(scoreCustomerMessage('   ')).toBeNull();
  });
});
