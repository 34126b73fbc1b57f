/**
 * Team packs: import a YAML/JSON file (validated and self-tested, all or nothing, precise errors),
 * preview what it adds, then enable it; enable/disable, export, remove (with undo). Packs set by the
 * organisation are listed as locked.
 */
import { useState } from 'preact/hooks';
import { formatProblem, type PackProblem } from '../../lib/packs';
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
import { t, tCount } from '../../lib/i18n';
import { Filled } from '../shared/Filled';

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
      setMessage(e ?? t('packs_on', p.stored.name, p.stored.version));
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
      setMessage(e ?? t('packs_removed', name));
      setUndo(e ? null : removed);
    });
  };

  const restore = () => {
    if (!undo) return;
    const { pack, index } = undo;
    void attempt(() => changePacks(settingsArea(), (list) => restorePack(list, pack, index))).then((e) => {
      setMessage(e ?? t('packs_back', pack.name));
      setUndo(null);
    });
  };

  return (
    <section aria-labelledby="packs-title" data-section="packs">
      <h2 id="packs-title">{t('packs_title')}</h2>
      <p class="hint">{t('packs_intro')}</p>
      <label class="file-button">
        {t('packs_import')}
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
            <Filled message="packs_not_imported">
              <strong>{problems.file}</strong>
            </Filled>{' '}
            {t('packs_problems')}
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
        <div class="preview" data-pack-preview={pending.stored.name} role="region" aria-label={t('packs_preview_label', pending.stored.name)}>
          <h3>
            {pending.preview.name} <span class="hint">{t('packs_version', pending.preview.version)}</span>
          </h3>
          <PackRules pack={pending.stored.pack}>
            <div class="actions">
              <button type="button" class="primary" data-action="enable-pack" onClick={() => enable(pending)}>
                {t(pending.replaces ? 'packs_replace_enable' : 'packs_enable')}
              </button>
              <button type="button" data-action="cancel-pack" onClick={() => setPending(null)}>
                {t('cancel')}
              </button>
            </div>
            {pending.preview.description && <p>{pending.preview.description}</p>}
            {pending.replaces && (
              <p class="banner">
                {t('packs_replaces', pending.replaces.name, pending.replaces.version, pending.replaces.fileName)}
              </p>
            )}
            {pending.shadowedByPolicy && <p class="banner warning">{t('packs_shadowed_by_policy')}</p>}
          </PackRules>
        </div>
      )}

      {state.effective.packs.length === 0 ? (
        <p class="hint">{t('packs_none')}</p>
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
                          setMessage(err ?? t(on ? 'packs_switched_on' : 'packs_switched_off', p.name)),
                        );
                      }}
                    />{' '}
                    <strong>{p.name}</strong> <span class="hint">{t('packs_facts', p.version, p.fileName, tCount(p.pack.rules.length, 'rules_one', 'rules_other'))}</span>
                  </label>
                  {p.forced && <Locked />}
                  {p.shadowed && <span class="hint"> {t('packs_shadowed')}</span>}
                  <span class="pack-actions">
                    {!p.forced && stored && (
                      <button
                        type="button"
                        data-action="export-pack"
                        disabled={!exportAllowed}
                        title={exportAllowed ? undefined : t('export_disabled')}
                        onClick={() => downloadText(stored.fileName, stored.source, /\.json$/i.test(stored.fileName) ? 'application/json' : 'application/yaml')}
                      >
                        {t('packs_export')}
                      </button>
                    )}
                    {!p.forced && (
                      <button type="button" class="danger" data-action="remove-pack" onClick={() => remove(p.name)}>
                        {t('remove')}
                      </button>
                    )}
                  </span>
                </div>
                <details>
                  <summary>{t('packs_what_it_adds')}</summary>
                  <PackRules pack={p.pack} />
                </details>
              </li>
            );
          })}
        </ul>
      )}
      {!exportAllowed && state.packs.length > 0 && (
        <p class="hint">
          <Locked /> — {t('export_disabled')}
        </p>
      )}
      <UndoStatus message={message} undoAction="undo-pack-remove" onUndo={undo && restore} />
    </section>
  );
}
