/** Team view: import agents' JSON exports, see the team and each agent, anonymise names. */
import { useState } from 'preact/hooks';
import {
  clearTeam,
  exportFileName,
  exportFileTooLarge,
  exportTeamCsv,
  getTeamViewSettings,
  importExports,
  loadTeamMembers,
  loadTeamRows,
  removeTeamAgent,
  setTeamViewSettings,
  statsDb,
  summarise,
  type ImportProblem,
} from '../../lib/stats';
import { EXPORT_DISABLED_MESSAGE, isExportAllowed } from '../../lib/policy/read';
import { readWithinLimits } from '../../lib/picked-files';
import { downloadText, takeFiles } from '../shared/files';
import { EmptyState } from './EmptyState';
import { useLoaded } from './hooks';
import type { Range } from './RangeFilter';
import { StatsView } from './StatsView';

type Outcome = ({ kind: 'ok'; text: string } | { kind: 'error'; problems: ImportProblem[] }) & { seq: number };

export function TeamView({ range, refresh, onChanged }: { range: Range; refresh: number; onChanged: () => void }) {
  const db = statsDb();
  const [selected, setSelected] = useState<string>('team');
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [imports, setImports] = useState(0);
  const [busy, setBusy] = useState(false);
  // Shown at once (a controlled checkbox must not wait for the database), saved right after.
  const [anonymiseNow, setAnonymiseNow] = useState<boolean | undefined>();
  const { value: exportAllowed } = useLoaded(isExportAllowed, []);
  const { value } = useLoaded(async () => {
    const { anonymise } = await getTeamViewSettings(db);
    const members = await loadTeamMembers(db, anonymise);
    const agentId = selected !== 'team' && members.some((m) => m.agentId === selected) ? selected : undefined;
    const rows = await loadTeamRows(db, range.from, range.to, agentId);
    return { anonymise, members, agentId, data: summarise(rows.daily, rows.tone, range.from, range.to) };
  }, [range.from, range.to, refresh, selected]);

  const onFiles = async (list: File[]) => {
    if (!list.length) return;
    const seq = imports + 1;
    setImports(seq);
    setOutcome(undefined);
    setBusy(true);
    try {
      const read = await readWithinLimits(list, (f) => exportFileTooLarge(f.name, f.size));
      if (!read.ok) {
        setOutcome({ seq, kind: 'error', problems: read.problems });
        return;
      }
      const result = await importExports(db, read.files);
      if (result.ok) {
        const agents = new Set(result.files.map((f) => f.agentId)).size;
        setOutcome({
          seq,
          kind: 'ok',
          text: `Imported ${result.files.length} file${result.files.length === 1 ? '' : 's'} from ${agents} agent${agents === 1 ? '' : 's'}.${result.notes.length ? ` ${result.notes.join(' ')}` : ''}`,
        });
      } else {
        setOutcome({ seq, kind: 'error', problems: result.problems });
      }
      onChanged();
    } finally {
      setBusy(false);
    }
  };

  if (!value) return <p aria-busy="true">Loading…</p>;
  const { anonymise, members, agentId, data } = value;
  const current = members.find((m) => m.agentId === agentId);

  return (
    <section aria-labelledby="team-title">
      <h2 id="team-title">Team</h2>
      <div class="actions">
        <label class="file">
          Import agents' JSON exports{' '}
          <input type="file" name="import" accept=".json,application/json" multiple disabled={busy} onChange={(e) => void onFiles(takeFiles(e.currentTarget))} />
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
          Anonymise (hide names)
        </label>
        {members.length > 0 && (
          <button type="button" data-action="export-team-csv" disabled={exportAllowed === false} title={exportAllowed === false ? EXPORT_DISABLED_MESSAGE : undefined} onClick={() => void isExportAllowed().then((allowed) => (allowed ? exportTeamCsv(db, { ...range, anonymise }).then((csv) => downloadText(exportFileName('csv', Date.now(), 'team'), csv, 'text/csv')) : undefined))}>
            Export team CSV
          </button>
        )}
      </div>
      {busy && <p role="status" data-import="busy">Importing…</p>}
      {outcome?.kind === 'ok' && <p class="banner" role="status" data-import="ok" data-import-seq={outcome.seq}>{outcome.text}</p>}
      {outcome?.kind === 'error' && (
        <div class="banner warning" role="alert" data-import="error" data-import-seq={outcome.seq}>
          <p>Nothing was imported — fix or leave out these files and try again:</p>
          <ul>
            {outcome.problems.map((p, i) => (
              <li key={i}>
                <strong>{p.file}</strong>: {p.path === '(file)' ? 'the file' : <code>{p.path}</code>} {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {members.length > 0 && (
        <table class="members">
          <caption>Agents ({members.length})</caption>
          <thead>
            <tr>
              <th scope="col">Agent</th>
              <th scope="col">Latest export</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.agentId} data-agent={m.agentId} aria-selected={m.agentId === agentId}>
                <th scope="row">
                  <button type="button" class="link" aria-pressed={m.agentId === agentId} onClick={() => setSelected(m.agentId)}>
                    {m.label}
                  </button>
                </th>
                <td>{m.exportedAt.slice(0, 16).replace('T', ' ')} UTC</td>
                <td>
                  <button type="button" aria-label={`Remove ${m.label} from the team view`} onClick={() => void removeTeamAgent(db, m.agentId).then(onChanged)}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {members.length > 0 && (
        <p>
          <label>
            Show{' '}
            <select name="agent" value={agentId ?? 'team'} onChange={(e) => setSelected(e.currentTarget.value)}>
              <option value="team">The whole team</option>
              {members.map((m) => (
                <option key={m.agentId} value={m.agentId}>
                  {m.label}
                </option>
              ))}
            </select>
          </label>{' '}
          <button type="button" class="danger" onClick={() => void clearTeam(db).then(onChanged)}>
            Clear the team view
          </button>
        </p>
      )}
      <h3 class="showing" data-showing={agentId ?? 'team'}>{current ? current.label : 'Whole team'}</h3>
      <StatsView data={data} empty={<EmptyState team />} subject={current ? current.label : 'the team'} />
    </section>
  );
}
