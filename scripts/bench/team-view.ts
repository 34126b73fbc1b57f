/**
 * The team view at scale (issue 15): 1,000 agents' exports of 365 days each. Times the import
 * (parse and validate every file, merge into the team tables) and the team view itself (read every
 * agent's stored series, decode the year, summarise the team and build the side-by-side table),
 * on fake-indexeddb in Node.
 *
 *   node --import tsx scripts/bench/team-view.ts [--agents 1000] [--days 365]
 */
import 'fake-indexeddb/auto';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { addDays } from '../../lib/stats/day';
import { buildExportSchema, EXPORT_FORMAT, EXPORT_SCHEMA_VERSION } from '../../lib/stats/export-schema';
import { summariseSeries } from '../../lib/stats/aggregate';
import { importExports } from '../../lib/stats/import';
import { loadTeamMembers, loadTeamSeries } from '../../lib/stats/query';
import { StatsDb } from '../../lib/stats/schema';
import { teamTable } from '../../lib/stats/team-table';

const CATEGORIES = ['help-wording', 'blame', 'condescension', 'dismissive', 'policy-wall', 'deflection', 'venting', 'us-vs-them', 'acknowledgement', 'ownership', 'tone'];

/** A small seeded generator, so every run builds the same team. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** One agent's export: each day a few categories on one desk, replies and notes, with tone. */
export function agentExport(index: number, days: number, lastDay: string): string {
  const next = random(index + 1);
  const int = (n: number) => Math.floor(next() * n);
  const from = addDays(lastDay, -(days - 1));
  const daily: object[] = [];
  const tone: object[] = [];
  for (let d = 0; d < days; d++) {
    const day = addDays(from, d);
    const site = index % 3 === 0 ? 'zendesk' : 'desk.example.com';
    for (const category of CATEGORIES) {
      if (next() > 0.4) continue;
      const shown = 1 + int(6);
      const applied = int(shown + 1) >> 1;
      const resolved = Math.min(shown, applied + int(3));
      daily.push({ day, category, site, kind: next() < 0.8 ? 'reply' : 'internal-note', shown, applied, resolved, ignoredOnce: int(2), ruleIgnored: int(2) >> 1, found: shown });
    }
    for (const kind of ['reply', 'internal-note']) {
      const scores = Array.from({ length: 1 + int(8) }, () => int(101));
      const buckets = [0, 0, 0, 0, 0];
      for (const s of scores) buckets[Math.min(4, Math.floor(s / 20))]! += 1;
      tone.push({ day, site, kind, drafts: scores.length, unscored: 0, scoreSum: scores.reduce((a, b) => a + b, 0), promisesMade: 0, promisesKept: 0, promisesLate: 0, promisesDropped: 0, buckets });
    }
  }
  const id = `agent-${index.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`;
  return JSON.stringify({
    format: EXPORT_FORMAT,
    schemaVersion: EXPORT_SCHEMA_VERSION,
    exportedAt: `${lastDay}T18:00:00.000Z`,
    agent: { id, displayName: `Agent ${index}` },
    range: { from, to: lastDay },
    daily,
    tone,
  });
}

export interface TeamViewFigures {
  agents: number;
  days: number;
  dailyRows: number;
  toneRows: number;
  megabytes: number;
  importMs: number;
  teamViewMs: number;
  /** The team view again, once the page holds the rows (what changing the sort or agent costs). */
  recomputeMs: number;
}

export async function measureTeamView(agents = 1000, days = 365): Promise<TeamViewFigures> {
  const lastDay = '2025-12-30';
  const now = new Date(2025, 11, 31, 12).getTime();
  const files = Array.from({ length: agents }, (_, i) => ({ name: `agent-${i}.json`, text: agentExport(i, days, lastDay) }));
  const megabytes = files.reduce((sum, f) => sum + f.text.length, 0) / 1e6;
  const db = new StatsDb(`bench-team-${Date.now()}`);
  // Warm the schema code on one file outside the timing (zod builds its schema once per import).
  buildExportSchema(lastDay);

  let t0 = performance.now();
  const imported = await importExports(db, files, { now });
  const importMs = performance.now() - t0;
  if (!imported.ok) throw new Error(`bench import failed: ${imported.message.slice(0, 300)}`);

  const from = addDays(lastDay, -(days - 1));
  t0 = performance.now();
  const members = await loadTeamMembers(db, false);
  const series = await loadTeamSeries(db);
  const data = summariseSeries(series, from, lastDay);
  const table = teamTable(series, members, from, lastDay);
  const teamViewMs = performance.now() - t0;
  t0 = performance.now();
  summariseSeries(series, from, lastDay);
  teamTable(series, members, from, lastDay);
  const recomputeMs = performance.now() - t0;
  if (table.rows.length !== agents || data.totals.shown === 0) throw new Error('bench team view came out empty');
  await db.delete();
  const dailyRows = series.reduce((n, s) => n + s.daily.day.length, 0);
  const toneRows = series.reduce((n, s) => n + s.tone.day.length, 0);
  return { agents, days, dailyRows, toneRows, megabytes, importMs, teamViewMs, recomputeMs };
}

export function describeTeamView(f: TeamViewFigures): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  return (
    `team view, ${f.agents.toLocaleString('en')} agents × ${f.days} days (${f.dailyRows.toLocaleString('en')} daily + ${f.toneRows.toLocaleString('en')} tone rows, ` +
    `${f.megabytes.toFixed(0)} MB of exports): import ${s(f.importMs)}; team view ${s(f.teamViewMs)} (read, summarise, side-by-side table); ` +
    `recompute ${s(f.recomputeMs)}`
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { agents: { type: 'string' }, days: { type: 'string' } } });
  const figures = await measureTeamView(Number(values.agents ?? 1000), Number(values.days ?? 365));
  console.log(describeTeamView(figures));
}
