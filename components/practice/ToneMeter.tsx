/** The tone meter: the model's whole-reply warmth, or a plain note when the model isn't loaded. */
import type { ToneReading } from '../../lib/practice/checks';
import { toneScore, toneWord } from '../../lib/stats/tone-score';

export function ToneMeter({ tone }: { tone: ToneReading | null }) {
  if (!tone) {
    return (
      <div class="tone-meter unavailable" data-practice="tone" data-tone="none">
        <span class="tone-label">Tone</span> <span class="muted">model not loaded: tone items were judged by wording</span>
      </div>
    );
  }
  const pct = toneScore(tone.score) ?? 0;
  const word = tone.label ?? toneWord(pct);
  return (
    <div class="tone-meter" data-practice="tone" data-tone={tone.score.toFixed(2)}>
      <span class="tone-label" id="tone-label">
        Tone
      </span>
      <meter min={0} max={100} low={45} high={70} optimum={100} value={pct} aria-labelledby="tone-label" aria-valuetext={`${word}, ${pct} of 100`} />
      <span class="tone-value">
        {word} ({pct})
      </span>
    </div>
  );
}
