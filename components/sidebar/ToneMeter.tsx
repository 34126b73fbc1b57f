/**
 * The draft's tone at a glance: a meter from curt to warm with the word beside it (never colour
 * alone), exposed to assistive technology as role="meter" with its value and a text equivalent.
 */
import { WARM_FROM } from '../../lib/engine/tone/index';
import type { ToneReading } from './model';
import { t } from '../../lib/i18n';

export type ToneWord = 'Curt' | 'Neutral' | 'Warm';

/** The word for a score; the same cut-offs as the practice page's meter. */
export function toneWord(score: number): ToneWord {
  return score >= WARM_FROM ? 'Warm' : score >= 0.45 ? 'Neutral' : 'Curt';
}

export function ToneMeter({ tone }: { tone: ToneReading }) {
  const value = Math.round(Math.min(1, Math.max(0, tone.score)) * 100);
  const word = toneWord(tone.score);
  const shown = t(word === 'Warm' ? 'tone_warm' : word === 'Neutral' ? 'tone_neutral' : 'tone_curt');
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
