/**
 * Chart definitions for the dashboard: each turns summarised stats into a chart.js configuration and
 * the same numbers as a table with a one-sentence summary (the accessible alternative).
 */
import type { ChartConfiguration } from 'chart.js';
import { categoryName } from '../../lib/rules/categories';
import { DAILY_COUNTERS, describeTone, type DailyCounterId, type DashboardData } from '../../lib/stats';

export interface ChartSpec {
  id: string;
  title: string;
  /** One sentence that says what the chart shows, for screen readers and as the canvas label. */
  summary: string;
  config: ChartConfiguration;
  table: { columns: string[]; rows: (string | number)[][] };
  /** The chart's total (suggestions or drafts), exposed as data-total for tests. */
  total: number;
}

// Colour-blind-safe palette (Okabe–Ito); charts also differ by label, never by colour alone.
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
const colour = (i: number) => PALETTE[i % PALETTE.length]!;

const pct = (r: number | null) => (r === null ? '—' : `${Math.round(r * 100)}%`);
const toneLabel = (avg: number | null) => (avg === null ? 'no scored drafts' : describeTone(avg));
/** What the agent did with cards: every counter fed by an action other than showing them. */
const OUTCOMES = DAILY_COUNTERS.filter((c) => c.actions && c.id !== 'shown');
const OUTCOME_COLOURS: Record<string, number> = { applied: 4, resolved: 2, ignoredOnce: 1, ruleIgnored: 5 };

const baseOptions = {
  responsive: true,
  maintainAspectRatio: false,
  animation: false as const,
  plugins: { legend: { position: 'bottom' as const } },
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** `subject` names whose stats these are in summaries: "you", "the team", or an agent's label. */
export function buildCharts(data: DashboardData, subject = 'you'): ChartSpec[] {
  const shortDays = data.days.map((d) => d.slice(5));
  const busiest = data.byCategory[0];

  const perCategory: ChartSpec = {
    id: 'per-category',
    title: 'Suggestions per category over time',
    summary: busiest
      ? `${plural(data.totals.shown, 'suggestion')} shown from ${data.from} to ${data.to}; most often ${categoryName(busiest.label)} (${busiest.shown}).`
      : `No suggestions shown from ${data.from} to ${data.to}.`,
    config: {
      type: 'bar',
      data: {
        labels: shortDays,
        datasets: data.categories.map((c, i) => ({ label: categoryName(c), data: data.shownPerCategoryPerDay[c] ?? [], backgroundColor: colour(i) })),
      },
      options: { ...baseOptions, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
    },
    table: {
      columns: ['Day', ...data.categories.map(categoryName)],
      rows: data.days
        .map((day, i) => [day, ...data.categories.map((c) => data.shownPerCategoryPerDay[c]?.[i] ?? 0)])
        .filter((row) => row.slice(1).some((n) => n !== 0)),
    },
    total: data.totals.shown,
  };

  const rates: ChartSpec = {
    id: 'resolved-vs-ignored',
    title: 'Resolved vs ignored, by category',
    summary:
      data.totals.shown > 0
        ? `Overall ${subject} resolved ${pct(data.totals.rate.resolved)} of suggestions (${pct(data.totals.rate.applied)} with a one-click fix) and ignored ${pct(data.totals.ignoredRate)}.`
        : 'No suggestions yet, so no rates.',
    config: {
      type: 'bar',
      data: {
        labels: data.byCategory.map((r) => categoryName(r.label)),
        datasets: OUTCOMES.map((c, i) => ({
          label: `${c.label} %`,
          data: data.byCategory.map((r) => Math.round((r.rate[c.id as DailyCounterId] ?? 0) * 100)),
          backgroundColor: colour(OUTCOME_COLOURS[c.id] ?? i + 6),
        })),
      },
      options: { ...baseOptions, indexAxis: 'y', scales: { x: { beginAtZero: true, max: 100, ticks: { callback: (v) => `${v}%` } } } },
    },
    table: {
      columns: ['Category', ...DAILY_COUNTERS.map((c) => c.label), 'Resolved rate', 'Ignored rate'],
      rows: data.byCategory.map((r) => [categoryName(r.label), ...DAILY_COUNTERS.map((c) => r[c.id as DailyCounterId]), pct(r.rate.resolved), pct(r.ignoredRate)]),
    },
    total: OUTCOMES.reduce((sum, c) => sum + data.totals[c.id as DailyCounterId], data.totals.shown),
  };

  const scoredDays = data.tone.filter((d) => d.average !== null);
  const tone: ChartSpec = {
    id: 'tone-trend',
    title: 'Tone trend',
    summary: scoredDays.length
      ? `${plural(data.totals.drafts, 'draft')} checked; average tone ${toneLabel(data.totals.averageTone)}, on the sidebar's scale from 0 (curt) to 100 (warm).`
      : data.totals.drafts
        ? `${plural(data.totals.drafts, 'draft')} checked, none with a tone score yet.`
        : 'No drafts checked yet.',
    config: {
      type: 'line',
      data: {
        labels: shortDays,
        datasets: [{ label: 'Average tone (0 curt – 100 warm)', data: data.tone.map((d) => (d.average === null ? null : Math.round(d.average))), borderColor: colour(0), backgroundColor: colour(0), spanGaps: true }],
      },
      options: { ...baseOptions, scales: { y: { min: 0, max: 100, ticks: { stepSize: 20 } } } },
    },
    table: {
      columns: ['Day', 'Drafts checked', 'Average tone'],
      rows: data.tone.filter((d) => d.drafts > 0).map((d) => [d.day, d.drafts, toneLabel(d.average)]),
    },
    total: data.totals.drafts,
  };

  const bySite: ChartSpec = {
    id: 'by-site',
    title: 'By site',
    summary: data.bySite.length
      ? `Suggestions on ${data.bySite.length} site${data.bySite.length === 1 ? '' : 's'}; most on ${data.bySite[0]!.label} (${data.bySite[0]!.shown} shown).`
      : 'No suggestions on any site yet.',
    config: {
      type: 'bar',
      data: {
        labels: data.bySite.map((r) => r.label),
        datasets: [
          { label: 'Shown', data: data.bySite.map((r) => r.shown), backgroundColor: colour(0) },
          { label: 'Resolved', data: data.bySite.map((r) => r.resolved), backgroundColor: colour(2) },
          { label: 'Ignored', data: data.bySite.map((r) => r.ignored), backgroundColor: colour(1) },
        ],
      },
      options: { ...baseOptions, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    },
    table: {
      columns: ['Site', 'Shown', 'Resolved', 'Applied', 'Ignored', 'Resolved rate'],
      rows: data.bySite.map((r) => [r.label, r.shown, r.resolved, r.applied, r.ignored, pct(r.rate.resolved)]),
    },
    total: data.bySite.reduce((a, r) => a + r.shown + r.resolved + r.ignored, 0),
  };

  const byKind: ChartSpec = {
    id: 'by-kind',
    title: 'Replies vs internal notes',
    summary: data.byKind
      .map((k) => `${k.label}: ${plural(k.shown, 'suggestion')} shown, ${pct(k.rate.resolved)} resolved, ${plural(k.drafts, 'draft')} checked${k.averageTone === null ? '' : `, average tone ${toneLabel(k.averageTone)}`}.`)
      .join(' '),
    config: {
      type: 'bar',
      data: {
        labels: data.byKind.map((k) => k.label),
        datasets: [
          { label: 'Shown', data: data.byKind.map((k) => k.shown), backgroundColor: colour(0) },
          { label: 'Resolved', data: data.byKind.map((k) => k.resolved), backgroundColor: colour(2) },
          { label: 'Ignored', data: data.byKind.map((k) => k.ignored), backgroundColor: colour(1) },
          { label: 'Drafts checked', data: data.byKind.map((k) => k.drafts), backgroundColor: colour(3) },
        ],
      },
      options: { ...baseOptions, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    },
    table: {
      columns: ['', 'Shown', 'Resolved', 'Ignored', 'Resolved rate', 'Drafts checked', 'Average tone'],
      rows: data.byKind.map((k) => [k.label, k.shown, k.resolved, k.ignored, pct(k.rate.resolved), k.drafts, toneLabel(k.averageTone)]),
    },
    total: data.byKind.reduce((a, k) => a + k.shown + k.resolved + k.ignored + k.drafts, 0),
  };

  return [perCategory, rates, tone, bySite, byKind];
}
