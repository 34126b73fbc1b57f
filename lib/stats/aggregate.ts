/**
 * Shapes the per-day aggregates into what the dashboard draws: pure functions over rows, so the same
 * code serves the agent's own view and the team view (one agent or all of them summed).
 */
import { daysBetween, type Day } from './day';
import type { DraftKind } from '../engine/types';
import type { DailyRow, ToneRow } from './schema';

export interface ActionCounts {
  shown: number;
  applied: number;
  ignoredOnce: number;
  ruleIgnored: number;
}

export interface RateRow extends ActionCounts {
  label: string;
  /** applied / shown, or null when nothing was shown. */
  appliedRate: number | null;
  /** (ignored once + rule ignored) / shown, or null when nothing was shown. */
  ignoredRate: number | null;
}

export interface ToneDay {
  day: Day;
  drafts: number;
  /** Mean tone bucket (0 = cold … 4 = very warm) of scored drafts, or null when none was scored. */
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
  totals: ActionCounts & { found: number; drafts: number; appliedRate: number | null; ignoredRate: number | null; averageTone: number | null };
  isEmpty: boolean;
}

const rate = (part: number, whole: number) => (whole > 0 ? part / whole : null);

function rateRow(label: string, c: ActionCounts): RateRow {
  return { label, ...c, appliedRate: rate(c.applied, c.shown), ignoredRate: rate(c.ignoredOnce + c.ruleIgnored, c.shown) };
}

function addCounts(into: ActionCounts, r: ActionCounts): void {
  into.shown += r.shown;
  into.applied += r.applied;
  into.ignoredOnce += r.ignoredOnce;
  into.ruleIgnored += r.ruleIgnored;
}

const zero = (): ActionCounts => ({ shown: 0, applied: 0, ignoredOnce: 0, ruleIgnored: 0 });

function toneAverage(buckets: readonly number[]): number | null {
  const scored = buckets.reduce((a, b) => a + b, 0);
  return scored > 0 ? buckets.reduce((sum, n, b) => sum + n * b, 0) / scored : null;
}

function sumBuckets(rows: readonly Pick<ToneRow, 'buckets'>[]): number[] {
  const out = [0, 0, 0, 0, 0];
  for (const r of rows) r.buckets.forEach((n, b) => (out[b] = (out[b] ?? 0) + n));
  return out;
}

/** Summarises rows (already limited to the agent or team) over [from, to]. */
export function summarise(daily: readonly DailyRow[], tone: readonly ToneRow[], from: Day, to: Day): DashboardData {
  const inRange = <T extends { day: Day }>(r: T) => r.day >= from && r.day <= to;
  const d = daily.filter(inRange);
  const t = tone.filter(inRange);
  const days = daysBetween(from, to);
  const dayIndex = new Map(days.map((day, i) => [day, i]));

  const perCategory = new Map<string, ActionCounts>();
  const perSite = new Map<string, ActionCounts>();
  const perKind = new Map<DraftKind, ActionCounts>([['reply', zero()], ['internal-note', zero()]]);
  const shownPerCategoryPerDay: Record<string, number[]> = {};
  const totals = { ...zero(), found: 0 };
  for (const r of d) {
    for (const [map, key] of [[perCategory, r.category], [perSite, r.site], [perKind, r.kind]] as const) {
      let c = (map as Map<string, ActionCounts>).get(key);
      if (!c) (map as Map<string, ActionCounts>).set(key, (c = zero()));
      addCounts(c, r);
    }
    addCounts(totals, r);
    totals.found += r.found;
    const series = (shownPerCategoryPerDay[r.category] ??= days.map(() => 0));
    const i = dayIndex.get(r.day);
    if (i !== undefined) series[i] = (series[i] ?? 0) + r.shown;
  }

  const byDay = new Map<Day, ToneRow[]>();
  for (const r of t) byDay.set(r.day, [...(byDay.get(r.day) ?? []), r]);
  const toneDays: ToneDay[] = days.map((day) => {
    const rows = byDay.get(day) ?? [];
    return { day, drafts: rows.reduce((a, r) => a + r.drafts, 0), average: toneAverage(sumBuckets(rows)) };
  });

  const byKind = (['reply', 'internal-note'] as const).map((kind) => {
    const rows = t.filter((r) => r.kind === kind);
    return {
      ...rateRow(kind === 'reply' ? 'Replies' : 'Internal notes', perKind.get(kind) ?? zero()),
      kind,
      drafts: rows.reduce((a, r) => a + r.drafts, 0),
      averageTone: toneAverage(sumBuckets(rows)),
    };
  });

  const sortByShown = (a: RateRow, b: RateRow) => b.shown - a.shown || a.label.localeCompare(b.label);
  const drafts = t.reduce((a, r) => a + r.drafts, 0);
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
    tone: toneDays,
    totals: {
      ...totals,
      drafts,
      appliedRate: rate(totals.applied, totals.shown),
      ignoredRate: rate(totals.ignoredOnce + totals.ruleIgnored, totals.shown),
      averageTone: toneAverage(sumBuckets(t)),
    },
    isEmpty: d.length === 0 && t.length === 0,
  };
}
