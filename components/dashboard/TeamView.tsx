/**
 * Team view: import agents' JSON exports, compare them side by side, see the team or one agent,
 * anonymise names. Removing an agent or clearing the view asks first and can be undone. Each agent
 * is marked signed or unsigned; a file refused for a changed key can replace its agent, after a yes.
 */
import { useMemo, useState } from 'preact/hooks';
import {
  exportFileName,
  exportFileTooLarge,
  exportTeamCsv,
  getTeamViewSettings,
  importExports,
  loadTeamMembers,
  loadTeamSeries,
  removeFromTeam,
  restoreTeam,
  setTeamViewSettings,
  statsDb,
  summariseSeries,
  teamTable,
  type ExportFile,
  type ImportProblem,
  type TeamMember,
  type TeamSnapshot,
} from '../../lib/stats';
import { shortThumbprint } from '../../lib/stats/signing';
import { isExportAllowed } from '../../lib/policy/read';
import { t, tCount } from '../../lib/i18n';
import { readWithinLimits, type ReadResult } from '../../lib/picked-files';
import { downloadText, takeFiles } from '../shared/files';
import { EmptyState } from './EmptyState';
import { useLoaded } from './hooks';
import { ImportOutcome, type Outcome } from './ImportOutcome';
import type { Range } from './RangeFilter';
import { StatsView } from './StatsView';
import { TeamTable } from './TeamTable';

/** A removal waiting for the lead's yes: one agent (with its label), or the whole team. */
type Pending = { agentId: string; label: string } | { agentId?: undefined };

const agents = (n: number) => tCount(n, 'agents_one', 'agents_other');

/** The agent's line for the name's tooltip, and the mark shown when some of their days are unsigned. */
function signatureNote(m: TeamMember): { note: string; mark?: string } {
  const latest = t('team_latest_export', m.exportedAt.slice(0, 16).replace('T', ' '));
  if (!m.keyThumbprint) return { note: t('team_note_unsigned', latest), mark: t('team_mark_unsigned') };
  const key = shortThumbprint(m.keyThumbprint);
  const days = m.unsignedDays?.length ?? 0;
  if (days) return { note: t('team_note_partly_unsigned', latest, key, tCount(days, 'team_earlier_days_one', 'team_earlier_days_other')), mark: t('team_mark_partly_unsigned') };
  return { note: t('team_note_signed', latest, key) };
}

export function TeamView({ range, refresh, onChanged }: { range: Range; refresh: number; onChanged: () => void }) {
  const db = statsDb();
  const [selected, setSelected] = useState<string>('team');
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [imports, setImports] = useState(0);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<Pending | null>(null);
  const [undo, setUndo] = useState<{ snapshot: TeamSnapshot; text: string } | null>(null);
  // Shown at once (a controlled checkbox must not wait for the database), saved right after.
  const [anonymiseNow, setAnonymiseNow] = useState<boolean | undefined>();
  const { value: exportAllowed } = useLoaded(isExportAllowed, []);
  const { value } = useLoaded(async () => {
    const { anonymise } = await getTeamViewSettings(db);
    const members = await loadTeamMembers(db, anonymise);
    const series = await loadTeamSeries(db);
    return { anonymise, members, series };
  }, [range.from, range.to, refresh]);
  const agentId = value && selected !== 'team' && value.members.some((m) => m.agentId === selected) ? selected : undefined;
  const view = useMemo(() => {
    if (!value) return undefined;
    const shown = agentId === undefined ? value.series : value.series.filter((s) => s.agentId === agentId);
    return {
      data: summariseSeries(shown, range.from, range.to),
      table: teamTable(value.series, value.members, range.from, range.to),
    };
  }, [value, agentId, range.from, range.to]);

  // The files of the last refused import, kept (in memory only) for "Replace this agent".
  const [refused, setRefused] = useState<{ files: ExportFile[]; replace: string[] } | null>(null);

  const run = async (read: () => Promise<ReadResult<ImportProblem>>, replace: string[] = []) => {
    const seq = imports + 1;
    setImports(seq);
    setOutcome(undefined);
    setRefused(null);
    setBusy(true);
    try {
      const picked = await read();
      if (!picked.ok) {
        setOutcome({ seq, kind: 'error', problems: picked.problems });
        return;
      }
      const result = await importExports(db, picked.files, { replace });
      if (result.ok) {
        const agentCount = new Set(result.files.map((f) => f.agentId)).size;
        const unsigned = result.files.filter((f) => !f.signed).length;
        const imported = t('team_imported', tCount(result.files.length, 'files_one', 'files_other'), agents(agentCount));
        const unsignedNote = unsigned ? tCount(unsigned, 'team_imported_unsigned_one', 'team_imported_unsigned_other') : '';
        setOutcome({ seq, kind: 'ok', text: [imported, ...(unsignedNote ? [unsignedNote] : []), ...result.notes].join(' ') });
      } else {
        setOutcome({ seq, kind: 'error', problems: result.problems });
        if (result.problems.some((p) => p.replaceAgent)) setRefused({ files: picked.files, replace });
      }
      onChanged();
    } finally {
      setBusy(false);
    }
  };

  const onFiles = (list: File[]) => {
    if (list.length) void run(() => readWithinLimits(list, (f) => exportFileTooLarge(f.name, f.size)));
  };

  const replaceAgent = (agentId: string) => {
    if (!refused) return;
    const { files, replace } = refused;
    void run(async () => ({ ok: true as const, files }), [...replace, agentId]);
  };

  const remove = async (pending: Pending) => {
    setConfirming(null);
    const snapshot = await removeFromTeam(db, pending.agentId === undefined ? undefined : [pending.agentId]);
    const n = snapshot.agents.length;
    setUndo({ snapshot, text: pending.agentId === undefined ? t('team_cleared', agents(n)) : t('team_removed', pending.label) });
    onChanged();
  };

  const restore = async () => {
    if (!undo) return;
    await restoreTeam(db, undo.snapshot);
    setUndo(null);
    onChanged();
  };

  const exportCsv = (make: () => Promise<string> | string, name: string) =>
    void isExportAllowed().then(async (allowed) => allowed && downloadText(name, await make(), 'text/csv'));

  if (!value || !view) return <p aria-busy="true">{t('dash_loading')}</p>;
  const { anonymise, members } = value;
  const current = members.find((m) => m.agentId === agentId);

  return (
    <section aria-labelledby="team-title">
      <h2 id="team-title">{t('dash_team')}</h2>
      <div class="actions">
        <label class="file">
          {t('team_import')}{' '}
          <input type="file" name="import" accept=".json,application/json" multiple disabled={busy} onChange={(e) => onFiles(takeFiles(e.currentTarget))} />
        </label>
        <label class="switch">
          <input
            type="checkbox"
            name="anonymise"
            checked={anonymiseNow ?? anonymise}
            onChange={(e) => {
              const checked = e.currentTarget.checked;
              setAnonymiseNow(checked);
              void setTeamViewSettings(db, { anonymise: checked }).then(onChanged);
            }}
          />
          {t('team_anonymise')}
        </label>
        {members.length > 0 && (
          <button
            type="button"
            data-action="export-team-csv"
            disabled={exportAllowed === false}
            title={t(exportAllowed === false ? 'export_disabled' : 'team_csv_title')}
            onClick={() => exportCsv(() => exportTeamCsv(db, { ...range, anonymise }), exportFileName('csv', Date.now(), 'team'))}
          >
            {t('team_export_csv')}
          </button>
        )}
      </div>
      {busy && <p role="status" data-import="busy">{t('team_importing')}</p>}
      <ImportOutcome outcome={outcome} {...(refused && !busy ? { onReplace: replaceAgent } : {})} />
      {undo && (
        <p class="banner" role="status" data-team-undo>
          {undo.text}{' '}
          <button type="button" data-action="undo-team-remove" onClick={() => void restore()}>
            {t('undo')}
          </button>
        </p>
      )}
      {confirming && (
        <div class="confirm" role="alertdialog" aria-labelledby="confirm-team" data-team-confirm>
          <p id="confirm-team">
            {confirming.agentId === undefined ? t('team_remove_all_question', agents(members.length)) : t('team_remove_question', confirming.label)}
          </p>
          <button type="button" class="danger" data-action="confirm-team-remove" onClick={() => void remove(confirming)}>
            {t(confirming.agentId === undefined ? 'team_clear_confirm' : 'team_remove_confirm')}
          </button>
          <button type="button" data-action="cancel-team-remove" onClick={() => setConfirming(null)}>
            {t('cancel')}
          </button>
        </div>
      )}
      <TeamTable
        table={view.table}
        selected={agentId}
        onSelect={(id) => setSelected(id === agentId ? 'team' : id)}
        notes={Object.fromEntries(members.map((m) => [m.agentId, signatureNote(m).note]))}
        marks={Object.fromEntries(members.flatMap((m) => (signatureNote(m).mark ? [[m.agentId, signatureNote(m).mark!]] : [])))}
        {...(exportAllowed === false ? {} : { onExport: (csv: string) => exportCsv(() => csv, exportFileName('csv', Date.now(), 'team').replace('.csv', '-table.csv')) })}
      />
      {members.length > 0 && (
        <p>
          <label>
            {t('team_show')}{' '}
            <select name="agent" value={agentId ?? 'team'} onChange={(e) => setSelected(e.currentTarget.value)}>
              <option value="team">{t('team_whole')}</option>
              {members.map((m) => (
                <option key={m.agentId} value={m.agentId}>
                  {m.label}
                </option>
              ))}
            </select>
          </label>{' '}
          {current && (
            <button type="button" class="danger" data-action="remove-agent" onClick={() => setConfirming({ agentId: current.agentId, label: current.label })}>
              {t('team_remove_agent', current.label)}
            </button>
          )}{' '}
          <button type="button" class="danger" data-action="clear-team" onClick={() => setConfirming({})}>
            {t('team_clear')}
          </button>
        </p>
      )}
      <h3 class="showing" data-showing={agentId ?? 'team'}>{current ? current.label : t('team_showing_all')}</h3>
      <StatsView data={view.data} empty={<EmptyState team />} subject={current ? current.label : t('team_subject')} />
    </section>
  );
}
