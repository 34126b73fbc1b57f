/**
 * Chart definitions for the dashboard: each turns summarised stats into a chart.js configuration and
 * the same numbers as a table with a one-sentence summary (the accessible alternative).
 */
import type { ChartConfiguration } from 'chart.js';
import { categoryName } from '../../lib/rules/categories';
import { TONE_BUCKET_LABELS, type DashboardData } from '../../lib/stats';

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
const toneLabel = (avg: number | null) => (avg === null ? 'no scored drafts' : `${avg.toFixed(1)} (${TONE_BUCKET_LABELS[Math.round(avg)]})`);

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
    id: 'applied-vs-ignored',
    title: 'Applied vs ignored, by category',
    summary:
      data.totals.shown > 0
        ? `Overall ${subject} applied ${pct(data.totals.appliedRate)} of suggestions and ignored ${pct(data.totals.ignoredRate)}.`
        : 'No suggestions yet, so no rates.',
    config: {
      type: 'bar',
      data: {
        labels: data.byCategory.map((r) => categoryName(r.label)),
        datasets: [
          { label: 'Applied %', data: data.byCategory.map((r) => Math.round((r.appliedRate ?? 0) * 100)), backgroundColor: colour(2) },
          { label: 'Ignored once %', data: data.byCategory.map((r) => Math.round((r.shown ? r.ignoredOnce / r.shown : 0) * 100)), backgroundColor: colour(1) },
          { label: 'Rule ignored %', data: data.byCategory.map((r) => Math.round((r.shown ? r.ruleIgnored / r.shown : 0) * 100)), backgroundColor: colour(5) },
        ],
      },
      options: { ...baseOptions, indexAxis: 'y', scales: { x: { beginAtZero: true, max: 100, ticks: { callback: (v) => `${v}%` } } } },
    },
    table: {
      columns: ['Category', 'Shown', 'Applied', 'Ignored once', 'Rule ignored', 'Applied rate', 'Ignored rate'],
      rows: data.byCategory.map((r) => [categoryName(r.label), r.shown, r.applied, r.ignoredOnce, r.ruleIgnored, pct(r.appliedRate), pct(r.ignoredRate)]),
    },
    total: data.totals.shown + data.totals.applied + data.totals.ignoredOnce + data.totals.ruleIgnored,
  };

  const scoredDays = data.tone.filter((d) => d.average !== null);
  const tone: ChartSpec = {
    id: 'tone-trend',
    title: 'Tone trend',
    summary: scoredDays.length
      ? `${plural(data.totals.drafts, 'draft')} checked; average tone ${toneLabel(data.totals.averageTone)} on a scale from 0 (cold) to 4 (very warm).`
      : data.totals.drafts
        ? `${plural(data.totals.drafts, 'draft')} checked, none with a tone score yet.`
        : 'No drafts checked yet.',
    config: {
      type: 'line',
      data: {
        labels: shortDays,
        datasets: [{ label: 'Average tone (0 cold – 4 very warm)', data: data.tone.map((d) => d.average), borderColor: colour(0), backgroundColor: colour(0), spanGaps: true }],
      },
      options: {
        ...baseOptions,
        scales: { y: { min: 0, max: 4, ticks: { stepSize: 1, callback: (v) => TONE_BUCKET_LABELS[Number(v)] ?? String(v) } } },
      },
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
          { label: 'Applied', data: data.bySite.map((r) => r.applied), backgroundColor: colour(2) },
          { label: 'Ignored', data: data.bySite.map((r) => r.ignoredOnce + r.ruleIgnored), backgroundColor: colour(1) },
        ],
      },
      options: { ...baseOptions, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    },
    table: {
      columns: ['Site', 'Shown', 'Applied', 'Ignored', 'Applied rate'],
      rows: data.bySite.map((r) => [r.label, r.shown, r.applied, r.ignoredOnce + r.ruleIgnored, pct(r.appliedRate)]),
    },
    total: data.bySite.reduce((a, r) => a + r.shown + r.applied + r.ignoredOnce + r.ruleIgnored, 0),
  };

  const byKind: ChartSpec = {
    id: 'by-kind',
    title: 'Replies vs internal notes',
    summary: data.byKind
      .map((k) => `${k.label}: ${plural(k.shown, 'suggestion')} shown, ${pct(k.appliedRate)} applied, ${plural(k.drafts, 'draft')} checked${k.averageTone === null ? '' : `, average tone ${toneLabel(k.averageTone)}`}.`)
      .join(' '),
    config: {
      type: 'bar',
      data: {
        labels: data.byKind.map((k) => k.label),
        datasets: [
          { label: 'Shown', data: data.byKind.map((k) => k.shown), backgroundColor: colour(0) },
          { label: 'Applied', data: data.byKind.map((k) => k.applied), backgroundColor: colour(2) },
          { label: 'Ignored', data: data.byKind.map((k) => k.ignoredOnce + k.ruleIgnored), backgroundColor: colour(1) },
          { label: 'Drafts checked', data: data.byKind.map((k) => k.drafts), backgroundColor: colour(3) },
        ],
      },
      options: { ...baseOptions, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    },
    table: {
      columns: ['', 'Shown', 'Applied', 'Ignored', 'Applied rate', 'Drafts checked', 'Average tone'],
      rows: data.byKind.map((k) => [k.label, k.shown, k.applied, k.ignoredOnce + k.ruleIgnored, pct(k.appliedRate), k.drafts, toneLabel(k.averageTone)]),
    },
    total: data.byKind.reduce((a, k) => a + k.shown + k.applied + k.ignoredOnce + k.ruleIgnored + k.drafts, 0),
  };

  return [perCategory, rates, tone, bySite, byKind];
}
