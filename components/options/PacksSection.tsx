/**
 * Team packs: import a YAML/JSON file (validated and self-tested, all or nothing, precise errors),
 * preview what it adds, then enable it; enable/disable, export, remove (with undo). Packs set by the
 * organisation are listed as locked.
 */
import { useState } from 'preact/hooks';
import { formatProblem, type PackProblem } from '../../lib/packs';
import { EXPORT_DISABLED_MESSAGE } from '../../lib/policy/read';
import {
  changePacks,
  packFileTooLarge,
  preparePackImport,
  restorePack,
  withoutPack,
  withPack,
  withPackEnabled,
  type PackImport,
  type StoredPack,
} from '../../lib/settings';
import { readWithinLimits } from '../../lib/picked-files';
import { downloadText, takeFiles } from '../shared/files';
import { Locked } from './Locked';
import { PackRules } from './PackPreview';
import { attempt, settingsArea, type OptionsState } from './state';
import { UndoStatus } from './UndoStatus';

type Pending = Extract<PackImport, { ok: true }>;

export function PacksSection({ state }: { state: OptionsState }) {
  const [pending, setPending] = useState<Pending | null>(null);
  const [problems, setProblems] = useState<{ file: string; list: PackProblem[] } | null>(null);
  const [message, setMessage] = useState('');
  const [undo, setUndo] = useState<{ pack: StoredPack; index: number } | null>(null);
  const exportAllowed = state.effective.exportAllowed;
  const forcedNames = state.effective.packs.filter((p) => p.forced).map((p) => p.name);

  const choose = async (file: File) => {
    setPending(null);
    setProblems(null);
    setMessage('');
    const read = await readWithinLimits([file], (f) => packFileTooLarge(f.name, f.size));
    if (!read.ok) {
      setProblems({ file: file.name, list: read.problems });
      return;
    }
    const result = preparePackImport(read.files[0]!.text, file.name, state.packs, { forcedNames });
    if (result.ok) setPending(result);
    else setProblems({ file: file.name, list: result.problems });
  };

  const enable = (p: Pending) =>
    void attempt(() => changePacks(settingsArea(), (list) => withPack(list, p.stored))).then((e) => {
      setMessage(e ?? `${p.stored.name} ${p.stored.version} is on.`);
      if (!e) setPending(null);
    });

  const remove = (name: string) => {
    let removed: { pack: StoredPack; index: number } | null = null;
    void attempt(() =>
      changePacks(settingsArea(), (list) => {
        const r = withoutPack(list, name);
        if (r.removed) removed = { pack: r.removed, index: r.index };
        return r.packs;
      }),
    ).then((e) => {
      setMessage(e ?? `Removed ${name}.`);
      setUndo(e ? null : removed);
    });
  };

  const restore = () => {
    if (!undo) return;
    const { pack, index } = undo;
    void attempt(() => changePacks(settingsArea(), (list) => restorePack(list, pack, index))).then((e) => {
      setMessage(e ?? `${pack.name} is back.`);
      setUndo(null);
    });
  };

  return (
    <section aria-labelledby="packs-title" data-section="packs">
      <h2 id="packs-title">Team packs</h2>
      <p class="hint">
        A team pack adds your team's own wording rules (words to avoid and prefer, phrases to flag). It is checked in full when you import it, its own
        examples are run as a test, and you see what it adds before it is switched on. Where a pack rule and a built-in rule flag the same words, the
        pack's rule is shown.
      </p>
      <label class="file-button">
        Import a pack (YAML or JSON)…
        <input
          type="file"
          accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml"
          data-action="import-pack"
          onChange={(e) => {
            const [file] = takeFiles(e.currentTarget);
            if (file) void choose(file);
          }}
        />
      </label>

      {problems && (
        <div class="banner warning" role="alert" data-pack-problems={problems.file}>
          <p>
            <strong>{problems.file}</strong> was not imported; nothing was changed. {problems.list.length === 1 ? 'Problem' : 'Problems'}:
          </p>
          <ul>
            {problems.list.map((p, i) => (
              <li key={i}>
                <code>{formatProblem(p)}</code>
              </li>
            ))}
          </ul>
        </div>
      )}

      {pending && (
        <div class="preview" data-pack-preview={pending.stored.name} role="region" aria-label={`Preview of ${pending.stored.name}`}>
          <h3>
            {pending.preview.name} <span class="hint">version {pending.preview.version}</span>
          </h3>
          <PackRules pack={pending.stored.pack}>
            <div class="actions">
              <button type="button" class="primary" data-action="enable-pack" onClick={() => enable(pending)}>
                {pending.replaces ? 'Replace and enable' : 'Enable pack'}
              </button>
              <button type="button" data-action="cancel-pack" onClick={() => setPending(null)}>
                Cancel
              </button>
            </div>
            {pending.preview.description && <p>{pending.preview.description}</p>}
            {pending.replaces && (
              <p class="banner">
                Replaces your {pending.replaces.name} {pending.replaces.version} (imported from {pending.replaces.fileName}).
              </p>
            )}
            {pending.shadowedByPolicy && <p class="banner warning">Your organisation already sets a pack with this name; theirs applies while it is set.</p>}
          </PackRules>
        </div>
      )}

      {state.effective.packs.length === 0 ? (
        <p class="hint">No team packs yet.</p>
      ) : (
        <ul class="pack-list">
          {state.effective.packs.map((p) => {
            const stored = state.packs.find((s) => s.name === p.name);
            return (
              <li key={`${p.forced ? 'org' : 'own'}:${p.name}`} data-pack={p.name} data-forced={p.forced ? 'true' : undefined}>
                <div class="pack-head">
                  <label class="switch">
                    <input
                      type="checkbox"
                      data-pack-toggle={p.name}
                      checked={p.enabled}
                      disabled={p.forced || p.shadowed}
                      onChange={(e) => {
                        const on = e.currentTarget.checked;
                        void attempt(() => changePacks(settingsArea(), (list) => withPackEnabled(list, p.name, on))).then((err) =>
                          setMessage(err ?? `${p.name} is ${on ? 'on' : 'off'}.`),
                        );
                      }}
                    />{' '}
                    <strong>{p.name}</strong> <span class="hint">version {p.version} · {p.fileName} · {p.pack.rules.length} rules</span>
                  </label>
                  {p.forced && <Locked />}
                  {p.shadowed && <span class="hint"> Your organisation sets a pack with this name; theirs applies.</span>}
                  <span class="pack-actions">
                    {!p.forced && stored && (
                      <button
                        type="button"
                        data-action="export-pack"
                        disabled={!exportAllowed}
                        title={exportAllowed ? undefined : EXPORT_DISABLED_MESSAGE}
                        onClick={() => downloadText(stored.fileName, stored.source, /\.json$/i.test(stored.fileName) ? 'application/json' : 'application/yaml')}
                      >
                        Export
                      </button>
                    )}
                    {!p.forced && (
                      <button type="button" class="danger" data-action="remove-pack" onClick={() => remove(p.name)}>
                        Remove
                      </button>
                    )}
                  </span>
                </div>
                <details>
                  <summary>What it adds</summary>
                  <PackRules pack={p.pack} />
                </details>
              </li>
            );
          })}
        </ul>
      )}
      {!exportAllowed && state.packs.length > 0 && (
        <p class="hint">
          <Locked /> — {EXPORT_DISABLED_MESSAGE}
        </p>
      )}
      <UndoStatus message={message} undoAction="undo-pack-remove" onUndo={undo && restore} />
    </section>
  );
}
