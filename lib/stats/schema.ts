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
 */
import Dexie, { type Table } from 'dexie';
import { dayOf, type Day } from './day';
import type { SuggestionAction, ToneBucket } from './events';
import type { DraftKind, Severity } from '../engine/types';

export const STATS_DB_NAME = 'rapport-stats';
export const STATS_DB_VERSION = 2;

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
  tone: ToneBucket | null;
  /** The flagged span, only when the agent opted in to keeping examples. */
  example?: string;
}

export interface DraftRow {
  draftId: string;
  at: number;
  day: Day;
  site: string;
  kind: DraftKind;
  tone: ToneBucket | null;
  counts: Record<string, number>;
}

/** Counts per day × category × site × kind: everything the dashboard and exports need. */
export interface DailyRow {
  day: Day;
  category: string;
  site: string;
  kind: DraftKind;
  shown: number;
  applied: number;
  ignoredOnce: number;
  ruleIgnored: number;
  /** Findings of this category in checked drafts (latest check of each draft). */
  found: number;
}

/** Checked drafts per day × site × kind with their tone-bucket histogram. */
export interface ToneRow {
  day: Day;
  site: string;
  kind: DraftKind;
  drafts: number;
  /** Drafts per tone bucket, coldest first (length 5). */
  buckets: number[];
  /** Drafts without a tone score. */
  unscored: number;
}

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
}

export interface TeamDailyRow extends DailyRow {
  agentId: string;
  /** The export this row came from; a row is only replaced by one from a newer or equal export. */
  exportedAt: string;
}

export interface TeamToneRow extends ToneRow {
  agentId: string;
  exportedAt: string;
}

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

export function declareVersion2(db: Dexie): void {
  db.version(2)
    .stores({
      events: '++id, at, day',
      drafts: 'draftId, at, day',
      daily: '[day+category+site+kind], day, site',
      tone: '[day+site+kind], day',
      meta: 'key',
      teamAgents: 'agentId',
      teamDaily: '[agentId+day+category+site+kind], agentId, day',
      teamTone: '[agentId+day+site+kind], agentId, day',
    })
    .upgrade(async (tx) => {
      // v1 rows have no `day`: derive it from the timestamp, in the agent's local time as everywhere else.
      await tx
        .table('events')
        .toCollection()
        .modify((row: { at: number; day?: Day }) => {
          row.day = dayOf(row.at);
        });
      await tx
        .table('drafts')
        .toCollection()
        .modify((row: { at: number; day?: Day }) => {
          row.day = dayOf(row.at);
        });
    });
}

export class StatsDb extends Dexie {
  events!: Table<EventRow, number>;
  drafts!: Table<DraftRow, string>;
  daily!: Table<DailyRow, DailyKey>;
  tone!: Table<ToneRow, ToneKey>;
  meta!: Table<MetaRow, string>;
  teamAgents!: Table<TeamAgentRow, string>;
  teamDaily!: Table<TeamDailyRow, [string, ...DailyKey]>;
  teamTone!: Table<TeamToneRow, [string, ...ToneKey]>;

  constructor(name: string = STATS_DB_NAME) {
    super(name);
    declareVersion1(this);
    declareVersion2(this);
  }

  /** The agent's own tables (what "delete all my data" clears, along with the team tables). */
  get ownTables() {
    return [this.events, this.drafts, this.daily, this.tone];
  }
  get teamTables() {
    return [this.teamAgents, this.teamDaily, this.teamTone];
  }
}

let shared: StatsDb | undefined;
/** The one database of this extension context. */
export function statsDb(): StatsDb {
  shared ??= new StatsDb();
  return shared;
}
