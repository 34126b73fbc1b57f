/** The tone meter: the model's whole-reply warmth, or a plain note when the model isn't loaded. */
import type { ToneReading } from '../../lib/practice/checks';
import { t } from '../../lib/i18n';
import { toneScore } from '../../lib/stats/tone-score';
import { toneWordText } from '../sidebar/ToneMeter';

export function ToneMeter({ tone }: { tone: ToneReading | null }) {
  if (!tone) {
    return (
      <div class="tone-meter unavailable" data-practice="tone" data-tone="none">
        <span class="tone-label">{t('tone')}</span> <span class="muted">{t('practice_tone_unavailable')}</span>
      </div>
    );
  }
  const pct = toneScore(tone.score) ?? 0;
  // The meter's word comes from the score, in the agent's language (a model's own English label is not shown).
  const word = toneWordText(pct);
  return (
    <div class="tone-meter" data-practice="tone" data-tone={tone.score.toFixed(2)}>
      <span class="tone-label" id="tone-label">
        {t('tone')}
      </span>
      <meter min={0} max={100} low={45} high={70} optimum={100} value={pct} aria-labelledby="tone-label" aria-valuetext={t('practice_tone_value', word, pct)} />
      <span class="tone-value">
        {t('practice_tone_shown', word, pct)}
      </span>
    </div>
  );
}
