/**
 * What costs points beyond the rubric and the findings, read from the same sentences:
 * - a claim the scenario says is wrong (a fact error, or a promise that can't be kept), or a denial
 *   of one of its alternatives ("I can't move your job to PRN-2F-EAST" when that is the way
 *   forward): either also caps the score at WRONG_CLAIM_CAP;
 * - a vague promise ("as soon as possible", "I'll look into it") when the reply names no time;
 * - rubric stuffing: the usual good-reply phrases strung together while the reply leaves out most
 *   of what this ticket is about.
 */
import type { Scenario } from '../schema';
import { factCoverage, missingFact } from './intents';
import type { ReplyReading } from './read';
import { t } from '../../i18n';

export interface Penalty {
  id: 'wrong-claim' | 'vague-promise' | 'stuffing';
  points: number;
  reason: string;
}

/** Stuffing costs the most when the reply states none of the ticket's facts. */
const PENALTY_POINTS = { wrongClaim: 25, vaguePromise: 10, stuffing: 20, stuffingWithNoFacts: 30 } as const;
/** Cue phrases of the usual habits in a reply before it reads as stuffed… */
const STUFFING_CUES = 5;
/** …when it states less than this share of the scenario's facts. */
const STUFFING_COVERAGE = 0.5;

/** A reply that tells the customer something false is not ready for the desk, however well it reads. */
export const WRONG_CLAIM_CAP = 60;

export function penaltiesOf(reading: ReplyReading, scenario: Pick<Scenario, 'facts' | 'wrong'>): Penalty[] {
  const out: Penalty[] = [];
  for (const claim of scenario.wrong) {
    if (reading.wrong.has(claim.id)) out.push({ id: 'wrong-claim', points: PENALTY_POINTS.wrongClaim, reason: t('penalty_wrong_claim', claim.label) });
  }
  // Telling the customer the way forward is closed when it is open is as wrong as any false claim.
  for (const fact of scenario.facts) {
    if (reading.denied.has(fact.id)) out.push({ id: 'wrong-claim', points: PENALTY_POINTS.wrongClaim, reason: t('penalty_denied_way', fact.label) });
  }
  const vague = reading.sentences.find((s) => s.vague);
  if (vague && !reading.sentences.some((s) => s.time && !s.vague)) {
    out.push({ id: 'vague-promise', points: PENALTY_POINTS.vaguePromise, reason: t('penalty_vague_promise', vague.text.trim()) });
  }
  const cues = new Set(reading.sentences.flatMap((s) => s.cues)).size;
  const coverage = factCoverage(reading, scenario);
  if (scenario.facts.length > 0 && cues >= STUFFING_CUES && coverage < STUFFING_COVERAGE) {
    out.push({
      id: 'stuffing',
      points: coverage === 0 ? PENALTY_POINTS.stuffingWithNoFacts : PENALTY_POINTS.stuffing,
      reason: t(
        'penalty_stuffing',
        cues,
        Math.round(coverage * 100),
        scenario.facts
          .filter((f) => !reading.facts.has(f.id))
          .slice(0, 2)
          .map((f) => missingFact(reading, f))
          .join('; '),
      ),
    });
  }
  return out;
}
