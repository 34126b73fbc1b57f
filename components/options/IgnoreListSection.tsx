/** The personal ignore list: phrases never flagged, with undo for removals. */
import { useState } from 'preact/hooks';
import { addIgnorePhrase, changeSettings, removeIgnorePhrase, restoreIgnorePhrase, SETTINGS_LIMITS } from '../../lib/settings';
import { attempt, settingsArea, type OptionsState } from './state';
import { UndoStatus } from './UndoStatus';

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
        setMessage(`"${phrase.trim()}" won't be flagged.`);
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
      setMessage(e ?? `Removed "${p}".`);
      setUndo(e ? null : { phrase: p, index });
    });
  };

  const restore = () => {
    if (!undo) return;
    const { phrase: p, index } = undo;
    void attempt(() => changeSettings(settingsArea(), (s) => restoreIgnorePhrase(s, p, index))).then((e) => {
      setMessage(e ?? `"${p}" is back on your list.`);
      setUndo(null);
    });
  };

  return (
    <section aria-labelledby="ignore-title" data-section="ignore-list">
      <h2 id="ignore-title">Never flag these</h2>
      <p class="hint">
        Words or phrases Rapport should leave alone (a product name, a phrase your team agreed on). A suggestion is hidden when its flagged words contain
        one of these or are part of one. Up to {SETTINGS_LIMITS.ignorePhrases} phrases of {SETTINGS_LIMITS.ignorePhraseChars} characters.
      </p>
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <label>
          Phrase{' '}
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
          Add
        </button>
      </form>
      {error && (
        <p id="ignore-error" class="error" role="alert">
          {error}
        </p>
      )}
      {phrases.length === 0 ? (
        <p class="hint">Your list is empty.</p>
      ) : (
        <ul class="chips" data-list="ignore-phrases">
          {phrases.map((p) => (
            <li key={p} data-phrase={p}>
              <span>{p}</span>
              <button type="button" class="link" aria-label={`Remove "${p}"`} onClick={() => remove(p)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <UndoStatus message={message} undoAction="undo-ignore-remove" onUndo={undo && restore} />
    </section>
  );
}
