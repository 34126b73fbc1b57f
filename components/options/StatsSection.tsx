/**
 * Stats and privacy: recording on/off, keeping examples (off by default; the explanation is shown
 * right where it is switched on), retention. They live in the stats database (lib/stats/settings),
 * which extension pages open directly; the background reads them on every write.
 */
import { useEffect, useState } from 'preact/hooks';
import {
  DEFAULT_STATS_SETTINGS,
  getStatsSettings,
  KEEP_EXAMPLES_EXPLANATION,
  MAX_RETENTION_DAYS,
  MIN_RETENTION_DAYS,
  pruneStats,
  RECORDING_EXPLANATION,
  statsDb,
  updateStatsSettings,
  type StatsSettings,
} from '../../lib/stats';
import { attempt } from './state';

export function StatsSection({ refresh }: { refresh: number }) {
  const [settings, setSettings] = useState<StatsSettings | null>(null);
  const [days, setDays] = useState('');
  const [message, setMessage] = useState('');
  useEffect(() => {
    void getStatsSettings(statsDb()).then(
      (s) => {
        setSettings(s);
        setDays(String(s.retentionDays));
      },
      (e: unknown) => setMessage(`Your stats settings could not be read: ${e instanceof Error ? e.message : String(e)}`),
    );
  }, [refresh]);
  if (!settings) return <p role="status" class="hint">{message}</p>;

  const change = (next: Partial<StatsSettings>, done: string, after?: () => Promise<unknown>) => {
    const before = settings;
    setSettings({ ...settings, ...next });
    void attempt(async () => {
      setSettings(await updateStatsSettings(statsDb(), next));
      await after?.();
    }).then((e) => {
      if (e) setSettings(before);
      setMessage(e ?? done);
    });
  };

  return (
    <section aria-labelledby="stats-title" data-section="stats">
      <h2 id="stats-title">Your stats</h2>
      <p class="hint">{RECORDING_EXPLANATION}</p>
      <label class="switch">
        <input
          type="checkbox"
          name="recording"
          checked={settings.recording}
          onChange={(e) => change({ recording: e.currentTarget.checked }, e.currentTarget.checked ? 'Recording is on.' : 'Recording is off.')}
        />{' '}
        Record my stats
      </label>
      <label class="switch">
        <input
          type="checkbox"
          name="keepExamples"
          aria-describedby="keep-examples-explanation"
          checked={settings.keepExamples}
          disabled={!settings.recording}
          onChange={(e) =>
            change({ keepExamples: e.currentTarget.checked }, e.currentTarget.checked ? 'Examples of flagged words will be kept.' : 'No new examples will be kept.')
          }
        />{' '}
        Keep examples of flagged words <span class="hint">(off unless you switch it on)</span>
      </label>
      <p id="keep-examples-explanation" class="explanation">
        {KEEP_EXAMPLES_EXPLANATION}
      </p>
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          const value = Number(days);
          if (!Number.isInteger(value) || value < MIN_RETENTION_DAYS || value > MAX_RETENTION_DAYS) {
            setMessage(`Keep stats for ${MIN_RETENTION_DAYS} to ${MAX_RETENTION_DAYS} days (a whole number).`);
            return;
          }
          change({ retentionDays: value }, `Stats older than ${value} days are deleted now and every day.`, () => pruneStats(statsDb()));
        }}
      >
        <label>
          Keep stats for{' '}
          <input
            type="number"
            name="retentionDays"
            min={MIN_RETENTION_DAYS}
            max={MAX_RETENTION_DAYS}
            step={1}
            value={days}
            onInput={(e) => setDays(e.currentTarget.value)}
          />{' '}
          days <span class="hint">(default {DEFAULT_STATS_SETTINGS.retentionDays})</span>
        </label>{' '}
        <button type="submit">Save</button>
      </form>
      <p class="hint">
        See your stats, export them or delete them on your <a href="/dashboard.html">dashboard</a>.
      </p>
      <p role="status" class="hint">
        {message}
      </p>
    </section>
  );
}
