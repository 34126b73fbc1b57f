/**
 * One tone scale everywhere: 0 (curt) … 100 (warm), the numbers the sidebar's meter shows, with the
 * same three words (components/dashboard/tone.ts says a score in words). Without the schema library, so the content script can score a draft for its
 * `draft-checked` event without bundling zod.
 */
import { WARM_FROM } from '../engine/tone/index';

/** Below this a draft reads curt; from WARM_FROM up it reads warm (the sidebar's cut-offs). */
const NEUTRAL_FROM = 0.45;

/** A tone model reading in [0, 1] as a whole number 0–100; undefined/NaN → null (not scored). */
export function toneScore(reading: number | null | undefined): number | null {
  if (reading === null || reading === undefined || !Number.isFinite(reading)) return null;
  return Math.round(Math.min(1, Math.max(0, reading)) * 100);
}

/** Which 20-point band (0–4) a 0–100 score falls in; 100 is in the top band. */
export function toneBand(score: number): number {
  return Math.min(4, Math.max(0, Math.floor(score / 20)));
}

export type ToneWord = 'Curt' | 'Neutral' | 'Warm';

/** The word for a 0–100 score, as the sidebar's meter says it. */
export function toneWord(score: number): ToneWord {
  return score >= WARM_FROM * 100 ? 'Warm' : score >= NEUTRAL_FROM * 100 ? 'Neutral' : 'Curt';
}
