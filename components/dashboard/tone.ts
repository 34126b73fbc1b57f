/** A tone score in words for the dashboard, e.g. "63 of 100 (Neutral)" (the words: lib/stats/tone-score.ts). */
import { toneWord, type ToneWord } from '../../lib/stats';
import { t, type MessageKey } from '../../lib/i18n';

const WORDS: Record<ToneWord, MessageKey> = { Curt: 'tone_curt', Neutral: 'tone_neutral', Warm: 'tone_warm' };

export function toneText(score: number | null): string {
  return score === null ? t('tone_none') : t('tone_described', Math.round(score), t(WORDS[toneWord(score)]));
}
