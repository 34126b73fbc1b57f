/**
 * The agent's data on the dashboard: the stats settings (shared with the options page), the name a
 * team lead sees, and "Delete all my data".
 */
import { useState } from 'preact/hooks';
import { getAgentIdentity, MAX_DISPLAY_NAME_LENGTH, setDisplayName, statsDb } from '../../lib/stats';
import { getSigningKey, keyThumbprint, shortThumbprint } from '../../lib/stats/signing';
import { StatsSettings } from '../shared/StatsSettings';
import { deleteAllMyData } from './api';
import { useLoaded } from './hooks';

export function YourData({ refresh, onChanged }: { refresh: number; onChanged: () => void }) {
  const db = statsDb();
  const { value: agent } = useLoaded(() => getAgentIdentity(db), [refresh]);
  // The key that signs this agent's exports; its fingerprint is what the lead's team view shows.
  const { value: key } = useLoaded(async () => shortThumbprint(await keyThumbprint((await getSigningKey(db)).publicKey)), [refresh]);
  const [message, setMessage] = useState('');
  const [name, setName] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  if (!agent) return null;

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
      <StatsSettings refresh={refresh} onChanged={onChanged} />
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
          Exports identify you by a random id (<code>{agent.id.slice(0, 14)}…</code>) and, only if you set one, this name. They are signed with a
          key this browser made for you{key ? <> (fingerprint <code data-key-fingerprint>{key}…</code>, which your team lead’s team view shows for you)</> : ''}, so
          nobody else can send your lead a file in your name.
        </p>
      </form>
      {confirming ? (
        <div class="confirm" role="alertdialog" aria-labelledby="confirm-delete">
          <p id="confirm-delete">
            Delete every recorded stat, checked-draft record and imported team export, and start with a new random id? This cannot be undone: a
            deletion you asked for is not kept anywhere to bring back.
          </p>
          <button type="button" class="danger" data-action="confirm-delete-all" onClick={() => void run(deleteAllMyData, 'All your data was deleted.').then(() => setConfirming(false))}>
            Yes, delete everything
          </button>
          <button type="button" data-action="cancel-delete-all" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" class="danger" data-action="delete-all" onClick={() => setConfirming(true)}>
          Delete all my data
        </button>
      )}
      <p role="status" class="hint">
        {message}
      </p>
    </section>
  );
}
