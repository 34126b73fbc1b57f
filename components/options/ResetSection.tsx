/** Reset to defaults: categories, sites, ignore list, ignored rules and stats settings. Team packs and recorded stats stay. */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isIgnoredRulesKey } from '../../lib/content/prefs';
import { resetSettings } from '../../lib/settings';
import { DEFAULT_STATS_SETTINGS, statsDb, updateStatsSettings } from '../../lib/stats';
import { attempt, settingsArea } from './state';
import { t } from '../../lib/i18n';

export function ResetSection({ onReset }: { onReset: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  const reset = () =>
    void attempt(async () => {
      await resetSettings(settingsArea());
      // Rules ignored everywhere and on each site.
      await browser.storage.local.remove(Object.keys(await browser.storage.local.get(null)).filter(isIgnoredRulesKey));
      await updateStatsSettings(statsDb(), DEFAULT_STATS_SETTINGS);
    }).then((e) => {
      setConfirming(false);
      setMessage(e ?? t('reset_done'));
      onReset();
    });
  return (
    <section aria-labelledby="reset-title" data-section="reset">
      <h2 id="reset-title">{t('reset_title')}</h2>
      {confirming ? (
        <div class="confirm" role="alertdialog" aria-labelledby="reset-question">
          <p id="reset-question">
            {t('reset_question', DEFAULT_STATS_SETTINGS.retentionDays)}
          </p>
          <button type="button" class="danger" data-action="confirm-reset" onClick={reset}>
            {t('reset_confirm')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {t('cancel')}
          </button>
        </div>
      ) : (
        <button type="button" data-action="reset" onClick={() => setConfirming(true)}>
          {t('reset_start')}
        </button>
      )}
      <p role="status" class="hint">
        {message}
      </p>
    </section>
  );
}
