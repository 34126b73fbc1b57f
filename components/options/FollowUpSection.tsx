/** The follow-through switch (off by default): turning it off deletes every reminder. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { followUpState, setFollowUp } from '../shared/follow-up-api';

export function FollowUpSection({ onChanged }: { onChanged?: () => void }) {
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void followUpState().then((v) => setEnabled(v.enabled), (e: unknown) => setError(String(e)));
  }, []);
  return (
    <section aria-labelledby="followup-title" data-section="followup">
      <h2 id="followup-title">{t('followup_options_title')}</h2>
      <label class="switch">
        <input
          type="checkbox"
          data-followup-toggle="enabled"
          checked={enabled === true}
          disabled={enabled === null}
          onChange={(e) => {
            const on = (e.target as HTMLInputElement).checked;
            void setFollowUp(on).then(
              (v) => {
                setEnabled(v.enabled);
                onChanged?.();
              },
              (err: unknown) => setError(String(err)),
            );
          }}
        />{' '}
        {t('followup_options_label')}
      </label>
      <p class="hint">{t('followup_options_note')}</p>
      {error && (
        <p class="banner warning" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
