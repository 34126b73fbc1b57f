/**
 * Exports of the agent's own stats, built from the per-day aggregates only (raw events and drafts
 * never leave the database): JSON in the documented, versioned format for a team lead to import,
 * signed with the agent's key (./signing.ts), and CSV for a spreadsheet. Practice attempts go in
 * only when the agent asks for them; host names go in as pseudonyms unless the agent turned that
 * off (./site-pseudonyms.ts).
 */
import { addCounts, anyCount, DAILY_COUNTERS, TONE_COUNTERS } from './counters';
import { toCsv } from './csv';
import { dayOf, retentionStart, type Day } from './day';
import { EXPORT_FORMAT, EXPORT_SCHEMA_VERSION, type StatsExport } from './export-schema';
import { practiceExportSection } from './practice-section';
import { loadTeamMembers, loadTeamRows } from './query';
import type { DailyRow, StatsDb, ToneRow } from './schema';
import { getAgentIdentity, getStatsSettings } from './settings';
import { signExport } from './signing';
import { sitePseudonymiser } from './site-pseudonyms';

export interface ExportOptions {
  /** First day exported; defaults to the start of the retention window. */
  from?: Day;
  /** Last day exported; defaults to today. */
  to?: Day;
  now?: number;
  /** Add the practice section (JSON only): the agent's choice, off unless asked for. */
  includePractice?: boolean;
}

async function resolveRange(db: StatsDb, options: ExportOptions): Promise<{ from: Day; to: Day; pseudonymousSites: boolean }> {
  const today = dayOf(options.now ?? Date.now());
  const { retentionDays, pseudonymousSites } = await getStatsSettings(db);
  const from = options.from ?? retentionStart(today, retentionDays);
  const to = options.to ?? today;
  if (from > to) throw new RangeError(`The export range starts (${from}) after it ends (${to}).`);
  return { from, to, pseudonymousSites };
}

/**
 * The rows with host names replaced by their pseudonyms (when the agent keeps that on). Rows that
 * end up with the same key — two hosts whose pseudonyms collide, one in four billion — are added up,
 * so an export never repeats a row.
 */
async function withSiteNames<R extends { site: string }>(db: StatsDb, pseudonymous: boolean, rows: R[], keyOf: (r: R) => string, add: (into: R, from: R) => void): Promise<R[]> {
  if (!pseudonymous) return rows;
  const names = await (await sitePseudonymiser(db))(rows.map((r) => r.site));
  const merged = new Map<string, R>();
  for (const row of rows) {
    const renamed = { ...row, site: names.get(row.site)! };
    const key = keyOf(renamed);
    const seen = merged.get(key);
    if (seen) add(seen, renamed);
    else merged.set(key, renamed);
  }
  return [...merged.values()];
}

const dailyKey = (r: DailyRow) => JSON.stringify([r.day, r.category, r.site, r.kind]);
const toneKey = (r: ToneRow) => JSON.stringify([r.day, r.site, r.kind]);
const addDaily = (into: DailyRow, from: DailyRow) => addCounts(into, from, DAILY_COUNTERS);
const addTone = (into: ToneRow, from: ToneRow) => {
  addCounts(into, from, TONE_COUNTERS);
  into.buckets = into.buckets.map((n, i) => n + (from.buckets[i] ?? 0));
};

const byDailyKey = (a: DailyRow, b: DailyRow) =>
  a.day.localeCompare(b.day) || a.category.localeCompare(b.category) || a.site.localeCompare(b.site) || a.kind.localeCompare(b.kind);
const byToneKey = (a: ToneRow, b: ToneRow) => a.day.localeCompare(b.day) || a.site.localeCompare(b.site) || a.kind.localeCompare(b.kind);

const pick = (row: object, keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, (row as Record<string, unknown>)[k]]));
const DAILY_FIELDS = ['day', 'category', 'site', 'kind', ...DAILY_COUNTERS.map((c) => c.id)];
const TONE_FIELDS = ['day', 'site', 'kind', ...TONE_COUNTERS.map((c) => c.id)];

/**
 * The agent's stats as an export object of the current schema version (see docs/export-schema.md),
 * signed: the object a JSON export file holds.
 */
export async function buildExport(db: StatsDb, options: ExportOptions = {}): Promise<StatsExport> {
  const { pseudonymousSites, ...range } = await resolveRange(db, options);
  const agent = await getAgentIdentity(db);
  const [storedDaily, storedTone] = await db.transaction('r', [db.daily, db.tone], () =>
    Promise.all([
      db.daily.where('day').between(range.from, range.to, true, true).toArray(),
      db.tone.where('day').between(range.from, range.to, true, true).toArray(),
    ]),
  );
  const daily = await withSiteNames(db, pseudonymousSites, storedDaily, dailyKey, addDaily);
  const tone = await withSiteNames(db, pseudonymousSites, storedTone, toneKey, addTone);
  const practice = options.includePractice ? await practiceExportSection()?.collect(range) : undefined;
  return signExport(db, {
    format: EXPORT_FORMAT,
    schemaVersion: EXPORT_SCHEMA_VERSION,
    exportedAt: new Date(options.now ?? Date.now()).toISOString(),
    agent: { id: agent.id, displayName: agent.displayName },
    range,
    // Rows with nothing in them carry no information; leave them out.
    daily: daily
      .filter((r) => anyCount(r, DAILY_COUNTERS))
      .sort(byDailyKey)
      .map((r) => pick(r, DAILY_FIELDS) as StatsExport['daily'][number]),
    tone: tone
      .filter((r) => anyCount(r, TONE_COUNTERS))
      .sort(byToneKey)
      .map((r) => ({ ...pick(r, TONE_FIELDS), buckets: [...r.buckets] }) as StatsExport['tone'][number]),
    ...(practice !== undefined ? { practice } : {}),
  });
}

/** The JSON export as text (pretty-printed: people do open these). */
export async function exportJson(db: StatsDb, options: ExportOptions = {}): Promise<string> {
  return `${JSON.stringify(await buildExport(db, options), null, 2)}\n`;
}

const RATE_COUNTERS = DAILY_COUNTERS.filter((c) => c.rateCsv);

export const CSV_COLUMNS = [
  'day',
  'category',
  'site',
  ...DAILY_COUNTERS.map((c) => c.csv),
  ...RATE_COUNTERS.map((c) => c.rateCsv!),
  'shown_in_replies',
  'shown_in_internal_notes',
] as const;

interface CsvSource extends DailyRow {
  agent?: string;
}

function csvRows(rows: readonly CsvSource[]) {
  // One row per (agent ×) day × category × site: reply and internal-note counts are summed, with the
  // split of what was shown kept in two columns.
  const merged = new Map<string, Record<string, string | number>>();
  for (const r of [...rows].sort(byDailyKey)) {
    const key = JSON.stringify([r.agent ?? '', r.day, r.category, r.site]);
    let row = merged.get(key);
    if (!row) {
      row = { ...(r.agent !== undefined ? { agent: r.agent } : {}), day: r.day, category: r.category, site: r.site, shown_in_replies: 0, shown_in_internal_notes: 0 };
      for (const c of DAILY_COUNTERS) row[c.csv] = 0;
      merged.set(key, row);
    }
    for (const c of DAILY_COUNTERS) row[c.csv] = (row[c.csv] as number) + (r[c.id as keyof DailyRow] as number);
    const split = r.kind === 'reply' ? 'shown_in_replies' : 'shown_in_internal_notes';
    row[split] = (row[split] as number) + r.shown;
  }
  for (const row of merged.values()) {
    const shown = row.shown as number;
    // A plain decimal fraction (0–1, 3 places) that every spreadsheet reads as a number.
    for (const c of RATE_COUNTERS) row[c.rateCsv!] = shown > 0 ? Math.round(((row[c.csv] as number) / shown) * 1000) / 1000 : '';
  }
  return [...merged.values()];
}


/** The agent's stats as CSV: one row per day × category × site. */
export async function exportCsv(db: StatsDb, options: ExportOptions = {}): Promise<string> {
  const range = await resolveRange(db, options);
  const stored = await db.daily.where('day').between(range.from, range.to, true, true).toArray();
  const rows = await withSiteNames(db, range.pseudonymousSites, stored, dailyKey, addDaily);
  return toCsv(csvRows(rows.filter((r) => anyCount(r, DAILY_COUNTERS))), CSV_COLUMNS);
}

/** Suggested file name for a download, e.g. `rapport-stats-2025-03-14.json`. */
export function exportFileName(extension: 'json' | 'csv', now: number = Date.now(), scope: 'my' | 'team' = 'my'): string {
  return `rapport-${scope === 'team' ? 'team-' : ''}stats-${dayOf(now)}.${extension}`;
}

/** The imported team's stats as CSV, with an `agent` column (labels follow the anonymise option). */
export async function exportTeamCsv(db: StatsDb, options: { from: Day; to: Day; anonymise: boolean }): Promise<string> {
  const members = new Map((await loadTeamMembers(db, options.anonymise)).map((m) => [m.agentId, m.label]));
  const { daily: rows } = await loadTeamRows(db, options.from, options.to);
  return toCsv(
    csvRows(rows.map((r) => ({ ...r, agent: members.get(r.agentId) ?? r.agentId }))),
    ['agent', ...CSV_COLUMNS],
  );
}
