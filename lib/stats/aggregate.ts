/**
 * Shapes the per-day aggregates into what the dashboard draws: pure functions over stored series
 * (./team-series.ts), so the same code serves the agent's own view (their rows as one series) and
 * the team view (one agent or all of them summed), read straight from the typed columns. Counters
 * come from lib/stats/counters.ts; tone is on the sidebar's 0–100 scale.
 */
import { counterOfOutcome, DAILY_COUNTERS, PROMISE_OUTCOMES, TONE_COUNTERS, zeroCounts, type DailyCounterId, type DailyCounts, type PromiseOutcome } from './counters';
import { daysBetween, type Day } from './day';
import { DRAFT_KINDS, type DraftKind } from '../engine/types';
import type { DailyRow, ToneRow } from './schema';
import { counterIndex, seriesReader } from './series-reader';
import { encodeSeries, type TeamSeriesRow } from './team-series';

export interface RateRow extends DailyCounts {
  label: string;
  /** Each counter as a share of `shown`, or null when nothing was shown. */
  rate: Record<DailyCounterId, number | null>;
  /** Ignored once + rule ignored. */
  ignored: number;
  ignoredRate: number | null;
}

export interface ToneDay {
  day: Day;
  drafts: number;
  /** Mean tone score (0–100) of scored drafts, or null when none was scored. */
  average: number | null;
}

export interface DashboardData {
  from: Day;
  to: Day;
  days: Day[];
  categories: string[];
  /** Suggestions shown per category, one number per day in `days`. */
  shownPerCategoryPerDay: Record<string, number[]>;
  byCategory: RateRow[];
  bySite: RateRow[];
  byKind: (RateRow & { kind: DraftKind; drafts: number; averageTone: number | null })[];
  tone: ToneDay[];
  totals: RateRow & { drafts: number; averageTone: number | null };
  /** The follow-through's counts: promises made, kept on time, late and dropped (lib/followup). */
  promises: Record<PromiseOutcome, number>;
  isEmpty: boolean;
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

export function rateRow(label: string, c: DailyCounts): RateRow {
  const rate = Object.fromEntries(DAILY_COUNTERS.map((k) => [k.id, share(c[k.id as DailyCounterId], c.shown)])) as RateRow['rate'];
  const ignored = c.ignoredOnce + c.ruleIgnored;
  return { ...c, label, rate, ignored, ignoredRate: share(ignored, c.shown) };
}

/** Drafts, scored drafts and their score sum, for a mean on the 0–100 scale. */
export class ToneTally {
  drafts = 0;
  scored = 0;
  sum = 0;
  add(r: Pick<ToneRow, 'drafts' | 'unscored' | 'scoreSum'>): void {
    this.drafts += r.drafts;
    this.scored += r.drafts - r.unscored;
    this.sum += r.scoreSum;
  }
  get average(): number | null {
    return this.scored > 0 ? this.sum / this.scored : null;
  }
}

const SHOWN = counterIndex(DAILY_COUNTERS, 'shown');
const [DRAFTS, UNSCORED, SCORE_SUM] = (['drafts', 'unscored', 'scoreSum'] as const).map((id) => counterIndex(TONE_COUNTERS, id)) as [number, number, number];
const OUTCOME_COLUMNS = PROMISE_OUTCOMES.map((outcome) => [outcome, counterIndex(TONE_COUNTERS, counterOfOutcome(outcome)!)] as const);

/** Sums of every daily counter per key, in typed arrays (one slot of DAILY_COUNTERS.length per key). */
class Sums {
  private readonly slots = new Map<string, number>();
  private values = new Float64Array(DAILY_COUNTERS.length * 16);
  slot(key: string): number {
    let s = this.slots.get(key);
    if (s === undefined) {
      s = this.slots.size;
      this.slots.set(key, s);
      if ((s + 1) * DAILY_COUNTERS.length > this.values.length) {
        const grown = new Float64Array(this.values.length * 2);
        grown.set(this.values);
        this.values = grown;
      }
    }
    return s;
  }
  add(slot: number, k: number, v: number): void {
    this.values[slot * DAILY_COUNTERS.length + k]! += v;
  }
  /** Each key with its counts as a row object. */
  entries(): [string, DailyCounts][] {
    return [...this.slots].map(([key, slot]) => {
      const counts = zeroCounts<DailyCounterId>(DAILY_COUNTERS);
      DAILY_COUNTERS.forEach((c, k) => (counts[c.id as DailyCounterId] = this.values[slot * DAILY_COUNTERS.length + k]!));
      return [key, counts];
    });
  }
}

/** Summarises stored series (the team, one agent, or the agent's own rows as one series) over [from, to]. */
export function summariseSeries(series: readonly TeamSeriesRow[], from: Day, to: Day): DashboardData {
  const days = daysBetween(from, to);
  const rangeIndex = new Map(days.map((day, i) => [day, i]));
  const perCategory = new Sums();
  const perSite = new Sums();
  const perKind = new Sums();
  for (const kind of DRAFT_KINDS) perKind.slot(kind);
  const total = new Sums();
  total.slot('All');
  const shownPerDay = new Map<string, Float64Array>();
  const toneByDay = days.map(() => new ToneTally());
  const toneByKind = DRAFT_KINDS.map(() => new ToneTally());
  const toneTotal = new ToneTally();
  const promises = Object.fromEntries(PROMISE_OUTCOMES.map((o) => [o, 0])) as Record<PromiseOutcome, number>;
  let inRange = 0;
  for (const s of series) {
    const read = seriesReader(s, rangeIndex);
    const categorySlot = new Int32Array(s.categories.length).fill(-1);
    const siteSlot = new Int32Array(s.sites.length).fill(-1);
    for (let i = 0; i < s.daily.day.length; i++) {
      const d = read.dayIndex[s.daily.day[i]!]!;
      if (d < 0) continue;
      inRange++;
      const ci = s.daily.category[i]!;
      const si = s.daily.site[i]!;
      if (categorySlot[ci]! < 0) categorySlot[ci] = perCategory.slot(s.categories[ci]!);
      if (siteSlot[si]! < 0) siteSlot[si] = perSite.slot(s.sites[si]!);
      const c = categorySlot[ci]!;
      const site = siteSlot[si]!;
      const kind = s.daily.kind[i]!;
      for (let k = 0; k < DAILY_COUNTERS.length; k++) {
        const v = read.daily(i, k);
        if (v === 0) continue;
        perCategory.add(c, k, v);
        perSite.add(site, k, v);
        perKind.add(kind, k, v);
        total.add(0, k, v);
      }
      const category = s.categories[ci]!;
      let shown = shownPerDay.get(category);
      if (!shown) shownPerDay.set(category, (shown = new Float64Array(days.length)));
      shown[d]! += read.daily(i, SHOWN);
    }
    for (let i = 0; i < s.tone.day.length; i++) {
      const d = read.dayIndex[s.tone.day[i]!]!;
      if (d < 0) continue;
      inRange++;
      const row = { drafts: read.tone(i, DRAFTS), unscored: read.tone(i, UNSCORED), scoreSum: read.tone(i, SCORE_SUM) };
      toneByDay[d]!.add(row);
      toneByKind[s.tone.kind[i]!]?.add(row);
      toneTotal.add(row);
      for (const [outcome, k] of OUTCOME_COLUMNS) promises[outcome] += read.tone(i, k);
    }
  }

  const kindCounts = new Map(perKind.entries());
  const byKind = DRAFT_KINDS.map((kind, k) => ({
    ...rateRow(kind === 'reply' ? 'Replies' : 'Internal notes', kindCounts.get(kind)!),
    kind,
    drafts: toneByKind[k]!.drafts,
    averageTone: toneByKind[k]!.average,
  }));
  const sortByShown = (a: RateRow, b: RateRow) => b.shown - a.shown || a.label.localeCompare(b.label);
  const byCategory = perCategory.entries().map(([k, c]) => rateRow(k, c));
  const categories = byCategory.map((r) => r.label).sort();
  return {
    from,
    to,
    days,
    categories,
    shownPerCategoryPerDay: Object.fromEntries(categories.map((c) => [c, Array.from(shownPerDay.get(c) ?? new Float64Array(days.length))])),
    byCategory: byCategory.sort(sortByShown),
    bySite: perSite.entries().map(([k, c]) => rateRow(k, c)).sort(sortByShown),
    byKind,
    tone: days.map((day, i) => ({ day, drafts: toneByDay[i]!.drafts, average: toneByDay[i]!.average })),
    totals: { ...rateRow('All', total.entries()[0]![1]), drafts: toneTotal.drafts, averageTone: toneTotal.average },
    promises,
    isEmpty: inRange === 0,
  };
}

/** Rows as one series (the agent's own rows, or rows a test built), for summariseSeries. */
export function asSeries(daily: readonly DailyRow[], tone: readonly ToneRow[]): TeamSeriesRow {
  const days = new Map<Day, string>();
  for (const r of [...daily, ...tone]) days.set(r.day, '');
  return encodeSeries('rows', daily, tone, days);
}

/** Summarises rows (already limited to the agent or team) over [from, to]. */
export function summarise(daily: readonly DailyRow[], tone: readonly ToneRow[], from: Day, to: Day): DashboardData {
  return summariseSeries([asSeries(daily, tone)], from, to);
}
