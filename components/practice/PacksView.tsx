/** Scenario packs: import (validated, all-or-nothing, precise errors), export, remove. */
import { BUILTIN_PACK_ID, builtinPack } from '../../lib/practice/builtin';
import { packJsonSchema } from '../../lib/practice/pack';
import { LIMITS } from '../../lib/practice/schema';
import { downloadText, takeFiles } from '../shared/files';
import type { PracticeStore } from './store';
import { t } from '../../lib/i18n';
import { Filled } from '../shared/Filled';

export function PacksView({ store }: { store: PracticeStore }) {
  const errors = store.importErrors.value;
  const exportPack = async (id: string) => {
    const file = await store.packDownload(id);
    if (file) downloadText(file.name, file.text);
  };
  return (
    <section class="packs" aria-labelledby="packs-title" data-practice="packs">
      <h2 id="packs-title">{t('practice_tab_packs')}</h2>
      <p class="muted">
        <Filled message="packs_practice_intro" args={[LIMITS.filesPerImport, LIMITS.packBytes / 1024]}>
          <code>rapport-practice-pack</code>
        </Filled>
      </p>
      <p>
        <label class="file-button">
          {t('packs_practice_import')}
          <input
            type="file"
            accept=".json,application/json"
            multiple
            data-practice-action="import"
            onChange={(e) => {
              const files = takeFiles(e.currentTarget);
              if (files.length) void store.importFiles(files);
            }}
          />
        </label>{' '}
        <button type="button" data-practice-action="json-schema" onClick={() => downloadText('rapport-practice-pack.schema.json', packJsonSchema())}>
          {t('packs_practice_schema')}
        </button>
      </p>
      {errors.length > 0 && (
        <div class="import-errors" role="alert" data-practice="import-errors">
          <p>
            <strong>{t('packs_practice_nothing')}</strong> {errors.length === 1 ? t('packs_practice_fix_one') : t('packs_practice_fix_other', errors.length)}
          </p>
          <table class="breakdown">
            <thead>
              <tr>
                <th scope="col">{t('packs_practice_file')}</th>
                <th scope="col">{t('packs_practice_where')}</th>
                <th scope="col">{t('packs_practice_problem')}</th>
              </tr>
            </thead>
            <tbody>
              {errors.map((e, i) => (
                <tr key={i} data-import-error={e.path}>
                  <td>{e.file}</td>
                  <td>
                    <code>{e.path}</code>
                  </td>
                  <td>{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <table class="breakdown" data-practice="pack-list">
        <thead>
          <tr>
            <th scope="col">{t('packs_practice_pack')}</th>
            <th scope="col" class="num">
              {t('packs_practice_scenarios')}
            </th>
            <th scope="col">{t('packs_practice_actions')}</th>
          </tr>
        </thead>
        <tbody>
          <tr data-pack-id={BUILTIN_PACK_ID}>
            <th scope="row">{t('packs_practice_builtin', builtinPack().name)}</th>
            <td class="num">{builtinPack().scenarios.length}</td>
            <td>
              <button type="button" onClick={() => void exportPack(BUILTIN_PACK_ID)}>
                {t('packs_export')}
              </button>
            </td>
          </tr>
          {store.packs.value.map((p) => (
            <tr key={p.id} data-pack-id={p.id}>
              <th scope="row">
                {p.name}
                <span class="detail">
                  {p.pack.author
                    ? t('packs_practice_by', p.pack.author, new Date(p.importedAt).toLocaleDateString())
                    : t('packs_practice_imported_on', new Date(p.importedAt).toLocaleDateString())}
                </span>
              </th>
              <td class="num">{p.pack.scenarios.length}</td>
              <td>
                <button type="button" data-practice-action="export-pack" onClick={() => void exportPack(p.id)}>
                  {t('packs_export')}
                </button>{' '}
                <button
                  type="button"
                  class="danger"
                  data-practice-action="remove-pack"
                  onClick={() => {
                    if (confirm(t('packs_practice_remove_confirm', p.name))) void store.deletePack(p.id);
                  }}
                >
                  {t('remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
