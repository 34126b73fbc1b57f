/**
 * Reset to defaults: categories, sites, ignore list, ignored rules and stats settings. Team packs
 * and recorded stats stay. It asks first, and Undo puts back everything it changed.
 */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isIgnoredRulesKey } from '../../lib/content/prefs';
import { resetSettings, SETTINGS_KEY } from '../../lib/settings/store';
import { DEFAULT_STATS_SETTINGS, getStatsSettings, statsDb, updateStatsSettings, type StatsSettings } from '../../lib/stats';
import { attempt, settingsArea } from './state';
import { UndoStatus } from './UndoStatus';
import { t } from '../../lib/i18n';

/** What a reset changes, as it was just before: the stored settings, the ignored-rule keys, the stats settings. */
interface BeforeReset {
  stored: Record<string, unknown>;
  stats: StatsSettings;
}

async function takeSnapshot(): Promise<BeforeReset> {
  const all = await browser.storage.local.get(null);
  const keys = [SETTINGS_KEY, ...Object.keys(all).filter(isIgnoredRulesKey)];
  return { stored: Object.fromEntries(keys.filter((k) => k in all).map((k) => [k, all[k]])), stats: await getStatsSettings(statsDb()) };
}

export function ResetSection({ onReset }: { onReset: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  const [before, setBefore] = useState<BeforeReset | null>(null);
  const reset = () => {
    let snapshot: BeforeReset | null = null;
    void attempt(async () => {
      snapshot = await takeSnapshot();
      await resetSettings(settingsArea());
      // Rules ignored everywhere and on each site.
      await browser.storage.local.remove(Object.keys(await browser.storage.local.get(null)).filter(isIgnoredRulesKey));
      await updateStatsSettings(statsDb(), DEFAULT_STATS_SETTINGS);
    }).then((e) => {
      setConfirming(false);
      setMessage(e ?? t('reset_done'));
      setBefore(e ? null : snapshot);
      onReset();
    });
  };
  const undo = () => {
    if (!before) return;
    const { stored, stats } = before;
    void attempt(async () => {
      await browser.storage.local.set(stored);
      await updateStatsSettings(statsDb(), stats);
    }).then((e) => {
      setMessage(e ?? t('reset_undone'));
      setBefore(null);
      onReset();
    });
  };
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
      <UndoStatus message={message} undoAction="undo-reset" onUndo={before && undo} />
    </section>
  );
}
