/**
 * Reads a series' columns in the order of today's counters, without making an object per row: the
 * dashboard sums a year of a 1,000-agent team straight from the typed arrays. A counter the series
 * was written without reads as its backfill, computed from that row alone.
 */
import { DAILY_COUNTERS, TONE_BANDS, TONE_COUNTERS, withBackfill } from './counters';
import type { Day } from './day';
import type { TeamSeriesRow } from './team-series';

export interface SeriesReader {
  series: TeamSeriesRow;
  /** For each of the series' days, its index in the range asked for, or -1 outside it. */
  dayIndex: Int32Array;
  /** Daily row `i`'s value of DAILY_COUNTERS[k]. */
  daily(i: number, k: number): number;
  /** Tone row `i`'s value of TONE_COUNTERS[k]. */
  tone(i: number, k: number): number;
}

function columnsOf(written: readonly string[], list: readonly { id: string }[]): Int32Array {
  return Int32Array.from(list.map((c) => written.indexOf(c.id)));
}

export function seriesReader(series: TeamSeriesRow, rangeIndex: ReadonlyMap<Day, number>): SeriesReader {
  const dayIndex = Int32Array.from(series.days.map((d) => rangeIndex.get(d) ?? -1));
  const dailyCols = columnsOf(series.dailyCounters, DAILY_COUNTERS);
  const toneCols = columnsOf(series.toneCounters, TONE_COUNTERS);
  const dw = series.dailyCounters.length;
  const tw = series.toneCounters.length + TONE_BANDS;
  const dailyCounts = series.daily.counts;
  const toneCounts = series.tone.counts;

  // Rows of a series written before a counter existed: build that one row to backfill from.
  const backfillDaily = (i: number, k: number): number => {
    const row: Record<string, number> = {};
    series.dailyCounters.forEach((id, c) => (row[id] = dailyCounts[i * dw + c]!));
    return (withBackfill(row, DAILY_COUNTERS) as Record<string, number>)[DAILY_COUNTERS[k]!.id]!;
  };
  const backfillTone = (i: number, k: number): number => {
    const row: Record<string, unknown> = { buckets: Array.from(toneCounts.subarray(i * tw + series.toneCounters.length, (i + 1) * tw)) };
    series.toneCounters.forEach((id, c) => (row[id] = toneCounts[i * tw + c]));
    return (withBackfill(row, TONE_COUNTERS) as Record<string, number>)[TONE_COUNTERS[k]!.id]!;
  };

  return {
    series,
    dayIndex,
    daily: (i, k) => {
      const c = dailyCols[k]!;
      return c >= 0 ? dailyCounts[i * dw + c]! : backfillDaily(i, k);
    },
    tone: (i, k) => {
      const c = toneCols[k]!;
      return c >= 0 ? toneCounts[i * tw + c]! : backfillTone(i, k);
    },
  };
}

/** Index of a counter in its list (throws for a counter that isn't there: a typo in the code). */
export function counterIndex(list: readonly { id: string }[], id: string): number {
  const i = list.findIndex((c) => c.id === id);
  if (i < 0) throw new Error(`no counter ${id}`);
  return i;
}
