/** The agent's own stats: range filter, charts, exports, storage status. */
import { useState } from 'preact/hooks';
import { exportCsv, exportFileName, exportJson, loadOwnRows, statsDb, summarise } from '../../lib/stats';
import { isExportAllowed } from '../../lib/policy/read';
import { t } from '../../lib/i18n';
import { fetchStatus } from './api';
import { downloadText } from '../shared/files';
import { EmptyState } from './EmptyState';
import { useLoaded } from './hooks';
import type { Range } from './RangeFilter';
import { StatsView } from './StatsView';

export function MyStats({ range, refresh }: { range: Range; refresh: number }) {
  const db = statsDb();
  const { value: data, error } = useLoaded(async () => {
    const rows = await loadOwnRows(db, range.from, range.to);
    return summarise(rows.daily, rows.tone, range.from, range.to);
  }, [range.from, range.to, refresh]);
  const { value: status } = useLoaded(fetchStatus, [refresh]);
  const [exportMessage, setExportMessage] = useState('');
  // The agent decides, each time, whether practice attempts travel with the JSON export.
  const [includePractice, setIncludePractice] = useState(false);
  // The organisation may turn exports off (managed policy `disableExport`, lib/policy).
  const { value: exportAllowed } = useLoaded(isExportAllowed, []);

  const doExport = async (kind: 'json' | 'csv') => {
    try {
      if (!(await isExportAllowed())) throw new Error(t('export_disabled'));
      const text = kind === 'json' ? await exportJson(db, { ...range, includePractice }) : await exportCsv(db, range);
      downloadText(exportFileName(kind), text, kind === 'json' ? 'application/json' : 'text/csv');
      const done = kind === 'csv' ? 'dash_exported' : includePractice ? 'dash_exported_with_practice' : 'dash_exported_without_practice';
      setExportMessage(t(done, range.from, range.to, kind.toUpperCase()));
    } catch (e) {
      setExportMessage(t('dash_export_failed', e instanceof Error ? e.message : String(e)));
    }
  };

  return (
    <section aria-labelledby="mine-title">
      <h2 id="mine-title">{t('stats_title')}</h2>
      {status?.problem && (
        <p class="banner warning" role="alert" data-status={status.storageFull ? 'storage-full' : 'problem'}>
          {status.problem}
        </p>
      )}
      {status && !status.recording && (
        <p class="banner" role="status">
          {t('dash_recording_off')}
        </p>
      )}
      {error && <p class="banner warning" role="alert">{t('dash_read_failed', error)}</p>}
      <div class="actions">
        <button type="button" data-action="export-json" disabled={exportAllowed === false} onClick={() => void doExport('json')}>
          {t('dash_export_json')}
        </button>
        <label class="switch">
          <input type="checkbox" name="includePractice" checked={includePractice} onChange={(e) => setIncludePractice(e.currentTarget.checked)} />{' '}
          {t('dash_include_practice')}
        </label>
        <button type="button" data-action="export-csv" disabled={exportAllowed === false} onClick={() => void doExport('csv')}>
          {t('dash_export_csv')}
        </button>
        {exportAllowed === false && <span class="hint" data-locked="export">🔒 {t('dash_export_locked', t('export_disabled'))}</span>}
        <span role="status" class="hint">{exportMessage}</span>
      </div>
      {data ? <StatsView data={data} empty={<EmptyState />} /> : <p aria-busy="true">{t('dash_loading')}</p>}
    </section>
  );
}
