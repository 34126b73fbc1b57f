/** Scenario packs: import (validated, all-or-nothing, precise errors), export, remove. */
import { BUILTIN_PACK_ID, builtinPack } from '../../lib/practice/builtin';
import { packJsonSchema } from '../../lib/practice/pack';
import { LIMITS } from '../../lib/practice/schema';
import { downloadText, takeFiles } from '../shared/files';
import type { PracticeStore } from './store';

export function PacksView({ store }: { store: PracticeStore }) {
  const errors = store.importErrors.value;
  const exportPack = async (id: string) => {
    const file = await store.packDownload(id);
    if (file) downloadText(file.name, file.text);
  };
  return (
    <section class="packs" aria-labelledby="packs-title" data-practice="packs">
      <h2 id="packs-title">Scenario packs</h2>
      <p class="muted">
        Team leads can write their own scenarios as a JSON pack (format <code>rapport-practice-pack</code>, version 1). Export the built-in pack for a
        complete example. Imports are checked in full: if any file has a problem, nothing is imported. Up to {LIMITS.filesPerImport} files of{' '}
        {LIMITS.packBytes / 1024} KB each.
      </p>
      <p>
        <label class="file-button">
          Import packs…
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
          Download the JSON schema
        </button>
      </p>
      {errors.length > 0 && (
        <div class="import-errors" role="alert" data-practice="import-errors">
          <p>
            <strong>Nothing was imported.</strong> Fix {errors.length === 1 ? 'this problem' : `these ${errors.length} problems`} and try again:
          </p>
          <table class="breakdown">
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Where</th>
                <th scope="col">Problem</th>
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
            <th scope="col">Pack</th>
            <th scope="col" class="num">
              Scenarios
            </th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          <tr data-pack-id={BUILTIN_PACK_ID}>
            <th scope="row">{builtinPack().name} (built in)</th>
            <td class="num">{builtinPack().scenarios.length}</td>
            <td>
              <button type="button" onClick={() => void exportPack(BUILTIN_PACK_ID)}>
                Export
              </button>
            </td>
          </tr>
          {store.packs.value.map((p) => (
            <tr key={p.id} data-pack-id={p.id}>
              <th scope="row">
                {p.name}
                <span class="detail">
                  {p.pack.author ? `by ${p.pack.author} · ` : ''}imported {new Date(p.importedAt).toLocaleDateString()}
                </span>
              </th>
              <td class="num">{p.pack.scenarios.length}</td>
              <td>
                <button type="button" data-practice-action="export-pack" onClick={() => void exportPack(p.id)}>
                  Export
                </button>{' '}
                <button
                  type="button"
                  class="danger"
                  data-practice-action="remove-pack"
                  onClick={() => {
                    if (confirm(`Remove the pack "${p.name}"?`)) void store.deletePack(p.id);
                  }}
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
