/**
 * Helpers for tests/unit/practice-score.test.ts: a rule set that trips any category on demand, and
 * ways to take a rubric item's evidence out of a reply (its cue sentences, or the sentences the
 * coach's reading credits for an intent or a fact).
 */
import { check } from '../../../lib/coaching';
import { defineRule } from '../../../lib/engine/rule';
import type { RuleSet } from '../../../lib/engine/types';
import { readReply, type SentenceReading } from '../../../lib/practice/meaning/read';
import { cueSets } from '../../../lib/practice/cues';
import type { Check, Scenario } from '../../../lib/practice/schema';
import { principles } from '../../../lib/rules';

/** A test-only rule set: the word "zzqx" is reported in the given category, as a warning. */
export function triggerPack(category: string): RuleSet {
  const rule = defineRule({
    scope: 'sentence',
    meta: {
      id: `test-trigger-${category}`,
      category,
      severity: 'warning',
      principle: principles.serve,
      messages: { hit: 'Test trigger.' },
      description: 'Test-only rule.',
      fixable: false,
      inNotes: 'quiet',
    },
    check(sentence, ctx) {
      for (const m of sentence.find(/\bzzqx\b/gi)) ctx.report({ start: m.start, end: m.end, messageId: 'hit' });
    },
    examples: { valid: [], invalid: [] },
  });
  return { name: `test-${category}`, version: '1', rules: [rule] };
}

/** Every positive cue regex in a check (what must be present for it to pass). */
export function positiveCues(check: Check): string[] {
  switch (check.type) {
    case 'cues':
      return [...(check.sets ?? []).flatMap((s) => cueSets[s]), ...(check.patterns ?? [])];
    case 'all':
    case 'any':
      return check.checks.flatMap(positiveCues);
    case 'tone':
      return positiveCues(check.fallback);
    default:
      return [];
  }
}

export function findingCategories(check: Check): string[] {
  switch (check.type) {
    case 'no-findings':
      return check.categories;
    case 'all':
    case 'any':
      return check.checks.flatMap(findingCategories);
    case 'tone':
      return findingCategories(check.fallback);
    default:
      return [];
  }
}

/** Intent and facts checks, and `any` of them: judged on the reading, not on cue lists. */
export function carriesMeaning(check: Check): boolean {
  return check.type === 'intent' || check.type === 'facts' || ((check.type === 'any' || check.type === 'all') && check.checks.some(carriesMeaning));
}

/** The reply without the sentences an intent or facts check (or any of an `any`'s) could find evidence in. */
export function withoutEvidence(scenario: Scenario, text: string, item: Check): string {
  const reading = readReply(text, scenario, check(text, { context: 'reply' }));
  const facts = (role: string) => scenario.facts.filter((f) => f.role === role).map((f) => f.id);
  const traits = (c: Check): ((s: SentenceReading) => boolean)[] => {
    if (c.type === 'any' || c.type === 'all') return c.checks.flatMap(traits);
    if (c.type === 'facts') return [(s) => s.facts.some((id) => c.facts.includes(id))];
    if (c.type === 'cues') return [(s) => positiveCues(c).some((p) => new RegExp(p, 'iu').test(s.text))];
    if (c.type !== 'intent') return [];
    switch (c.intent) {
      case 'acknowledges':
        return [(s) => s.acknowledges];
      case 'offers-alternative':
        return [(s) => s.wayForward || s.handsOff || s.facts.some((id) => facts('alternative').includes(id))];
      case 'owns-next-step':
        return [(s) => s.owns];
      case 'commits-to-time':
        return [(s) => s.time];
      case 'explains':
        return [(s) => s.explains || s.facts.some((id) => facts('reason').includes(id))];
    }
  };
  const drop = traits(item);
  let out = text;
  for (const s of [...reading.sentences].reverse()) if (drop.some((has) => has(s))) out = out.slice(0, s.start) + out.slice(s.end);
  return out;
}

/** Drops every sentence (or list line) that contains one of the cues. */
export function withoutSentencesMatching(text: string, cues: readonly string[]): string {
  const res = cues.map((c) => new RegExp(c, 'iu'));
  const normalise = (s: string) => s.replace(/[\u2018\u2019]/g, "'");
  return text
    .split('\n')
    .map((line) => (line.match(/[^.!?]+[.!?]*\s*/g) ?? []).filter((s) => !res.some((re) => re.test(normalise(s)))).join(''))
    .join('\n');
}
