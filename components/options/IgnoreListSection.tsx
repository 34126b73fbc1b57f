/** The personal ignore list: phrases never flagged, with undo for removals. */
import { useState } from 'preact/hooks';
import { addIgnorePhrase, changeSettings, removeIgnorePhrase, restoreIgnorePhrase, SETTINGS_LIMITS } from '../../lib/settings';
import { attempt, settingsArea, type OptionsState } from './state';
import { UndoStatus } from './UndoStatus';
import { t } from '../../lib/i18n';

export function IgnoreListSection({ state }: { state: OptionsState }) {
  const [phrase, setPhrase] = useState('');
  const [error, setError] = useState('');
  const [message, setMessage] = useState('');
  const [undo, setUndo] = useState<{ phrase: string; index: number } | null>(null);
  const phrases = state.settings.ignorePhrases;

  const add = () =>
    void attempt(() => changeSettings(settingsArea(), (s) => addIgnorePhrase(s, phrase))).then((e) => {
      setError(e ?? '');
      if (!e) {
        setMessage(t('ignore_list_added', phrase.trim()));
        setPhrase('');
        setUndo(null);
      }
    });

  const remove = (p: string) => {
    let index = -1;
    void attempt(() =>
      changeSettings(settingsArea(), (s) => {
        const result = removeIgnorePhrase(s, p);
        index = result.index;
        return result.settings;
      }),
    ).then((e) => {
      setMessage(e ?? t('ignore_list_removed', p));
      setUndo(e ? null : { phrase: p, index });
    });
  };

  const restore = () => {
    if (!undo) return;
    const { phrase: p, index } = undo;
    void attempt(() => changeSettings(settingsArea(), (s) => restoreIgnorePhrase(s, p, index))).then((e) => {
      setMessage(e ?? t('ignore_list_restored', p));
      setUndo(null);
    });
  };

  return (
    <section aria-labelledby="ignore-title" data-section="ignore-list">
      <h2 id="ignore-title">{t('ignore_list_title')}</h2>
      <p class="hint">{t('ignore_list_intro', SETTINGS_LIMITS.ignorePhrases, SETTINGS_LIMITS.ignorePhraseChars)}</p>
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <label>
          {t('ignore_list_phrase')}{' '}
          <input
            type="text"
            name="ignore-phrase"
            data-action="ignore-input"
            maxLength={SETTINGS_LIMITS.ignorePhraseChars + 20}
            value={phrase}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'ignore-error' : undefined}
            onInput={(e) => {
              setPhrase(e.currentTarget.value);
              setError('');
            }}
          />
        </label>
        <button type="submit" data-action="ignore-add" disabled={!phrase.trim()}>
          {t('ignore_list_add')}
        </button>
      </form>
      {error && (
        <p id="ignore-error" class="error" role="alert">
          {error}
        </p>
      )}
      {phrases.length === 0 ? (
        <p class="hint">{t('ignore_list_empty')}</p>
      ) : (
        <ul class="chips" data-list="ignore-phrases">
          {phrases.map((p) => (
            <li key={p} data-phrase={p}>
              <span>{p}</span>
              <button type="button" class="link" aria-label={t('ignore_list_remove_label', p)} onClick={() => remove(p)}>
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <UndoStatus message={message} undoAction="undo-ignore-remove" onUndo={undo && restore} />
    </section>
  );
}
