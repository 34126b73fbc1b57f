/**
 * Rubric items judged on what the reply does, not on stock phrases: each intent reads the
 * sentences as ./read.ts saw them and the scenario's facts. Credit is 1, ½ or 0, and every result
 * says why in words a trainee can act on.
 *
 * - acknowledges: a sentence the acknowledgement rule reads as acknowledging, not undone by a
 *   finding in it; full credit when it (or the sentence next to it) names the customer's stakes.
 * - offers-alternative: states one of the scenario's "alternative" facts in a sentence no policy
 *   wall or deflection is found in; half for a way forward that doesn't say which.
 * - owns-next-step: the agent takes a step that isn't vague; full when the reply also gets the
 *   scenario's specifics right (at least half its facts), half otherwise.
 * - commits-to-time: a concrete time in a sentence where the agent owns something or follows up;
 *   half for a time elsewhere.
 * - explains: states a "reason" fact; half for a "because" with no fact behind it.
 */
import type { Fact, Intent, Scenario } from '../schema';
import type { ReplyReading, SentenceReading } from './read';
import { t } from '../../i18n';

export interface IntentResult {
  credit: number;
  detail: string;
}

const quote = (s: SentenceReading) => {
  const words = s.text.trim();
  return `"${words.length > 60 ? `${words.slice(0, 57).trimEnd()}…` : words}"`;
};

/** Fact labels as one list: "a or b" (alternatives, reasons) or "a; b" (what was stated or left out). */
const either = (facts: readonly Fact[], reading: ReplyReading) => facts.map((f) => missingFact(reading, f)).join(t('check_or'));
const all = (facts: readonly Fact[]) => facts.map((f) => f.label).join('; ');

function factsOf(scenario: Pick<Scenario, 'facts'>, role: Fact['role']): Fact[] {
  return scenario.facts.filter((f) => f.role === role);
}

/** How a missing fact reads in a result: "leaves out X", or that it was only listed as bare words. */
export function missingFact(reading: ReplyReading, fact: Fact): string {
  return reading.listed.has(fact.id) ? t('intent_fact_only_listed', fact.label) : fact.label;
}

/** Share of the scenario's facts the reply states (1 when the scenario lists none). */
export function factCoverage(reading: ReplyReading, scenario: Pick<Scenario, 'facts'>): number {
  if (scenario.facts.length === 0) return 1;
  return scenario.facts.filter((f) => reading.facts.has(f.id)).length / scenario.facts.length;
}

function acknowledgement(reading: ReplyReading): IntentResult {
  const s = reading.sentences;
  const found = s.findIndex((x) => x.acknowledges);
  if (found < 0) return { credit: 0, detail: t('intent_no_acknowledgement') };
  const specific = s.findIndex((x, i) => x.acknowledges && (x.stakes || !!s[i - 1]?.stakes || !!s[i + 1]?.stakes));
  if (specific >= 0) return { credit: 1, detail: t('intent_acknowledged_specific', quote(s[specific]!)) };
  return { credit: 0.5, detail: t('intent_acknowledged_general', quote(s[found]!)) };
}

function alternative(reading: ReplyReading, scenario: Pick<Scenario, 'facts'>): IntentResult {
  const alternatives = factsOf(scenario, 'alternative');
  const stated = reading.sentences.find((x) => x.facts.some((id) => alternatives.some((f) => f.id === id)) && !x.flagged.includes('deflection'));
  if (stated) {
    const fact = alternatives.find((f) => stated.facts.includes(f.id))!;
    return { credit: 1, detail: t('intent_offers', fact.label) };
  }
  // Without the scenario's way forward, a refusal the coach reads as a policy wall earns nothing.
  if (reading.findings.some((f) => f.category === 'policy-wall' && f.severity !== 'info')) return { credit: 0, detail: t('intent_policy_wall') };
  const vague = reading.sentences.find((x) => x.wayForward || x.handsOff);
  const which = either(alternatives, reading);
  if (vague) return { credit: 0.5, detail: t('intent_vague_way_forward', quote(vague), which || t('intent_say_what_exactly')) };
  return { credit: 0, detail: which ? t('intent_no_alternative_which', which) : t('intent_no_alternative') };
}

function ownership(reading: ReplyReading, scenario: Pick<Scenario, 'facts'>): IntentResult {
  const owned = reading.sentences.filter((x) => x.owns && !x.vague);
  if (owned.length === 0) {
    const vague = reading.sentences.find((x) => x.vague);
    return { credit: 0, detail: vague ? t('intent_vague_promise', quote(vague)) : t('intent_no_step') };
  }
  if (factCoverage(reading, scenario) >= 0.5) return { credit: 1, detail: t('intent_takes_step', quote(owned[0]!)) };
  return { credit: 0.5, detail: t('intent_takes_step_missing', quote(owned[0]!)) };
}

function time(reading: ReplyReading): IntentResult {
  const committed =
    reading.sentences.find((x) => x.time && !x.vague && (x.followsUp || x.agentSpeaks)) ??
    reading.sentences.find((x) => x.time && !x.vague && (x.owns || x.future));
  if (committed) return { credit: 1, detail: t('intent_commits_time', quote(committed)) };
  const any = reading.sentences.find((x) => x.time);
  if (any) return { credit: 0.5, detail: t('intent_time_without_step', quote(any)) };
  const vague = reading.sentences.find((x) => x.vague);
  return { credit: 0, detail: vague ? t('intent_vague_time', quote(vague)) : t('intent_no_time') };
}

function explanation(reading: ReplyReading, scenario: Pick<Scenario, 'facts'>): IntentResult {
  const reasons = factsOf(scenario, 'reason');
  const stated = reasons.find((f) => reading.facts.has(f.id));
  if (stated) return { credit: 1, detail: t('intent_explains', stated.label) };
  const because = reading.sentences.find((x) => x.explains);
  const which = either(reasons, reading);
  if (because) return { credit: 0.5, detail: which ? t('intent_other_reason_which', quote(because), which) : t('intent_other_reason', quote(because)) };
  return { credit: 0, detail: which ? t('intent_no_reason_which', which) : t('intent_no_reason') };
}

export function judgeIntent(intent: Intent, reading: ReplyReading, scenario: Pick<Scenario, 'facts'>): IntentResult {
  switch (intent) {
    case 'acknowledges':
      return acknowledgement(reading);
    case 'offers-alternative':
      return alternative(reading, scenario);
    case 'owns-next-step':
      return ownership(reading, scenario);
    case 'commits-to-time':
      return time(reading);
    case 'explains':
      return explanation(reading, scenario);
  }
}

/** A `facts` item: the share of the listed facts the reply states. */
export function judgeFacts(ids: readonly string[], reading: ReplyReading, scenario: Pick<Scenario, 'facts'>): IntentResult {
  const listed = scenario.facts.filter((f) => ids.includes(f.id));
  const missing = listed.filter((f) => !reading.facts.has(f.id));
  const credit = listed.length ? (listed.length - missing.length) / listed.length : 0;
  if (missing.length === 0) return { credit: 1, detail: t('intent_facts_right', all(listed)) };
  return { credit, detail: t('intent_facts_missing', missing.map((f) => missingFact(reading, f)).join('; ')) };
}
