/**
 * The draft's tone at a glance: a meter from curt to warm with the word beside it (never colour
 * alone), exposed to assistive technology as role="meter" with its value and a text equivalent.
 */
import type { ToneReading } from './model';
import { t, type MessageKey } from '../../lib/i18n';
import { toneScore, toneWord, type ToneWord } from '../../lib/stats/tone-score';

const WORDS: Record<ToneWord, MessageKey> = { Curt: 'tone_curt', Neutral: 'tone_neutral', Warm: 'tone_warm' };

/** A 0–100 score's word in the agent's language; the practice page's meter uses the same. */
export function toneWordText(score: number): string {
  return t(WORDS[toneWord(score)]);
}

export function ToneMeter({ tone }: { tone: ToneReading }) {
  const value = toneScore(tone.score) ?? 0;
  const word = toneWord(value);
  const shown = toneWordText(value);
  return (
    <div class="tone" data-rapport="tone" data-tone={word.toLowerCase()}>
      <span class="tone-name" id="rp-tone-name">
        {t('tone')}
      </span>
      <div
        class="tone-track"
        role="meter"
        aria-labelledby="rp-tone-name"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={t('tone_value', shown, value)}
      >
        <div class={`tone-fill tone-${word.toLowerCase()}`} style={{ width: `${value}%` }} />
      </div>
      <span class="tone-word" aria-hidden="true">
        {shown}
      </span>
    </div>
  );
}
