/** Totals and the five charts for one set of stats (the agent's own, the team, or one team member). */
import { useMemo } from 'preact/hooks';
import type { DashboardData } from '../../lib/stats';
import { buildCharts } from './charts';
import { ChartFigure } from './ChartFigure';

const pct = (r: number | null) => (r === null ? '—' : `${Math.round(r * 100)}%`);

export function StatsView({ data, empty, subject }: { data: DashboardData; empty: preact.ComponentChildren; subject?: string }) {
  const charts = useMemo(() => buildCharts(data, subject), [data, subject]);
  if (data.isEmpty) return <>{empty}</>;
  return (
    <>
      <dl class="totals" aria-label="Totals for the chosen period">
        <div><dt>Suggestions shown</dt><dd data-total="shown">{data.totals.shown}</dd></div>
        <div><dt>Applied</dt><dd data-total="applied">{data.totals.applied} <small>({pct(data.totals.appliedRate)})</small></dd></div>
        <div><dt>Ignored</dt><dd data-total="ignored">{data.totals.ignoredOnce + data.totals.ruleIgnored} <small>({pct(data.totals.ignoredRate)})</small></dd></div>
        <div><dt>Drafts checked</dt><dd data-total="drafts">{data.totals.drafts}</dd></div>
      </dl>
      <div class="charts">
        {charts.map((spec) => (
          <ChartFigure key={spec.id} spec={spec} />
        ))}
      </div>
    </>
  );
}
