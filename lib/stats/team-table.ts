/**
 * The team side by side: one row per imported agent with, per category, what was shown, resolved
 * and ignored, and their tone over the period and its trend. Pure functions over the series the
 * team view already loaded (read in place, ./series-reader.ts), so sorting and CSV never read the
 * database again.
 */
import { ToneTally } from './aggregate';
import { DAILY_COUNTERS, TONE_COUNTERS } from './counters';
import { toCsv } from './csv';
import { daysBetween, type Day } from './day';
import { counterIndex, seriesReader } from './series-reader';
import type { TeamSeriesRow } from './team-series';

export interface CategoryCells {
  shown: number;
  resolved: number;
  ignored: number;
}

export interface TeamTableRow extends CategoryCells {
  agentId: string;
  label: string;
  byCategory: Record<string, CategoryCells>;
  drafts: number;
  /** Mean tone (0–100) over the period; null without scored drafts. */
  tone: number | null;
  /**
   * Tone in the later half of the period minus the earlier half, in points (positive: warmer);
   * null unless both halves have scored drafts.
   */
  toneTrend: number | null;
}

export interface TeamTable {
  /** Categories with anything shown, busiest first. */
  categories: string[];
  rows: TeamTableRow[];
}

export type TeamMetric = 'shown' | 'resolved' | 'ignored';
/** What a column sorts by: the agent's name, a total, the tone, or one category's metric. */
export type TeamSortKey = 'agent' | TeamMetric | 'tone' | 'toneTrend' | `category:${string}`;

const cells = (): CategoryCells => ({ shown: 0, resolved: 0, ignored: 0 });

const K = Object.fromEntries((['shown', 'resolved', 'ignoredOnce', 'ruleIgnored'] as const).map((id) => [id, counterIndex(DAILY_COUNTERS, id)])) as Record<'shown' | 'resolved' | 'ignoredOnce' | 'ruleIgnored', number>;
const T = Object.fromEntries((['drafts', 'unscored', 'scoreSum'] as const).map((id) => [id, counterIndex(TONE_COUNTERS, id)])) as Record<'drafts' | 'unscored' | 'scoreSum', number>;

/** One row per member (their series over [from, to]; no series: an empty row). */
export function teamTable(series: readonly TeamSeriesRow[], members: readonly { agentId: string; label: string }[], from: Day, to: Day): TeamTable {
  const days = daysBetween(from, to);
  const rangeIndex = new Map(days.map((d, i) => [d, i]));
  const laterHalf = Math.floor(days.length / 2);
  const byAgent = new Map(series.map((s) => [s.agentId, s]));
  const shownPerCategory = new Map<string, number>();
  const rows = members.map((m): TeamTableRow => {
    const row: TeamTableRow = { agentId: m.agentId, label: m.label, ...cells(), byCategory: {}, drafts: 0, tone: null, toneTrend: null };
    const s = byAgent.get(m.agentId);
    if (!s) return row;
    const read = seriesReader(s, rangeIndex);
    const perCategory = s.categories.map(cells);
    for (let i = 0; i < s.daily.day.length; i++) {
      if (read.dayIndex[s.daily.day[i]!]! < 0) continue;
      const c = perCategory[s.daily.category[i]!]!;
      c.shown += read.daily(i, K.shown);
      c.resolved += read.daily(i, K.resolved);
      c.ignored += read.daily(i, K.ignoredOnce) + read.daily(i, K.ruleIgnored);
    }
    s.categories.forEach((category, ci) => {
      const c = perCategory[ci]!;
      if (c.shown + c.resolved + c.ignored === 0) return;
      row.byCategory[category] = c;
      row.shown += c.shown;
      row.resolved += c.resolved;
      row.ignored += c.ignored;
      shownPerCategory.set(category, (shownPerCategory.get(category) ?? 0) + c.shown);
    });
    const early = new ToneTally();
    const late = new ToneTally();
    const all = new ToneTally();
    for (let i = 0; i < s.tone.day.length; i++) {
      const d = read.dayIndex[s.tone.day[i]!]!;
      if (d < 0) continue;
      const t = { drafts: read.tone(i, T.drafts), unscored: read.tone(i, T.unscored), scoreSum: read.tone(i, T.scoreSum) };
      all.add(t);
      (d < laterHalf ? early : late).add(t);
    }
    row.drafts = all.drafts;
    row.tone = all.average;
    row.toneTrend = early.average !== null && late.average !== null ? late.average - early.average : null;
    return row;
  });
  const categories = [...shownPerCategory].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c]) => c);
  return { categories, rows };
}

/** A row's value for `key`, with `metric` deciding what a category column compares. Rates are shares of shown. */
function valueOf(row: TeamTableRow, key: TeamSortKey, metric: TeamMetric): string | number | null {
  if (key === 'agent') return row.label.toLowerCase();
  if (key === 'tone') return row.tone;
  if (key === 'toneTrend') return row.toneTrend;
  if (key === 'shown') return row.shown;
  if (key === 'resolved' || key === 'ignored') return row.shown > 0 ? row[key] / row.shown : null;
  const c = row.byCategory[key.slice('category:'.length)];
  if (!c) return null;
  if (metric === 'shown') return c.shown;
  return c.shown > 0 ? c[metric] / c.shown : null;
}

/** Sorted copy; agents without a value for the key go last either way, ties by name. */
export function sortTeamRows(rows: readonly TeamTableRow[], key: TeamSortKey, direction: 'ascending' | 'descending', metric: TeamMetric = 'shown'): TeamTableRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = valueOf(a, key, metric);
    const y = valueOf(b, key, metric);
    if (x === null || y === null) return x === y ? a.label.localeCompare(b.label) : x === null ? 1 : -1;
    const order = typeof x === 'string' || typeof y === 'string' ? String(x).localeCompare(String(y)) : x - y;
    return order * sign || a.label.localeCompare(b.label);
  });
}

const rounded = (n: number | null, places = 1) => (n === null ? '' : Math.round(n * 10 ** places) / 10 ** places);
const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 1000 : '');

/** The table as CSV, rows in the order given (as the lead sorted them). */
export function teamTableCsv(table: TeamTable, rows: readonly TeamTableRow[] = table.rows): string {
  const perCategory = table.categories.flatMap((c) => [`${c}_shown`, `${c}_resolved`, `${c}_ignored`]);
  const columns = ['agent', 'shown', 'resolved', 'ignored', 'resolved_rate', 'ignored_rate', 'drafts', 'tone', 'tone_trend', ...perCategory];
  return toCsv(
    rows.map((r) => {
      const out: Record<string, string | number> = {
        agent: r.label,
        shown: r.shown,
        resolved: r.resolved,
        ignored: r.ignored,
        resolved_rate: rate(r.resolved, r.shown),
        ignored_rate: rate(r.ignored, r.shown),
        drafts: r.drafts,
        tone: rounded(r.tone),
        tone_trend: rounded(r.toneTrend),
      };
      for (const c of table.categories) {
        const v = r.byCategory[c] ?? cells();
        out[`${c}_shown`] = v.shown;
        out[`${c}_resolved`] = v.resolved;
        out[`${c}_ignored`] = v.ignored;
      }
      return out;
    }),
    columns,
  );
}
