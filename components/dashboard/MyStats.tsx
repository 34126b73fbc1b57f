/** The agent's own stats: range filter, charts, exports, storage status. */
import { useState } from 'preact/hooks';
import { exportCsv, exportFileName, exportJson, loadOwnRows, statsDb, summarise } from '../../lib/stats';
import { EXPORT_DISABLED_MESSAGE, isExportAllowed } from '../../lib/policy/read';
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
      if (!(await isExportAllowed())) throw new Error(EXPORT_DISABLED_MESSAGE);
      const text = kind === 'json' ? await exportJson(db, { ...range, includePractice }) : await exportCsv(db, range);
      downloadText(exportFileName(kind), text, kind === 'json' ? 'application/json' : 'text/csv');
      const practice = kind === 'json' ? (includePractice ? ', with your practice attempts' : ', without practice attempts') : '';
      setExportMessage(`Exported ${range.from} to ${range.to} as ${kind.toUpperCase()}${practice}.`);
    } catch (e) {
      setExportMessage(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <section aria-labelledby="mine-title">
      <h2 id="mine-title">Your stats</h2>
      {status?.problem && (
        <p class="banner warning" role="alert" data-status={status.storageFull ? 'storage-full' : 'problem'}>
          {status.problem}
        </p>
      )}
      {status && !status.recording && (
        <p class="banner" role="status">
          Recording is switched off, so nothing new is added. Switch it on under “Your data” below.
        </p>
      )}
      {error && <p class="banner warning" role="alert">Could not read your stats: {error}</p>}
      <div class="actions">
        <button type="button" data-action="export-json" disabled={exportAllowed === false} onClick={() => void doExport('json')}>
          Export JSON (for your team lead)
        </button>
        <label class="switch">
          <input type="checkbox" name="includePractice" checked={includePractice} onChange={(e) => setIncludePractice(e.currentTarget.checked)} /> Include my practice
          attempts (scores only) in the JSON
        </label>
        <button type="button" data-action="export-csv" disabled={exportAllowed === false} onClick={() => void doExport('csv')}>
          Export CSV (spreadsheet)
        </button>
        {exportAllowed === false && <span class="hint" data-locked="export">🔒 Set by your organisation: {EXPORT_DISABLED_MESSAGE}</span>}
        <span role="status" class="hint">{exportMessage}</span>
      </div>
      {data ? <StatsView data={data} empty={<EmptyState />} /> : <p aria-busy="true">Loading…</p>}
    </section>
  );
}
