/**
 * The stats settings, one form for both the dashboard and the options page: recording on/off, how
 * exports name web pages (lib/stats/site-pseudonyms.ts), and the retention period, checked the same way everywhere (a whole number of days in range) before
 * anything is saved; a shorter period deletes older stats at once.
 */
import { useEffect, useState } from 'preact/hooks';
import {
  DEFAULT_STATS_SETTINGS,
  getStatsSettings,
  MAX_RETENTION_DAYS,
  MIN_RETENTION_DAYS,
  pruneStats,
  statsDb,
  updateStatsSettings,
  type StatsSettings as Settings,
} from '../../lib/stats';
import { t } from '../../lib/i18n';

/** Why a typed retention period can't be saved, or null when it can. */
function retentionProblem(text: string): string | null {
  const days = Number(text.trim());
  if (text.trim() === '' || !Number.isInteger(days) || days < MIN_RETENTION_DAYS || days > MAX_RETENTION_DAYS) {
    return t('stats_retention_problem', MIN_RETENTION_DAYS, MAX_RETENTION_DAYS);
  }
  return null;
}

export function StatsSettings({ refresh = 0, onChanged }: { refresh?: number; onChanged?: (settings: Settings) => void }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [days, setDays] = useState('');
  const [message, setMessage] = useState('');
  useEffect(() => {
    void getStatsSettings(statsDb()).then(
      (s) => {
        setSettings(s);
        setDays(String(s.retentionDays));
      },
      (e: unknown) => setMessage(t('stats_settings_unread', e instanceof Error ? e.message : String(e))),
    );
  }, [refresh]);
  if (!settings) return <p role="status" class="hint">{message}</p>;

  const change = async (next: Partial<Settings>, done: string, after?: () => Promise<unknown>) => {
    const before = settings;
    setSettings({ ...settings, ...next });
    try {
      const saved = await updateStatsSettings(statsDb(), next);
      setSettings(saved);
      await after?.();
      setMessage(done);
      onChanged?.(saved);
    } catch (e) {
      setSettings(before);
      setMessage(t('stats_not_saved', e instanceof Error ? e.message : String(e)));
    }
  };

  return (
    <div class="stats-settings" data-stats-settings>
      <p class="hint">{t('stats_recording_explanation')}</p>
      <label class="switch">
        <input
          type="checkbox"
          name="recording"
          checked={settings.recording}
          onChange={(e) => void change({ recording: e.currentTarget.checked }, t(e.currentTarget.checked ? 'stats_recording_on' : 'stats_recording_off'))}
        />{' '}
        {t('stats_record')}
      </label>
      <label class="switch">
        <input
          type="checkbox"
          name="pseudonymousSites"
          checked={settings.pseudonymousSites}
          onChange={(e) =>
            void change(
              { pseudonymousSites: e.currentTarget.checked },
              t(e.currentTarget.checked ? 'stats_pseudonyms_on' : 'stats_pseudonyms_off'),
            )
          }
        />{' '}
        {t('stats_pseudonyms')}
      </label>
      <p class="hint">
        {t('stats_pseudonyms_hint')}
      </p>
      <form
        class="inline-form"
        // Our own check and message, the same in every browser (not the browser's bubble).
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const problem = retentionProblem(days);
          if (problem) {
            setMessage(problem);
            return;
          }
          const value = Number(days.trim());
          void change({ retentionDays: value }, t('stats_retention_saved', value), () => pruneStats(statsDb()));
        }}
      >
        <label>
          {t('stats_keep_for')}{' '}
          <input type="number" name="retentionDays" min={MIN_RETENTION_DAYS} max={MAX_RETENTION_DAYS} step={1} value={days} onInput={(e) => setDays(e.currentTarget.value)} />{' '}
          {t('stats_days')} <span class="hint">{t('stats_default_days', DEFAULT_STATS_SETTINGS.retentionDays)}</span>
        </label>{' '}
        <button type="submit" data-action="save-retention">
          {t('save')}
        </button>
      </form>
      <p role="status" class="hint" data-stats-settings-message>
        {message}
      </p>
    </div>
  );
}
