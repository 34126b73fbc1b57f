/** Reset to defaults: categories, sites, ignore list, ignored rules and stats settings. Team packs and recorded stats stay. */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { IGNORED_RULES_KEY } from '../../lib/content/prefs';
import { resetSettings } from '../../lib/settings';
import { DEFAULT_STATS_SETTINGS, statsDb, updateStatsSettings } from '../../lib/stats';
import { attempt, settingsArea } from './state';

export function ResetSection({ onReset }: { onReset: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  const reset = () =>
    void attempt(async () => {
      await resetSettings(settingsArea());
      await browser.storage.local.remove(IGNORED_RULES_KEY);
      await updateStatsSettings(statsDb(), DEFAULT_STATS_SETTINGS);
    }).then((e) => {
      setConfirming(false);
      setMessage(e ?? 'Settings are back to their defaults.');
      onReset();
    });
  return (
    <section aria-labelledby="reset-title" data-section="reset">
      <h2 id="reset-title">Reset</h2>
      {confirming ? (
        <div class="confirm" role="alertdialog" aria-labelledby="reset-question">
          <p id="reset-question">
            Switch every category back on at its own level, turn Rapport back on for every site, empty your ignore list, bring back the rules you ignored and restore the stats settings
            (recording on, no examples, {DEFAULT_STATS_SETTINGS.retentionDays} days)? Team packs and recorded stats are kept.
          </p>
          <button type="button" class="danger" data-action="confirm-reset" onClick={reset}>
            Reset to defaults
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" data-action="reset" onClick={() => setConfirming(true)}>
          Reset to defaults…
        </button>
      )}
      <p role="status" class="hint">
        {message}
      </p>
    </section>
  );
}
