/**
 * Shapes the per-day aggregates into what the dashboard draws: pure functions over rows, so the same
 * code serves the agent's own view and the team view (one agent or all of them summed). Counters
 * come from lib/stats/counters.ts; tone is on the sidebar's 0–100 scale.
 */
import { addCounts, DAILY_COUNTERS, zeroCounts, type DailyCounterId, type DailyCounts } from './counters';
import { daysBetween, type Day } from './day';
import type { DraftKind } from '../engine/types';
import type { DailyRow, ToneRow } from './schema';

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

function countsIn<K>(map: Map<K, DailyCounts>, key: K): DailyCounts {
  let c = map.get(key);
  if (!c) map.set(key, (c = zeroCounts<DailyCounterId>(DAILY_COUNTERS)));
  return c;
}

/** Summarises rows (already limited to the agent or team) over [from, to]. */
export function summarise(daily: readonly DailyRow[], tone: readonly ToneRow[], from: Day, to: Day): DashboardData {
  const days = daysBetween(from, to);
  const dayIndex = new Map(days.map((day, i) => [day, i]));
  const perCategory = new Map<string, DailyCounts>();
  const perSite = new Map<string, DailyCounts>();
  const perKind = new Map<DraftKind, DailyCounts>();
  const shownPerCategoryPerDay: Record<string, number[]> = {};
  const totals = zeroCounts<DailyCounterId>(DAILY_COUNTERS);
  let inRange = 0;
  for (const r of daily) {
    const i = dayIndex.get(r.day);
    if (i === undefined) continue;
    inRange++;
    addCounts(countsIn(perCategory, r.category), r, DAILY_COUNTERS);
    addCounts(countsIn(perSite, r.site), r, DAILY_COUNTERS);
    addCounts(countsIn(perKind, r.kind), r, DAILY_COUNTERS);
    addCounts(totals, r, DAILY_COUNTERS);
    const series = (shownPerCategoryPerDay[r.category] ??= days.map(() => 0));
    series[i] = (series[i] ?? 0) + r.shown;
  }

  const toneByDay = days.map(() => new ToneTally());
  const toneByKind = new Map<DraftKind, ToneTally>([['reply', new ToneTally()], ['internal-note', new ToneTally()]]);
  const toneTotal = new ToneTally();
  for (const r of tone) {
    const i = dayIndex.get(r.day);
    if (i === undefined) continue;
    inRange++;
    toneByDay[i]!.add(r);
    toneByKind.get(r.kind)?.add(r);
    toneTotal.add(r);
  }

  const byKind = (['reply', 'internal-note'] as const).map((kind) => {
    const t = toneByKind.get(kind)!;
    return { ...rateRow(kind === 'reply' ? 'Replies' : 'Internal notes', countsIn(perKind, kind)), kind, drafts: t.drafts, averageTone: t.average };
  });
  const sortByShown = (a: RateRow, b: RateRow) => b.shown - a.shown || a.label.localeCompare(b.label);
  const categories = [...perCategory.keys()].sort();
  return {
    from,
    to,
    days,
    categories,
    shownPerCategoryPerDay: Object.fromEntries(categories.map((c) => [c, shownPerCategoryPerDay[c] ?? days.map(() => 0)])),
    byCategory: [...perCategory].map(([k, c]) => rateRow(k, c)).sort(sortByShown),
    bySite: [...perSite].map(([k, c]) => rateRow(k, c)).sort(sortByShown),
    byKind,
    tone: days.map((day, i) => ({ day, drafts: toneByDay[i]!.drafts, average: toneByDay[i]!.average })),
    totals: { ...rateRow('All', totals), drafts: toneTotal.drafts, averageTone: toneTotal.average },
    isEmpty: inRange === 0,
  };
}
