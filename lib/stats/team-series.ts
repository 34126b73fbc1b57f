/**
 * An imported agent's stats as one compact row: the daily and tone rows in columns of typed arrays
 * (days, categories and sites as indexes into small lists). A team of 1,000 agents with a year each
 * is 1,000 rows that IndexedDB copies in bulk, where a row per day × category × site × kind would
 * be millions of objects for the browser to read one by one.
 *
 * Each row names the counters its columns hold, in order, so a counter added later decodes as its
 * backfill (lib/stats/counters.ts) from rows written before it.
 */
import { DAILY_COUNTERS, TONE_BANDS, TONE_COUNTERS, withBackfill, type DailyCounts, type ToneCounts } from './counters';
import type { Day } from './day';
import { DRAFT_KINDS, type DraftKind } from '../engine/types';

export interface DailyCells extends DailyCounts {
  day: Day;
  category: string;
  site: string;
  kind: DraftKind;
}

export interface ToneCells extends ToneCounts {
  day: Day;
  site: string;
  kind: DraftKind;
  /** Drafts per 20-point tone band, lowest first (length TONE_BANDS). */
  buckets: number[];
}

interface Columns {
  day: Uint16Array;
  site: Uint16Array;
  kind: Uint8Array;
  /** Row-major: one entry per counter (and, for tone, per band after them). */
  counts: Uint32Array;
}

export interface TeamSeriesRow {
  agentId: string;
  /** Days held, ascending; `dayExportedAt[i]` is the export day `days[i]` came from. */
  days: Day[];
  dayExportedAt: string[];
  categories: string[];
  sites: string[];
  dailyCounters: string[];
  toneCounters: string[];
  daily: Columns & { category: Uint16Array };
  tone: Columns;
}


function indexer(): { of(value: string): number; values: string[] } {
  const at = new Map<string, number>();
  const values: string[] = [];
  return {
    values,
    of(value) {
      let i = at.get(value);
      if (i === undefined) {
        i = values.length;
        values.push(value);
        at.set(value, i);
      }
      return i;
    },
  };
}

/** Encodes an agent's rows; `exportedAt` says which export each day came from. */
export function encodeSeries(agentId: string, daily: readonly DailyCells[], tone: readonly ToneCells[], exportedAt: ReadonlyMap<Day, string>): TeamSeriesRow {
  const days = [...exportedAt.keys()].sort();
  const dayIndex = new Map(days.map((d, i) => [d, i]));
  const categories = indexer();
  const sites = indexer();
  const dayOf = (d: Day) => {
    const i = dayIndex.get(d);
    if (i === undefined) throw new Error(`encodeSeries: ${d} has no export`);
    return i;
  };
  const dc = DAILY_COUNTERS.length;
  const d: TeamSeriesRow['daily'] = {
    day: new Uint16Array(daily.length),
    category: new Uint16Array(daily.length),
    site: new Uint16Array(daily.length),
    kind: new Uint8Array(daily.length),
    counts: new Uint32Array(daily.length * dc),
  };
  daily.forEach((r, i) => {
    d.day[i] = dayOf(r.day);
    d.category[i] = categories.of(r.category);
    d.site[i] = sites.of(r.site);
    d.kind[i] = DRAFT_KINDS.indexOf(r.kind);
    DAILY_COUNTERS.forEach((c, k) => (d.counts[i * dc + k] = r[c.id as keyof DailyCounts]));
  });
  const tc = TONE_COUNTERS.length + TONE_BANDS;
  const t: Columns = { day: new Uint16Array(tone.length), site: new Uint16Array(tone.length), kind: new Uint8Array(tone.length), counts: new Uint32Array(tone.length * tc) };
  tone.forEach((r, i) => {
    t.day[i] = dayOf(r.day);
    t.site[i] = sites.of(r.site);
    t.kind[i] = DRAFT_KINDS.indexOf(r.kind);
    TONE_COUNTERS.forEach((c, k) => (t.counts[i * tc + k] = r[c.id as keyof ToneCounts]));
    for (let b = 0; b < TONE_BANDS; b++) t.counts[i * tc + TONE_COUNTERS.length + b] = r.buckets[b] ?? 0;
  });
  return {
    agentId,
    days,
    dayExportedAt: days.map((day) => exportedAt.get(day)!),
    categories: categories.values,
    sites: sites.values,
    dailyCounters: DAILY_COUNTERS.map((c) => c.id),
    toneCounters: TONE_COUNTERS.map((c) => c.id),
    daily: d,
    tone: t,
  };
}

export interface DecodedSeries {
  daily: DailyCells[];
  tone: ToneCells[];
  exportedAt: Map<Day, string>;
}

/** The rows of a series within [from, to] (all of them when no range is given). */
export function decodeSeries(row: TeamSeriesRow, from: Day = '0000-00-00', to: Day = '9999-99-99'): DecodedSeries {
  const inRange = row.days.map((day) => day >= from && day <= to);
  const exportedAt = new Map<Day, string>();
  row.days.forEach((day, i) => inRange[i] && exportedAt.set(day, row.dayExportedAt[i]!));
  const daily: DailyCells[] = [];
  const dc = row.dailyCounters.length;
  for (let i = 0; i < row.daily.day.length; i++) {
    const day = row.daily.day[i]!;
    if (!inRange[day]) continue;
    const cells: Record<string, unknown> = {
      day: row.days[day],
      category: row.categories[row.daily.category[i]!],
      site: row.sites[row.daily.site[i]!],
      kind: DRAFT_KINDS[row.daily.kind[i]!],
    };
    for (let k = 0; k < dc; k++) cells[row.dailyCounters[k]!] = row.daily.counts[i * dc + k];
    daily.push(withBackfill(cells, DAILY_COUNTERS) as unknown as DailyCells);
  }
  const tone: ToneCells[] = [];
  const tc = row.toneCounters.length;
  const width = tc + TONE_BANDS;
  for (let i = 0; i < row.tone.day.length; i++) {
    const day = row.tone.day[i]!;
    if (!inRange[day]) continue;
    const cells: Record<string, unknown> = { day: row.days[day], site: row.sites[row.tone.site[i]!], kind: DRAFT_KINDS[row.tone.kind[i]!] };
    for (let k = 0; k < tc; k++) cells[row.toneCounters[k]!] = row.tone.counts[i * width + k];
    cells.buckets = Array.from(row.tone.counts.subarray(i * width + tc, i * width + width));
    tone.push(withBackfill(cells, TONE_COUNTERS) as unknown as ToneCells);
  }
  return { daily, tone, exportedAt };
}
