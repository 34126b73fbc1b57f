/**
 * The tone model inside the product: the customer's message feeds the acknowledgement check, and
 * the `tone` rule's per-sentence memory gives the same findings on a re-check as a fresh check.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { check, coachProblemProbability, createChecker, customerFrustrationFromTone, loadCoachModel, loadToneModel, setCoachModel, setToneModel } from '../../lib/coaching';
import { CORROBORATION } from '../../lib/rules/tone';
import { builtinRules, customerFrustration } from '../../lib/rules';
import { builtinPack } from '../../lib/practice/builtin';
import { modelToneReading } from '../../lib/practice/model-tone';
import { scoreReply } from '../../lib/practice/score';
import { oneCharEdits } from '../../scripts/bench/edits';

const modelJson = JSON.parse(readFileSync(new URL('../../public/models/tone/tone-model.json', import.meta.url), 'utf8')) as unknown;
const coachJson = JSON.parse(readFileSync(new URL('../../public/models/coach/coach-model.json', import.meta.url), 'utf8')) as unknown;
const thread = readFileSync(new URL('../fixtures/drafts/thread-2000.txt', import.meta.url), 'utf8');

const reply = 'The sync is fixed now.';
const acknowledgement = (customerMessage: string) => check(reply, { customerMessage }).filter((f) => f.ruleId === 'acknowledgement');

// Tests that unload a model get both back, whether their assertions pass or not.
afterEach(() => {
  loadToneModel(modelJson);
  loadCoachModel(coachJson);
});

describe('acknowledgement reads the customer with the tone model', () => {
  // No wording cue in these ("still", "third time", "!!" …): only the model hears the anger.
  const angryWithoutCues = ["Why does nobody here know what they're doing?", 'Honestly, what do I even pay you for?'];
  const calmTerse = ['Where is my laptop?', 'Done?', "My payslip in the HR portal shows last month's tax code. Who do I ask about this?", 'Reset my password.', 'VPN down. Need access.'];

  it.each(angryWithoutCues)('frustrated wording the cues miss → acknowledgement: %s', (message) => {
    expect(customerFrustration(message, 0).frustrated).toBe(false);
    const [card] = acknowledgement(message);
    expect(card?.message).toContain('their tone');
  });

  it.each(calmTerse)('a calm, terse message does not demand acknowledgement: %s', (message) => {
    expect(customerFrustrationFromTone(message) ?? 0).toBeLessThan(0.6);
    expect(acknowledgement(message)).toEqual([]);
  });

  it('the wording cues still work without a model, and the model is what hears the rest', () => {
    setToneModel(null);
    expect(customerFrustrationFromTone(angryWithoutCues[0]!)).toBeUndefined();
    expect(acknowledgement(angryWithoutCues[0]!)).toEqual([]);
    expect(acknowledgement('Third time I am asking about this!!')).toHaveLength(1);
  });
});

describe('tone rule on a re-check', () => {
  it('finds the same on a warm checker after one-character edits as a fresh check does', () => {
    const warm = createChecker([builtinRules]);
    warm.check(thread);
    const curt = 'Why did you not send the logs? Send them now.';
    const edits = [...oneCharEdits(thread, 12, 3), `${thread}\n\n${curt}`, thread];
    for (const text of edits) {
      const fresh = createChecker([builtinRules]).check(text);
      expect(warm.check(text)).toEqual(fresh);
    }
    expect(warm.check(`${thread}\n\n${curt}`).some((f) => f.ruleId === 'tone')).toBe(true);
  });

  it('a new model takes effect on the next check', () => {
    // The tone model alone: with the coach model loaded its curt card may cover the sentence.
    setCoachModel(null);
    const curt = 'Read the documentation before asking.';
    expect(check(curt).map((f) => f.ruleId)).toContain('tone');
    setToneModel(null);
    expect(check(curt).map((f) => f.ruleId)).not.toContain('tone');
    loadToneModel(modelJson);
    expect(check(curt).map((f) => f.ruleId)).toContain('tone');
  });
});

describe('practice with the tone model loaded', () => {
  const scenarios = builtinPack().scenarios;

  it.each(scenarios.map((s) => [s.id, s] as const))('%s: model answers score ≥ 85 and bad replies ≤ 40 with the model reading tone', (_id, scenario) => {
    for (const answer of scenario.modelAnswers) {
      const tone = modelToneReading(answer);
      expect(tone).not.toBeNull();
      const result = scoreReply(scenario, answer, { tone });
      const missed = result.rubric.filter((r) => !r.passed).map((r) => `${r.id}: ${r.detail}`);
      expect(result.score, JSON.stringify({ missed, findings: result.findings.map((f) => f.ruleId) })).toBeGreaterThanOrEqual(85);
    }
    for (const reply of scenario.badReplies) expect(scoreReply(scenario, reply, { tone: modelToneReading(reply) }).score).toBeLessThanOrEqual(40);
  });

  it('reads a curt reply lower than a warm one, and nothing without a model', () => {
    const curt = modelToneReading('Why did you not read the instructions? Send me the logs now.')!;
    const warm = modelToneReading("Thanks for sending this over, I know it's holding you up. I'll look at the logs straight away.")!;
    expect(curt.score).toBeLessThan(warm.score);
    setToneModel(null);
    expect(modelToneReading('Thanks for sending this over.')).toBeNull();
  });
});

describe('the tone card needs the coach model to agree, when it is loaded', () => {
  // Plain support answers the politeness model (trained on wiki and Q&A requests) reads as curt.
  const plainAnswers = ["Why not try the web app until the update lands?", "Why not pop in to the IT bar tomorrow and we'll swap it?"];

  it.each(plainAnswers)('the politeness model alone would flag it; with the coach model it stays quiet: %s', (text) => {
    setCoachModel(null);
    expect(check(text).map((f) => f.ruleId)).toContain('tone');
    loadCoachModel(coachJson);
    expect(coachProblemProbability(text)!).toBeLessThan(CORROBORATION);
    expect(check(text).map((f) => f.ruleId)).not.toContain('tone');
  });

  it('a sentence both models read as a problem keeps its card', () => {
    const text = 'Read the documentation before asking.';
    expect(coachProblemProbability(text)!).toBeGreaterThanOrEqual(CORROBORATION);
    expect(check(text).some((f) => f.category === 'tone')).toBe(true);
  });
});
