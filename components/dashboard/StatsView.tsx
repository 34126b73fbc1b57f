/** Totals and the five charts for one set of stats (the agent's own, the team, or one team member). */
import { useMemo } from 'preact/hooks';
import { describeTone, type DashboardData } from '../../lib/stats';
import { counterOfOutcome, PROMISE_OUTCOMES, TONE_COUNTERS } from '../../lib/stats/counters';
import { buildCharts } from './charts';
import { ChartFigure } from './ChartFigure';

/** The follow-through's counters, labelled as lib/stats/counters.ts names them. */
const PROMISE_TOTALS = PROMISE_OUTCOMES.map((outcome) => ({ outcome, label: TONE_COUNTERS.find((c) => c.id === counterOfOutcome(outcome))!.label }));

const pct = (r: number | null) => (r === null ? '—' : `${Math.round(r * 100)}%`);

export function StatsView({ data, empty, subject }: { data: DashboardData; empty: preact.ComponentChildren; subject?: string }) {
  const charts = useMemo(() => buildCharts(data, subject), [data, subject]);
  if (data.isEmpty) return <>{empty}</>;
  return (
    <>
      <dl class="totals" aria-label="Totals for the chosen period">
        <div><dt>Suggestions shown</dt><dd data-total="shown">{data.totals.shown}</dd></div>
        <div>
          <dt>Resolved <small>(fix applied or words rewritten)</small></dt>
          <dd data-total="resolved">{data.totals.resolved} <small>({pct(data.totals.rate.resolved)})</small></dd>
        </div>
        <div><dt>Applied <small>(one-click fix)</small></dt><dd data-total="applied">{data.totals.applied} <small>({pct(data.totals.rate.applied)})</small></dd></div>
        <div><dt>Ignored</dt><dd data-total="ignored">{data.totals.ignored} <small>({pct(data.totals.ignoredRate)})</small></dd></div>
        <div><dt>Drafts checked</dt><dd data-total="drafts">{data.totals.drafts}</dd></div>
        <div><dt>Average tone</dt><dd data-total="tone" data-tone={data.totals.averageTone === null ? '' : Math.round(data.totals.averageTone)}>{describeTone(data.totals.averageTone)}</dd></div>
      </dl>
      <dl class="totals" aria-label="Follow-through: promises in replies, for the chosen period" data-totals="promises">
        {PROMISE_TOTALS.map(({ outcome, label }) => (
          <div key={outcome}>
            <dt>{label}</dt>
            <dd data-total={`promises-${outcome}`}>{data.promises[outcome]}</dd>
          </div>
        ))}
      </dl>
      <div class="charts">
        {charts.map((spec) => (
          <ChartFigure key={spec.id} spec={spec} />
        ))}
      </div>
    </>
  );
}
