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

export interface IntentResult {
  credit: number;
  detail: string;
}

const quote = (s: SentenceReading) => {
  const t = s.text.trim();
  return `"${t.length > 60 ? `${t.slice(0, 57).trimEnd()}…` : t}"`;
};

function factsOf(scenario: Pick<Scenario, 'facts'>, role: Fact['role']): Fact[] {
  return scenario.facts.filter((f) => f.role === role);
}

/** How a missing fact reads in a result: "leaves out X", or that it was only listed as bare words. */
export function missingFact(reading: ReplyReading, fact: Fact): string {
  return reading.listed.has(fact.id) ? `${fact.label} (named only in a bare list of words: say it in a sentence)` : fact.label;
}

/** Share of the scenario's facts the reply states (1 when the scenario lists none). */
export function factCoverage(reading: ReplyReading, scenario: Pick<Scenario, 'facts'>): number {
  if (scenario.facts.length === 0) return 1;
  return scenario.facts.filter((f) => reading.facts.has(f.id)).length / scenario.facts.length;
}

function acknowledgement(reading: ReplyReading): IntentResult {
  const s = reading.sentences;
  const found = s.findIndex((x) => x.acknowledges);
  if (found < 0) return { credit: 0, detail: 'nothing acknowledges how this lands for them' };
  const specific = s.findIndex((x, i) => x.acknowledges && (x.stakes || !!s[i - 1]?.stakes || !!s[i + 1]?.stakes));
  if (specific >= 0) return { credit: 1, detail: `acknowledged in their terms: ${quote(s[specific]!)}` };
  return { credit: 0.5, detail: `acknowledged only in general words (${quote(s[found]!)}): name what it costs them` };
}

function alternative(reading: ReplyReading, scenario: Pick<Scenario, 'facts'>): IntentResult {
  const alternatives = factsOf(scenario, 'alternative');
  const stated = reading.sentences.find((x) => x.facts.some((id) => alternatives.some((f) => f.id === id)) && !x.flagged.includes('deflection'));
  if (stated) {
    const fact = alternatives.find((f) => stated.facts.includes(f.id))!;
    return { credit: 1, detail: `offers ${fact.label}` };
  }
  // Without the scenario's way forward, a refusal the coach reads as a policy wall earns nothing.
  if (reading.findings.some((f) => f.category === 'policy-wall' && f.severity !== 'info')) return { credit: 0, detail: 'a refusal with nothing offered instead (policy wall)' };
  const vague = reading.sentences.find((x) => x.wayForward || x.handsOff);
  const which = alternatives.map((f) => missingFact(reading, f)).join(' or ');
  if (vague) return { credit: 0.5, detail: `offers a way forward (${quote(vague)}) but not which: ${which || 'say what exactly'}` };
  return { credit: 0, detail: `no alternative offered${which ? `: ${which}` : ''}` };
}

function ownership(reading: ReplyReading, scenario: Pick<Scenario, 'facts'>): IntentResult {
  const owned = reading.sentences.filter((x) => x.owns && !x.vague);
  if (owned.length === 0) {
    const vague = reading.sentences.find((x) => x.vague);
    return { credit: 0, detail: vague ? `only a vague promise (${quote(vague)}): say what you will do` : 'no step of your own: say what you will do next' };
  }
  if (factCoverage(reading, scenario) >= 0.5) return { credit: 1, detail: `takes the step: ${quote(owned[0]!)}` };
  return { credit: 0.5, detail: `takes a step (${quote(owned[0]!)}) but leaves out what this ticket needs` };
}

function time(reading: ReplyReading): IntentResult {
  const committed =
    reading.sentences.find((x) => x.time && !x.vague && (x.followsUp || x.agentSpeaks)) ??
    reading.sentences.find((x) => x.time && !x.vague && (x.owns || x.future));
  if (committed) return { credit: 1, detail: `commits to a time: ${quote(committed)}` };
  const any = reading.sentences.find((x) => x.time);
  if (any) return { credit: 0.5, detail: `names a time (${quote(any)}) without saying what you'll do then` };
  const vague = reading.sentences.find((x) => x.vague);
  return { credit: 0, detail: vague ? `${quote(vague)} is not a time they can hold you to` : 'no time for the next step' };
}

function explanation(reading: ReplyReading, scenario: Pick<Scenario, 'facts'>): IntentResult {
  const reasons = factsOf(scenario, 'reason');
  const stated = reasons.find((f) => reading.facts.has(f.id));
  if (stated) return { credit: 1, detail: `explains ${stated.label}` };
  const because = reading.sentences.find((x) => x.explains);
  const which = reasons.map((f) => missingFact(reading, f)).join(' or ');
  if (because) return { credit: 0.5, detail: `gives a reason (${quote(because)}) but not the real one${which ? `: ${which}` : ''}` };
  return { credit: 0, detail: `no reason given${which ? `: ${which}` : ''}` };
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
  if (missing.length === 0) return { credit: 1, detail: `gets it right: ${listed.map((f) => f.label).join('; ')}` };
  return { credit, detail: `leaves out ${missing.map((f) => missingFact(reading, f)).join('; ')}` };
}
