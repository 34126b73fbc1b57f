/**
 * Chart definitions for the dashboard: each turns summarised stats into a chart.js configuration and
 * the same numbers as a table with a one-sentence summary (the accessible alternative).
 */
import type { ChartConfiguration } from 'chart.js';
import { categoryLabel } from '../../lib/rule-texts';
import { DAILY_COUNTERS, type DailyCounterId, type DashboardData } from '../../lib/stats';
import { t, tCount } from '../../lib/i18n';
import { toneText } from './tone';
import { counterLabel } from '../../lib/data-texts';
import type { DraftKind } from '../../lib/engine/types';

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
const toneLabel = (avg: number | null) => (avg === null ? t('chart_no_scored_drafts') : toneText(avg));
/** What the agent did with cards: every counter fed by an action other than showing them. */
const OUTCOMES = DAILY_COUNTERS.filter((c) => c.actions && c.id !== 'shown');
const OUTCOME_COLOURS: Record<string, number> = { applied: 4, resolved: 2, ignoredOnce: 1, ruleIgnored: 5 };

const baseOptions = {
  responsive: true,
  maintainAspectRatio: false,
  animation: false as const,
  plugins: { legend: { position: 'bottom' as const } },
};

const suggestions = (n: number) => tCount(n, 'suggestions_one', 'suggestions_other');
const drafts = (n: number) => tCount(n, 'drafts_one', 'drafts_other');

/** `subject` names whose stats these are in summaries ("the team", an agent's label); none: the agent's own. */
export function buildCharts(data: DashboardData, subject?: string): ChartSpec[] {
  const shortDays = data.days.map((d) => d.slice(5));
  const busiest = data.byCategory[0];

  const perCategory: ChartSpec = {
    id: 'per-category',
    title: t('chart_per_category'),
    summary: busiest
      ? t('chart_per_category_summary', suggestions(data.totals.shown), data.from, data.to, categoryLabel(busiest.label), busiest.shown)
      : t('chart_per_category_none', data.from, data.to),
    config: {
      type: 'bar',
      data: {
        labels: shortDays,
        datasets: data.categories.map((c, i) => ({ label: categoryLabel(c), data: data.shownPerCategoryPerDay[c] ?? [], backgroundColor: colour(i) })),
      },
      options: { ...baseOptions, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
    },
    table: {
      columns: [t('chart_day'), ...data.categories.map(categoryLabel)],
      rows: data.days
        .map((day, i) => [day, ...data.categories.map((c) => data.shownPerCategoryPerDay[c]?.[i] ?? 0)])
        .filter((row) => row.slice(1).some((n) => n !== 0)),
    },
    total: data.totals.shown,
  };

  const rates: ChartSpec = {
    id: 'resolved-vs-ignored',
    title: t('chart_rates'),
    summary:
      data.totals.shown > 0
        ? subject === undefined
          ? t('chart_rates_summary_you', pct(data.totals.rate.resolved), pct(data.totals.rate.applied), pct(data.totals.ignoredRate))
          : t('chart_rates_summary', subject, pct(data.totals.rate.resolved), pct(data.totals.rate.applied), pct(data.totals.ignoredRate))
        : t('chart_rates_none'),
    config: {
      type: 'bar',
      data: {
        labels: data.byCategory.map((r) => categoryLabel(r.label)),
        datasets: OUTCOMES.map((c, i) => ({
          label: t('chart_percent_label', counterLabel(c)),
          data: data.byCategory.map((r) => Math.round((r.rate[c.id as DailyCounterId] ?? 0) * 100)),
          backgroundColor: colour(OUTCOME_COLOURS[c.id] ?? i + 6),
        })),
      },
      options: { ...baseOptions, indexAxis: 'y', scales: { x: { beginAtZero: true, max: 100, ticks: { callback: (v) => `${v}%` } } } },
    },
    table: {
      columns: [t('chart_category'), ...DAILY_COUNTERS.map(counterLabel), t('chart_resolved_rate'), t('chart_ignored_rate')],
      rows: data.byCategory.map((r) => [categoryLabel(r.label), ...DAILY_COUNTERS.map((c) => r[c.id as DailyCounterId]), pct(r.rate.resolved), pct(r.ignoredRate)]),
    },
    total: OUTCOMES.reduce((sum, c) => sum + data.totals[c.id as DailyCounterId], data.totals.shown),
  };

  const scoredDays = data.tone.filter((d) => d.average !== null);
  const tone: ChartSpec = {
    id: 'tone-trend',
    title: t('chart_tone'),
    summary: scoredDays.length
      ? t('chart_tone_summary', drafts(data.totals.drafts), toneLabel(data.totals.averageTone))
      : data.totals.drafts
        ? t('chart_tone_unscored', drafts(data.totals.drafts))
        : t('chart_tone_none'),
    config: {
      type: 'line',
      data: {
        labels: shortDays,
        datasets: [{ label: t('chart_tone_dataset'), data: data.tone.map((d) => (d.average === null ? null : Math.round(d.average))), borderColor: colour(0), backgroundColor: colour(0), spanGaps: true }],
      },
      options: { ...baseOptions, scales: { y: { min: 0, max: 100, ticks: { stepSize: 20 } } } },
    },
    table: {
      columns: [t('chart_day'), t('chart_drafts_checked'), t('chart_average_tone')],
      rows: data.tone.filter((d) => d.drafts > 0).map((d) => [d.day, d.drafts, toneLabel(d.average)]),
    },
    total: data.totals.drafts,
  };

  const bySite: ChartSpec = {
    id: 'by-site',
    title: t('chart_by_site'),
    summary: data.bySite.length
      ? tCount(data.bySite.length, 'chart_by_site_summary_one', 'chart_by_site_summary_other', data.bySite[0]!.label, data.bySite[0]!.shown)
      : t('chart_by_site_none'),
    config: {
      type: 'bar',
      data: {
        labels: data.bySite.map((r) => r.label),
        datasets: [
          { label: t('chart_shown'), data: data.bySite.map((r) => r.shown), backgroundColor: colour(0) },
          { label: t('chart_resolved'), data: data.bySite.map((r) => r.resolved), backgroundColor: colour(2) },
          { label: t('chart_ignored'), data: data.bySite.map((r) => r.ignored), backgroundColor: colour(1) },
        ],
      },
      options: { ...baseOptions, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    },
    table: {
      columns: [t('chart_site'), t('chart_shown'), t('chart_resolved'), t('chart_applied'), t('chart_ignored'), t('chart_resolved_rate')],
      rows: data.bySite.map((r) => [r.label, r.shown, r.resolved, r.applied, r.ignored, pct(r.rate.resolved)]),
    },
    total: data.bySite.reduce((a, r) => a + r.shown + r.resolved + r.ignored, 0),
  };

  /** The kinds as the dashboard names them (lib/stats labels its rows in English for the export's readers). */
  const kindName = (kind: DraftKind) => t(kind === 'reply' ? 'chart_kind_replies' : 'chart_kind_notes');
  const byKind: ChartSpec = {
    id: 'by-kind',
    title: t('chart_by_kind'),
    summary: data.byKind
      .map((k) =>
        k.averageTone === null
          ? t('chart_by_kind_summary', kindName(k.kind), suggestions(k.shown), pct(k.rate.resolved), drafts(k.drafts))
          : t('chart_by_kind_summary_tone', kindName(k.kind), suggestions(k.shown), pct(k.rate.resolved), drafts(k.drafts), toneLabel(k.averageTone)),
      )
      .join(' '),
    config: {
      type: 'bar',
      data: {
        labels: data.byKind.map((k) => kindName(k.kind)),
        datasets: [
          { label: t('chart_shown'), data: data.byKind.map((k) => k.shown), backgroundColor: colour(0) },
          { label: t('chart_resolved'), data: data.byKind.map((k) => k.resolved), backgroundColor: colour(2) },
          { label: t('chart_ignored'), data: data.byKind.map((k) => k.ignored), backgroundColor: colour(1) },
          { label: t('chart_drafts_checked'), data: data.byKind.map((k) => k.drafts), backgroundColor: colour(3) },
        ],
      },
      options: { ...baseOptions, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    },
    table: {
      columns: ['', t('chart_shown'), t('chart_resolved'), t('chart_ignored'), t('chart_resolved_rate'), t('chart_drafts_checked'), t('chart_average_tone')],
      rows: data.byKind.map((k) => [kindName(k.kind), k.shown, k.resolved, k.ignored, pct(k.rate.resolved), k.drafts, toneLabel(k.averageTone)]),
    },
    total: data.byKind.reduce((a, k) => a + k.shown + k.resolved + k.ignored + k.drafts, 0),
  };

  return [perCategory, rates, tone, bySite, byKind];
}
