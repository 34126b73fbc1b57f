/**
 * The draft's tone at a glance: a meter from curt to warm with the word beside it (never colour
 * alone), exposed to assistive technology as role="meter" with its value and a text equivalent.
 */
import { WARM_FROM } from '../../lib/engine/tone/index';
import type { ToneReading } from './model';
import { t, type MessageKey } from '../../lib/i18n';

export type ToneBand = 'curt' | 'neutral' | 'warm';

const BAND_WORDS: Record<ToneBand, MessageKey> = { curt: 'tone_curt', neutral: 'tone_neutral', warm: 'tone_warm' };

/** The band a 0–1 score falls in; the practice page's meter uses the same. */
export function toneBandOf(score: number): ToneBand {
  return score >= WARM_FROM ? 'warm' : score >= 0.45 ? 'neutral' : 'curt';
}

/** The band's word in the agent's language. */
export function toneBandWord(score: number): string {
  return t(BAND_WORDS[toneBandOf(score)]);
}

export function ToneMeter({ tone }: { tone: ToneReading }) {
  const value = Math.round(Math.min(1, Math.max(0, tone.score)) * 100);
  const band = toneBandOf(tone.score);
  const shown = toneBandWord(tone.score);
  return (
    <div class="tone" data-rapport="tone" data-tone={band}>
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
        <div class={`tone-fill tone-${band}`} style={{ width: `${value}%` }} />
      </div>
      <span class="tone-word" aria-hidden="true">
        {shown}
      </span>
    </div>
  );
}
