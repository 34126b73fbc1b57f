/** Privacy controls: recording, keeping examples (with its explanation), retention, name, delete all. */
import { useState } from 'preact/hooks';
import {
  getAgentIdentity,
  getStatsSettings,
  KEEP_EXAMPLES_EXPLANATION,
  MAX_DISPLAY_NAME_LENGTH,
  MAX_RETENTION_DAYS,
  MIN_RETENTION_DAYS,
  pruneStats,
  RECORDING_EXPLANATION,
  setDisplayName,
  statsDb,
  updateStatsSettings,
  type StatsSettings,
} from '../../lib/stats';
import { deleteAllMyData } from './api';
import { useLoaded } from './hooks';

export function YourData({ refresh, onChanged }: { refresh: number; onChanged: () => void }) {
  const db = statsDb();
  const { value } = useLoaded(async () => ({ settings: await getStatsSettings(db), agent: await getAgentIdentity(db) }), [refresh]);
  const [message, setMessage] = useState('');
  const [name, setName] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  // Switches show their new state at once (controlled inputs must not wait for the database).
  const [pending, setPending] = useState<Partial<StatsSettings>>({});
  if (!value) return null;
  const settings = { ...value.settings, ...pending };
  const { agent } = value;
  const change = (next: Partial<StatsSettings>, done: string) => {
    setPending((p) => ({ ...p, ...next }));
    void run(() => updateStatsSettings(db, next), done).finally(() =>
      setPending((p) => Object.fromEntries(Object.entries(p).filter(([k]) => !(k in next)))),
    );
  };

  const run = async (what: () => Promise<unknown>, done: string) => {
    try {
      await what();
      setMessage(done);
      onChanged();
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <section class="your-data" aria-labelledby="data-title">
      <h2 id="data-title">Your data</h2>
      <p>{RECORDING_EXPLANATION}</p>
      <label class="switch">
        <input
          type="checkbox"
          name="recording"
          checked={settings.recording}
          onChange={(e) => change({ recording: e.currentTarget.checked }, e.currentTarget.checked ? 'Recording is on.' : 'Recording is off.')}
        />
        Record my stats
      </label>
      <label class="switch">
        <input
          type="checkbox"
          name="keepExamples"
          aria-describedby="keep-examples-explanation"
          checked={settings.keepExamples}
          onChange={(e) => change({ keepExamples: e.currentTarget.checked }, e.currentTarget.checked ? 'Examples will be kept.' : 'No new examples will be kept.')}
        />
        Keep examples of flagged words
      </label>
      <p id="keep-examples-explanation" class="hint">{KEEP_EXAMPLES_EXPLANATION}</p>
      <label>
        Keep stats for{' '}
        <input
          type="number"
          name="retentionDays"
          min={MIN_RETENTION_DAYS}
          max={MAX_RETENTION_DAYS}
          value={settings.retentionDays}
          onChange={(e) => {
            const days = Number(e.currentTarget.value);
            void run(async () => {
              await updateStatsSettings(db, { retentionDays: days });
              await pruneStats(db);
            }, `Stats older than ${days} days are deleted now and every day.`);
          }}
        />{' '}
        days
      </label>
      <form
        class="name"
        onSubmit={(e) => {
          e.preventDefault();
          void run(() => setDisplayName(db, name ?? agent.displayName), 'Display name saved.');
        }}
      >
        <label>
          Name shown to your team lead (optional){' '}
          <input
            type="text"
            name="displayName"
            maxLength={MAX_DISPLAY_NAME_LENGTH}
            value={name ?? agent.displayName ?? ''}
            placeholder="Leave empty to stay pseudonymous"
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </label>
        <button type="submit">Save name</button>
        <p class="hint">
          Exports identify you by a random id (<code>{agent.id.slice(0, 14)}…</code>) and, only if you set one, this name.
        </p>
      </form>
      {confirming ? (
        <div class="confirm" role="alertdialog" aria-labelledby="confirm-delete">
          <p id="confirm-delete">
            Delete every recorded stat, kept example and imported team export, and start with a new random id? This cannot be undone.
          </p>
          <button type="button" class="danger" data-action="confirm-delete-all" onClick={() => void run(deleteAllMyData, 'All your data was deleted.').then(() => setConfirming(false))}>
            Yes, delete everything
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" class="danger" data-action="delete-all" onClick={() => setConfirming(true)}>
          Delete all my data
        </button>
      )}
      <p role="status" class="hint">{message}</p>
    </section>
  );
}
