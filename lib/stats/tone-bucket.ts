/**
 * Tone buckets without the schema library, so the content script can bucket a draft's tone for its
 * `draft-checked` event without bundling zod (re-exported from ./events for everyone else).
 */

/** Tone buckets, coldest first. A draft's tone score in [0, 1] maps to one of these; null = not scored. */
export const TONE_BUCKET_LABELS = ['cold', 'cool', 'neutral', 'warm', 'very warm'] as const;
export type ToneBucket = 0 | 1 | 2 | 3 | 4;

/** Maps a tone score in [0, 1] (0 = curt, 1 = warm) to its bucket; undefined/NaN → null (not scored). */
export function toneBucket(score: number | null | undefined): ToneBucket | null {
  if (score === null || score === undefined || !Number.isFinite(score)) return null;
  const clamped = Math.min(1, Math.max(0, score));
  return Math.min(4, Math.floor(clamped * 5)) as ToneBucket;
}
