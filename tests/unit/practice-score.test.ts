/**
 * Practice scoring: built-in scenarios are well-formed and honest (model answers score high, bad
 * replies low), each rubric item moves the score by its points, findings are deducted as explained,
 * and the same reply always gets the same score.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineRule } from '../../lib/engine/rule';
import { principles } from '../../lib/rules';
import { builtinPack, BUILTIN_SCENARIO_FILES } from '../../lib/practice/builtin';
import type { Scenario } from '../../lib/practice/schema';
import { DEDUCTION, DEDUCTION_CAP, MAX_REPLY_CHARS, rubricPoints, scoreReply } from '../../lib/practice/score';
import { carriesMeaning, findingCategories, positiveCues, triggerPack, withoutEvidence, withoutSentencesMatching } from './helpers/practice-rubric';

const pack = builtinPack();
const scenarios = pack.scenarios;
const byId = (id: string): Scenario => {
  const s = scenarios.find((x) => x.id === id);
  if (!s) throw new Error(`no scenario ${id}`);
  return s;
};

describe('built-in scenarios', () => {
  it('has at least 20 scenarios, every file in the folder is loaded, ids are unique', () => {
    const files = readdirSync(resolve(import.meta.dirname, '../../lib/practice/scenarios')).filter((f) => f.endsWith('.json'));
    expect(scenarios.length).toBeGreaterThanOrEqual(20);
    expect(BUILTIN_SCENARIO_FILES).toBe(files.length);
    expect(new Set(scenarios.map((s) => s.id)).size).toBe(scenarios.length);
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual(scenarios.map((s) => s.id).sort());
  });

  it('covers every difficulty and cites only real principles', () => {
    expect(new Set(scenarios.map((s) => s.difficulty))).toEqual(new Set(['easy', 'medium', 'hard']));
    const known = new Set(Object.values(principles).map((p) => p.id));
    for (const s of scenarios) for (const r of s.rubric) if (r.principle) expect(known, `${s.id}/${r.id}`).toContain(r.principle);
  });

  it('has one or two model answers and one or two bad replies each', () => {
    for (const s of scenarios) {
      expect(s.modelAnswers.length, s.id).toBeGreaterThanOrEqual(1);
      expect(s.badReplies.length, s.id).toBeGreaterThanOrEqual(1);
    }
  });
});

describe.each(scenarios.map((s) => [s.id, s] as const))('scenario %s', (_id, scenario) => {
  it.each(scenario.modelAnswers.map((a, i) => [i, a] as const))('model answer %i scores at least 85', (_i, answer) => {
    const result = scoreReply(scenario, answer);
    const missed = result.rubric.filter((r) => !r.passed).map((r) => `${r.id}: ${r.detail}`);
    const found = result.findings.map((f) => `${f.ruleId} "${f.excerpt}"`);
    expect(result.score, JSON.stringify({ missed, found })).toBeGreaterThanOrEqual(85);
  });

  it.each(scenario.modelAnswers.map((a, i) => [i, a] as const))('model answer %i is clean under the whole rule catalogue', (_i, answer) => {
    const flagged = scoreReply(scenario, answer).findings.filter((f) => f.severity !== 'info');
    expect(flagged.map((f) => `${f.ruleId}: "${f.excerpt}" ${f.message}`)).toEqual([]);
  });

  it.each(scenario.badReplies.map((a, i) => [i, a] as const))('bad reply %i scores at most 40', (_i, reply) => {
    const result = scoreReply(scenario, reply);
    expect(result.score, result.rubric.filter((r) => r.passed).map((r) => r.id).join(', ')).toBeLessThanOrEqual(40);
  });

  it('every rubric item moves the score by at least its points when it is lost', () => {
    const model = scenario.modelAnswers[0]!;
    const base = scoreReply(scenario, model);
    scenario.rubric.forEach((item, i) => {
      const before = base.rubric[i]!;
      expect(before.passed, `${item.id} should pass on the model answer`).toBe(true);
      let after;
      if (item.check.type === 'tone') {
        after = scoreReply(scenario, model, { tone: { score: 0 } });
      } else if (carriesMeaning(item.check)) {
        after = scoreReply(scenario, withoutEvidence(scenario, model, item.check));
      } else if (positiveCues(item.check).length > 0) {
        after = scoreReply(scenario, withoutSentencesMatching(model, positiveCues(item.check)));
      } else {
        const [category] = findingCategories(item.check);
        expect(category, `${item.id} has something to trip`).toBeDefined();
        after = scoreReply(scenario, `Zzqx.\n\n${model}`, { checkOptions: { pack: triggerPack(category!) } });
      }
      expect(after.rubric[i]!.passed, `${item.id} fails once its evidence is gone`).toBe(false);
      if (carriesMeaning(item.check)) expect(after.rubric[i]!.earned, `${item.id} earns nothing without its evidence`).toBe(0);
      expect(base.score - after.score, item.id).toBeGreaterThanOrEqual(before.points);
    });
  });
});

describe('each rubric item moves the score by exactly its points', () => {
  it('removing the acknowledgement from the 2 AM printer answer costs exactly the acknowledgement points', () => {
    const s = byId('printer-2am-deadline');
    const model = s.modelAnswers[0]!;
    const without = model.replace("I'm sorry, a printer giving out at 2 AM with the board packet due at 8 is awful. ", '');
    expect(without).not.toBe(model);
    const a = scoreReply(s, model);
    const b = scoreReply(s, without);
    const ack = a.rubric.find((r) => r.id === 'acknowledge')!;
    expect(ack.points).toBe(20);
    const left = b.rubric.find((r) => r.id === 'acknowledge')!;
    expect(left.passed).toBe(false);
    // "straight away" still owns the urgency, in general words: half the points stay.
    expect(left.credit).toBe(0.5);
    expect(a.score - b.score).toBe(ack.points - left.earned);
  });

  it('dropping single sign-on from the security answer costs exactly the alternative points', () => {
    const s = byId('bypass-security-sso');
    const model = s.modelAnswers[0]!;
    const without = model.replace(/What I can do is better:[^.]*\./, 'So the prompts stay.');
    const a = scoreReply(s, model);
    const b = scoreReply(s, without);
    const alt = a.rubric.find((r) => r.id === 'alternative')!;
    expect(alt.points).toBe(30);
    const left = b.rubric.find((r) => r.id === 'alternative')!;
    expect(left.passed).toBe(false);
    expect(a.score - b.score).toBe(alt.points - left.earned);
    expect(b.nextSteps[0]).toBe(alt.tip);
  });

  it('dropping the time from the follow-up costs exactly the follow-up points', () => {
    const s = byId('monitor-backlog');
    const model = s.modelAnswers[0]!;
    const without = model.replace(' and check in with you that morning', '').replace(' on Tuesday', '').replace(' this afternoon', '').replace(' today', '').replace(' now confirmed for next Tuesday', ' confirmed');
    const a = scoreReply(s, model);
    const b = scoreReply(s, without);
    const item = a.rubric.find((r) => r.id === 'follow-up-time')!;
    expect(b.rubric.find((r) => r.id === 'follow-up-time')!.passed).toBe(false);
    expect(a.score - b.score).toBe(item.points);
  });

  it('a blame finding fails "avoids blame" and is explained there, not deducted twice', () => {
    const s = byId('dev-team-bug');
    const model = s.modelAnswers[0]!;
    const result = scoreReply(s, `${model}\n\nZzqx.`, { checkOptions: { pack: triggerPack('blame') } });
    const item = result.rubric.find((r) => r.id === 'respectful')!;
    expect(item.passed).toBe(false);
    expect(result.score).toBe(100 - item.points);
    const finding = result.findings.find((f) => f.category === 'blame')!;
    expect(finding.deduction).toBe(0);
    expect(finding.note).toBe(`counted in rubric: ${item.label}`);
  });
});

describe('findings outside the rubric', () => {
  const s = byId('printer-2am-deadline');
  const model = s.modelAnswers[0]!;

  it('deducts by severity: a warning costs 10', () => {
    const result = scoreReply(s, `${model}\n\nZzqx.`, { checkOptions: { pack: triggerPack('test-category') } });
    expect(result.deductions).toBe(DEDUCTION.warning);
    expect(result.score).toBe(100 - DEDUCTION.warning);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ category: 'test-category', excerpt: 'Zzqx', deduction: 10, note: '−10 (warning)' });
    expect(result.nextSteps.some((step) => step.includes('Test trigger.'))).toBe(true);
  });

  it('caps the total deduction', () => {
    const result = scoreReply(s, `${model}\n\nZzqx. Zzqx. Zzqx. Zzqx. Zzqx.`, { checkOptions: { pack: triggerPack('test-category') } });
    expect(result.findings).toHaveLength(5);
    expect(result.deductions).toBe(DEDUCTION_CAP);
    expect(result.findings.map((f) => f.deduction)).toEqual([10, 10, 10, 0, 0]);
    expect(result.findings[4]!.note).toBe('not deducted: cap reached');
    expect(result.score).toBe(100 - DEDUCTION_CAP);
  });

  it('uses the real engine: "help" wording costs a suggestion deduction with the fix as advice', () => {
    const result = scoreReply(s, `${model}\n\nHappy to help with anything else.`);
    const f = result.findings.find((x) => x.ruleId === 'help-wording');
    expect(f).toBeDefined();
    expect(f!.deduction).toBe(DEDUCTION.suggestion);
    expect(f!.suggestion).toContain('assist');
    expect(result.score).toBe(100 - DEDUCTION.suggestion);
  });

  it('passes the ticket\'s last customer message to the engine', () => {
    const seen: (string | undefined)[] = [];
    const rule = defineRule({
      scope: 'draft',
      meta: {
        id: 'test-spy',
        category: 'test-spy',
        severity: 'info',
        principle: principles.serve,
        messages: { m: 'spy' },
        description: 'spy',
        fixable: false,
        inNotes: 'quiet',
      },
      check(draft) {
        seen.push(draft.customerMessage);
      },
      examples: { valid: [], invalid: [] },
    });
    const follow = byId('follow-up-after-fix');
    scoreReply(follow, 'Checking in.', { checkOptions: { pack: { name: 'spy', version: '1', rules: [rule] } } });
    expect(seen).toEqual(['Seems fine so far, thanks!']);
  });
});

describe('tone', () => {
  const s = byId('rude-customer');
  const model = s.modelAnswers[0]!;

  it('judges tone items by the model when a reading is given, and shows the meter value', () => {
    const warm = scoreReply(s, model, { tone: { score: 0.8312, label: 'warm' } });
    expect(warm.tone).toEqual({ score: 0.83, label: 'warm' });
    const item = warm.rubric.find((r) => r.id === 'warm-tone')!;
    expect(item.passed).toBe(true);
    expect(item.detail).toBe('tone 0.83 ≥ 0.50');
    const cold = scoreReply(s, model, { tone: { score: 0.2 } });
    expect(cold.rubric.find((r) => r.id === 'warm-tone')!.passed).toBe(false);
    expect(warm.score - cold.score).toBe(item.points);
  });

  it('falls back to the wording check without the model, and says so', () => {
    const result = scoreReply(s, model);
    expect(result.tone).toBeNull();
    const item = result.rubric.find((r) => r.id === 'warm-tone')!;
    expect(item.passed).toBe(true);
    expect(item.detail).toMatch(/^tone model not loaded; judged by wording: /);
  });

  it('ignores a non-finite reading', () => {
    expect(scoreReply(s, model, { tone: { score: Number.NaN } }).tone).toBeNull();
  });
});

describe('determinism and limits', () => {
  it('gives the same reply the same score and breakdown, whatever was scored before', () => {
    const s = byId('lost-data-blames-it');
    const reply = s.badReplies[0]!;
    const first = scoreReply(s, reply);
    for (const other of scenarios) scoreReply(other, other.modelAnswers[0]!);
    const again = scoreReply(s, reply);
    expect(again).toEqual(first);
    expect(JSON.stringify(again)).toBe(JSON.stringify(first));
  });

  it('scales weights to integer points that sum to 100', () => {
    for (const weights of [[1, 1, 1], [20, 20, 15, 25, 20], [3, 7], [1], [10, 10, 10, 10, 10, 10, 10]]) {
      const points = rubricPoints(weights.map((weight) => ({ weight })));
      expect(points.reduce((a, b) => a + b, 0)).toBe(100);
      points.forEach((p) => expect(Number.isInteger(p)).toBe(true));
    }
    expect(rubricPoints([{ weight: 1 }, { weight: 1 }, { weight: 1 }])).toEqual([34, 33, 33]);
    for (const s of scenarios) expect(rubricPoints(s.rubric).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('cuts very long replies and says so', () => {
    const s = byId('slow-laptop');
    const result = scoreReply(s, `${s.modelAnswers[0]} ${'word '.repeat(5000)}`);
    expect(result.truncated).toBe(true);
    expect(result.wordCount).toBeLessThanOrEqual(MAX_REPLY_CHARS / 2);
  });

  it('does not count quoted customer text toward the rubric', () => {
    const s = byId('third-password-reset');
    const quoted = `> I'm sorry, I understand, I'll check back tomorrow.\n\nDone.`;
    const result = scoreReply(s, quoted);
    expect(result.rubric.find((r) => r.id === 'acknowledge')!.passed).toBe(false);
    expect(result.rubric.find((r) => r.id === 'own-next-step')!.passed).toBe(false);
  });

  it('reads curly apostrophes like straight ones', () => {
    const s = byId('third-password-reset');
    const curly = s.modelAnswers[0]!.replace(/'/g, '\u2019');
    expect(scoreReply(s, curly).rubricPoints).toBe(scoreReply(s, s.modelAnswers[0]!).rubricPoints);
  });

  it('an empty reply scores only what it cannot get wrong, with three things to try', () => {
    const s = byId('printer-2am-deadline');
    const result = scoreReply(s, '');
    expect(result.score).toBe(s.rubric.find((r) => r.id === 'respectful')!.weight);
    expect(result.nextSteps).toHaveLength(3);
  });
});
