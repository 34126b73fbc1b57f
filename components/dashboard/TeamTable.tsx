/**
 * The team side by side: one row per agent, totals and per category (shown / resolved / ignored),
 * tone and its trend. Every column header sorts (aria-sort says how); the CSV is the table as
 * sorted. Names follow the anonymise switch, as everywhere in the team view.
 */
import { useMemo, useState } from 'preact/hooks';
import { categoryLabel } from '../../lib/rule-texts';
import { sortTeamRows, teamTableCsv, type TeamMetric, type TeamSortKey, type TeamTable as Table } from '../../lib/stats';
import { t, type MessageKey } from '../../lib/i18n';
import { toneText } from './tone';

const pct = (part: number, whole: number) => (whole > 0 ? `${Math.round((part / whole) * 100)}%` : '—');
const trend = (change: number | null) => (change === null ? '—' : change === 0 ? '±0' : `${change > 0 ? '+' : '−'}${Math.abs(Math.round(change))}`);

const METRICS: { id: TeamMetric; label: MessageKey }[] = [
  { id: 'shown', label: 'table_metric_shown' },
  { id: 'resolved', label: 'table_metric_resolved' },
  { id: 'ignored', label: 'table_metric_ignored' },
];

interface Props {
  table: Table;
  selected: string | undefined;
  onSelect: (agentId: string) => void;
  /** A line about each agent for the name's tooltip (their latest export, its signature). */
  notes?: Readonly<Record<string, string>>;
  /** A word shown next to an agent's name, e.g. "unsigned" (the tooltip says why). */
  marks?: Readonly<Record<string, string>>;
  /** Undefined when the organisation turned exports off. */
  onExport?: (csv: string) => void;
}

export function TeamTable({ table, selected, onSelect, notes = {}, marks = {}, onExport }: Props) {
  const [sort, setSort] = useState<{ key: TeamSortKey; direction: 'ascending' | 'descending' }>({ key: 'agent', direction: 'ascending' });
  const [metric, setMetric] = useState<TeamMetric>('shown');
  const rows = useMemo(() => sortTeamRows(table.rows, sort.key, sort.direction, metric), [table, sort, metric]);
  if (table.rows.length === 0) return null;

  const header = (key: TeamSortKey, label: preact.ComponentChildren, title?: string) => {
    const active = sort.key === key;
    const next = active && sort.direction === 'ascending' ? 'descending' : active ? 'ascending' : key === 'agent' ? 'ascending' : 'descending';
    return (
      <th scope="col" aria-sort={active ? sort.direction : 'none'} data-sort-key={key}>
        <button type="button" class="sort" title={title} onClick={() => setSort({ key, direction: next })}>
          {label}
          <span aria-hidden="true">{active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
        </button>
      </th>
    );
  };

  return (
    <div class="team-table" data-team-table>
      <div class="actions">
        <label>
          {t('table_compare')}{' '}
          <select name="teamMetric" value={metric} onChange={(e) => setMetric(e.currentTarget.value as TeamMetric)}>
            {METRICS.map((m) => (
              <option key={m.id} value={m.id}>
                {t(m.label)}
              </option>
            ))}
          </select>
        </label>
        {onExport && (
          <button type="button" data-action="export-team-table" onClick={() => onExport(teamTableCsv(table, rows))}>
            {t('table_export')}
          </button>
        )}
      </div>
      <div class="scroll">
        <table>
          <caption>{t('table_caption', table.rows.length)}</caption>
          <thead>
            <tr>
              {header('agent', t('table_agent'))}
              {header('shown', t('chart_shown'))}
              {header('resolved', t('chart_resolved'), t('table_sort_resolved'))}
              {header('ignored', t('chart_ignored'), t('table_sort_ignored'))}
              {header('tone', t('table_tone'))}
              {header('toneTrend', t('table_trend'))}
              {table.categories.map((c) => header(`category:${c}`, categoryLabel(c), t('table_sort_category', t(METRICS.find((m) => m.id === metric)!.label), categoryLabel(c))))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.agentId} data-agent={r.agentId} aria-selected={r.agentId === selected}>
                <th scope="row">
                  <button type="button" class="link" aria-pressed={r.agentId === selected} title={notes[r.agentId]} onClick={() => onSelect(r.agentId)}>
                    {r.label}
                  </button>
                  {marks[r.agentId] && (
                    <>
                      {' '}
                      <small class="mark" data-signature-mark title={notes[r.agentId]}>
                        {marks[r.agentId]}
                      </small>
                    </>
                  )}
                </th>
                <td data-cell="shown">{r.shown}</td>
                <td data-cell="resolved">
                  {r.resolved} <small>({pct(r.resolved, r.shown)})</small>
                </td>
                <td data-cell="ignored">
                  {r.ignored} <small>({pct(r.ignored, r.shown)})</small>
                </td>
                <td data-cell="tone" title={toneText(r.tone)}>
                  {r.tone === null ? '—' : Math.round(r.tone)}
                </td>
                <td data-cell="toneTrend">{trend(r.toneTrend)}</td>
                {table.categories.map((c) => {
                  const v = r.byCategory[c];
                  return (
                    <td key={c} data-cell={`category:${c}`}>
                      {v ? `${v.shown} / ${v.resolved} / ${v.ignored}` : '—'}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
