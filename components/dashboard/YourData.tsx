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
import { t } from '../../lib/i18n';
import { Filled } from '../shared/Filled';

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
      <h2 id="data-title">{t('data_title')}</h2>
      <StatsSettings refresh={refresh} onChanged={onChanged} />
      <form
        class="name"
        onSubmit={(e) => {
          e.preventDefault();
          void run(() => setDisplayName(db, name ?? agent.displayName), t('data_name_saved'));
        }}
      >
        <label>
          {t('data_name_label')}{' '}
          <input
            type="text"
            name="displayName"
            maxLength={MAX_DISPLAY_NAME_LENGTH}
            value={name ?? agent.displayName ?? ''}
            placeholder={t('data_name_placeholder')}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </label>
        <button type="submit">{t('data_save_name')}</button>
        <p class="hint">
          <Filled message="data_identity">
            <code>{agent.id.slice(0, 14)}…</code>
          </Filled>{' '}
          {key ? (
            <Filled message="data_signed_fingerprint">
              <code data-key-fingerprint>{key}…</code>
            </Filled>
          ) : (
            t('data_signed')
          )}
        </p>
      </form>
      {confirming ? (
        <div class="confirm" role="alertdialog" aria-labelledby="confirm-delete">
          <p id="confirm-delete">
            {t('data_delete_question')}
          </p>
          <button type="button" class="danger" data-action="confirm-delete-all" onClick={() => void run(deleteAllMyData, t('data_deleted')).then(() => setConfirming(false))}>
            {t('data_delete_confirm')}
          </button>
          <button type="button" data-action="cancel-delete-all" onClick={() => setConfirming(false)}>
            {t('cancel')}
          </button>
        </div>
      ) : (
        <button type="button" class="danger" data-action="delete-all" onClick={() => setConfirming(true)}>
          {t('data_delete')}
        </button>
      )}
      <p role="status" class="hint">
        {message}
      </p>
    </section>
  );
}
