/**
 * The stats database (Dexie over IndexedDB, extension origin only: background and extension pages,
 * never a content script). Each schema version is declared by its own function so the migration tests
 * can open a database exactly as an older release left it.
 *
 * Version history
 *   v1  raw events and drafts indexed by timestamp only; daily aggregates per day × category × site ×
 *       kind; tone aggregates per day × site × kind; meta (settings, agent id).
 *   v2  raw events and drafts gain a derived `day` (local calendar day of `at`) with an index, so
 *       retention pruning and date-range queries work on calendar days instead of scanning timestamps;
 *       daily aggregates gain a `site` index (by-site view); team tables for imported exports.
 *   v3  the `resolved` and `scoreSum` counters (lib/stats/counters.ts); drafts keep a 0–100 tone
 *       score instead of a band; events lose the always-empty `tone` and any kept `example` (Rapport
 *       no longer keeps flagged words); imported agents move from a row per day × category × site ×
 *       kind (`teamDaily`, `teamTone`) to one compact row each (`teamSeries`, ./team-series.ts).
 *   v4+ one version per counter added later (its `since.db`): rows written before it get its backfill.
 */
import Dexie, { type Table, type Transaction } from 'dexie';
import { COUNTERS_DB_VERSION, DAILY_COUNTERS, TONE_COUNTERS, withBackfill, type Counter, type DailyCounts, type SuggestionAction, type ToneCounts } from './counters';
import { dayOf, type Day } from './day';
import { encodeSeries, type DailyCells, type TeamSeriesRow, type ToneCells } from './team-series';
import type { DraftKind, Severity } from '../engine/types';

export const STATS_DB_NAME = 'rapport-stats';
export const STATS_DB_VERSION = Math.max(3, COUNTERS_DB_VERSION);

export interface EventRow {
  id?: number;
  /** Epoch ms, stamped by the background when it received the event. */
  at: number;
  day: Day;
  action: SuggestionAction;
  ruleId: string;
  category: string;
  severity: Severity;
  site: string;
  kind: DraftKind;
}

export interface DraftRow {
  draftId: string;
  at: number;
  day: Day;
  site: string;
  kind: DraftKind;
  /** The draft's tone score at its latest check (0–100), null when not scored. */
  toneScore: number | null;
  counts: Record<string, number>;
}

/** Counts per day × category × site × kind (the counters of lib/stats/counters.ts): what the dashboard and exports read. */
export type DailyRow = DailyCells;

/** Checked drafts per day × site × kind: counters, and drafts per tone band. */
export type ToneRow = ToneCells;

export interface MetaRow {
  key: string;
  value: unknown;
}

export interface TeamAgentRow {
  agentId: string;
  displayName: string | null;
  /** ISO time of the newest export imported for this agent. */
  exportedAt: string;
  importedAt: number;
  /** File names imported for this agent, newest last (for the lead's reference). */
  files: string[];
  /** The RFC 7638 thumbprint of the key the agent's files are signed with, pinned by the first signed import; absent while unsigned (lib/stats/team-trust.ts). */
  keyThumbprint?: string;
  /** For a pinned agent, the days still held from unsigned files (sorted); absent when none. */
  unsignedDays?: Day[];
}

export type { TeamSeriesRow };

export type DailyKey = [Day, string, string, DraftKind];
export type ToneKey = [Day, string, DraftKind];

export function declareVersion1(db: Dexie): void {
  db.version(1).stores({
    events: '++id, at',
    drafts: 'draftId, at',
    daily: '[day+category+site+kind], day',
    tone: '[day+site+kind], day',
    meta: 'key',
  });
}

const V2_STORES = {
  events: '++id, at, day',
  drafts: 'draftId, at, day',
  daily: '[day+category+site+kind], day, site',
  tone: '[day+site+kind], day',
  meta: 'key',
  teamAgents: 'agentId',
};

export function declareVersion2(db: Dexie): void {
  db.version(2)
    .stores({ ...V2_STORES, teamDaily: '[agentId+day+category+site+kind], agentId, day', teamTone: '[agentId+day+site+kind], agentId, day' })
    .upgrade(async (tx) => {
      // v1 rows have no `day`: derive it from the timestamp, in the agent's local time as everywhere else.
      for (const name of ['events', 'drafts']) {
        await tx
          .table(name)
          .toCollection()
          .modify((row: { at: number; day?: Day }) => {
            row.day = dayOf(row.at);
          });
      }
    });
}

/** The stores from v3 on. */
const STORES = { ...V2_STORES, teamSeries: 'agentId', teamDaily: null, teamTone: null };

/** Fills in the counters a version added, on the own aggregates. */
async function backfillCounters(tx: Transaction, version: number): Promise<void> {
  const added = (list: readonly Counter[]) => list.filter((c) => c.since.db === version);
  for (const [table, list] of [['daily', added(DAILY_COUNTERS)], ['tone', added(TONE_COUNTERS)]] as const) {
    if (list.length === 0) continue;
    await tx
      .table(table)
      .toCollection()
      .modify((row: Record<string, unknown>) => {
        Object.assign(row, withBackfill(row, list));
      });
  }
}

/** v2 team rows → one series per agent (all of an agent's rows of a day came from one export). */
async function moveTeamRowsToSeries(tx: Transaction): Promise<void> {
  const daily = (await tx.table('teamDaily').toArray()) as (DailyCells & { agentId: string; exportedAt: string })[];
  const tone = (await tx.table('teamTone').toArray()) as (ToneCells & { agentId: string; exportedAt: string })[];
  const agents = new Map<string, { daily: DailyCells[]; tone: ToneCells[]; exportedAt: Map<Day, string> }>();
  const of = (id: string) => agents.get(id) ?? agents.set(id, { daily: [], tone: [], exportedAt: new Map() }).get(id)!;
  for (const { agentId, exportedAt, ...r } of daily) {
    const a = of(agentId);
    a.daily.push(withBackfill(r, DAILY_COUNTERS));
    a.exportedAt.set(r.day, exportedAt);
  }
  for (const { agentId, exportedAt, ...r } of tone) {
    const a = of(agentId);
    a.tone.push(withBackfill(r, TONE_COUNTERS));
    a.exportedAt.set(r.day, exportedAt);
  }
  await tx.table('teamSeries').bulkPut([...agents].map(([id, a]) => encodeSeries(id, a.daily, a.tone, a.exportedAt)));
}

export function declareVersion3(db: Dexie): void {
  db.version(3)
    .stores(STORES)
    .upgrade(async (tx) => {
      await tx
        .table('events')
        .toCollection()
        .modify((row: Record<string, unknown>) => {
          delete row.tone;
          delete row.example;
        });
      await tx
        .table('drafts')
        .toCollection()
        .modify((row: Record<string, unknown>) => {
          // A v2 draft kept only its band (0–4): count it at the band's middle.
          row.toneScore = typeof row.tone === 'number' ? row.tone * 20 + 10 : null;
          delete row.tone;
        });
      await tx
        .table('meta')
        .where('key')
        .equals('settings')
        .modify((row: { value?: Record<string, unknown> }) => {
          if (row.value) delete row.value.keepExamples;
        });
      await backfillCounters(tx, 3);
      await moveTeamRowsToSeries(tx);
    });
}

/** A version per counter added after v3, so its backfill runs once on the rows already kept. */
export function declareCounterVersions(db: Dexie): void {
  for (let version = 4; version <= STATS_DB_VERSION; version++) {
    db.version(version)
      .stores(STORES)
      .upgrade((tx) => backfillCounters(tx, version));
  }
}

export class StatsDb extends Dexie {
  events!: Table<EventRow, number>;
  drafts!: Table<DraftRow, string>;
  daily!: Table<DailyRow, DailyKey>;
  tone!: Table<ToneRow, ToneKey>;
  meta!: Table<MetaRow, string>;
  teamAgents!: Table<TeamAgentRow, string>;
  teamSeries!: Table<TeamSeriesRow, string>;

  constructor(name: string = STATS_DB_NAME) {
    super(name);
    declareVersion1(this);
    declareVersion2(this);
    declareVersion3(this);
    declareCounterVersions(this);
  }

  /** The agent's own tables (what "delete all my data" clears, along with the team tables). */
  get ownTables() {
    return [this.events, this.drafts, this.daily, this.tone];
  }
  get teamTables() {
    return [this.teamAgents, this.teamSeries];
  }
}

let shared: StatsDb | undefined;
/** The one database of this extension context. */
export function statsDb(): StatsDb {
  shared ??= new StatsDb();
  return shared;
}
