/**
 * When a sentence of a reply reads curt: the model's score under the calibrated threshold *and* a
 * concrete curt cue the `tone` card can coach on. The score alone over-flags plain support facts
 * ("No, your phone isn't affected.") — the model's training requests read differently. The same
 * decision serves the `tone` rule, the engine's per-sentence `curt` flag and the threshold's
 * calibration (models/tone/train.ts), so the threshold is tuned for the sentences it can flag.
 */
import type { ToneScore } from './model';

function hasCurtCue(s: Readonly<Record<string, number>>): boolean {
  const on = (id: string) => (s[id] ?? 0) > 0;
  return (
    ['why', 'direct_question', 'imperative_start', 'you_must', 'negative_lexicon', 'factuality', 'multi_question', 'shouting'].some(on) ||
    (on('question') && on('negation'))
  );
}

/**
 * "You shouldn't have had to…", "…should never have closed", "we should have kept you updated",
 * "which is on us", "waiting two days for this isn't acceptable": owning a failure, not scolding.
 */
const OWNING_A_FAILURE =
  /\b(?:shouldn['’]?t|should not|should never) have (?:had to|happened|been|closed|gone|taken)\b|\b(?:we|I)\s+(?:really\s+)?(?:should|ought\s+to)\s+have\b|\b(?:we|I)\s+should['’]ve\b|\b(?:that['’]s|this\s+is|it['’]s|which\s+is)\s+on\s+(?:us|me)\b|\b(?:our|my)\s+(?:fault|mistake|error)\b|\b(?:waiting|wait|delays?)\b[^.!?]{0,60}\b(?:isn['’]t|is\s+not|wasn['’]t|was\s+not)\s+(?:acceptable|okay|ok|good\s+enough|fair)\b/i;

/** "You shouldn't have had to explain this again": the agent owning a failure, not scolding. */
export function ownsAFailure(text: string): boolean {
  return OWNING_A_FAILURE.test(text);
}

/** Could this sentence be flagged at all, whatever its score? */
export function isCurtCandidate(text: string, strategies: Readonly<Record<string, number>>): boolean {
  return hasCurtCue(strategies) && !ownsAFailure(text);
}

export function readsCurt(text: string, tone: Pick<ToneScore, 'score' | 'strategies'>, threshold: number): boolean {
  return tone.score < threshold && isCurtCandidate(text, tone.strategies);
}
