/**
 * The draft's tone at a glance: a meter from curt to warm with the word beside it (never colour
 * alone), exposed to assistive technology as role="meter" with its value and a text equivalent.
 */
import { WARM_FROM } from '../../lib/engine/tone/index';
import type { ToneReading } from './model';

export type ToneWord = 'Curt' | 'Neutral' | 'Warm';

/** The word for a score; the same cut-offs as the practice page's meter. */
export function toneWord(score: number): ToneWord {
  return score >= WARM_FROM ? 'Warm' : score >= 0.45 ? 'Neutral' : 'Curt';
}

export function ToneMeter({ tone }: { tone: ToneReading }) {
  const value = Math.round(Math.min(1, Math.max(0, tone.score)) * 100);
  const word = toneWord(tone.score);
  return (
    <div class="tone" data-rapport="tone" data-tone={word.toLowerCase()}>
      <span class="tone-name" id="rp-tone-name">
        Tone
      </span>
      <div
        class="tone-track"
        role="meter"
        aria-labelledby="rp-tone-name"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={`${word} (${value} of 100)`}
      >
        <div class={`tone-fill tone-${word.toLowerCase()}`} style={{ width: `${value}%` }} />
      </div>
      <span class="tone-word" aria-hidden="true">
        {word}
      </span>
    </div>
  );
}
