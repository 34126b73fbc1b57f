/** Totals and the five charts for one set of stats (the agent's own, the team, or one team member). */
import { useMemo } from 'preact/hooks';
import type { DashboardData } from '../../lib/stats';
import { counterOfOutcome, PROMISE_OUTCOMES, TONE_COUNTERS } from '../../lib/stats/counters';
import { t } from '../../lib/i18n';
import { toneText } from './tone';
import { buildCharts } from './charts';
import { ChartFigure } from './ChartFigure';
import { counterLabel } from '../../lib/data-texts';

/** The follow-through's counters, labelled as lib/stats/counters.ts names them (in the agent's language when shown). */
const PROMISE_TOTALS = PROMISE_OUTCOMES.map((outcome) => ({ outcome, counter: TONE_COUNTERS.find((c) => c.id === counterOfOutcome(outcome))! }));

const pct = (r: number | null) => (r === null ? '—' : `${Math.round(r * 100)}%`);

export function StatsView({ data, empty, subject }: { data: DashboardData; empty: preact.ComponentChildren; subject?: string }) {
  const charts = useMemo(() => buildCharts(data, subject), [data, subject]);
  if (data.isEmpty) return <>{empty}</>;
  return (
    <>
      <dl class="totals" aria-label={t('dash_totals')}>
        <div><dt>{t('dash_total_shown')}</dt><dd data-total="shown">{data.totals.shown}</dd></div>
        <div>
          <dt>{t('dash_total_resolved')} <small>{t('dash_total_resolved_note')}</small></dt>
          <dd data-total="resolved">{data.totals.resolved} <small>({pct(data.totals.rate.resolved)})</small></dd>
        </div>
        <div><dt>{t('dash_total_applied')} <small>{t('dash_total_applied_note')}</small></dt><dd data-total="applied">{data.totals.applied} <small>({pct(data.totals.rate.applied)})</small></dd></div>
        <div><dt>{t('dash_total_ignored')}</dt><dd data-total="ignored">{data.totals.ignored} <small>({pct(data.totals.ignoredRate)})</small></dd></div>
        <div><dt>{t('dash_total_drafts')}</dt><dd data-total="drafts">{data.totals.drafts}</dd></div>
        <div><dt>{t('dash_total_tone')}</dt><dd data-total="tone" data-tone={data.totals.averageTone === null ? '' : Math.round(data.totals.averageTone)}>{toneText(data.totals.averageTone)}</dd></div>
      </dl>
      <dl class="totals" aria-label={t('dash_totals_promises')} data-totals="promises">
        {PROMISE_TOTALS.map(({ outcome, counter }) => (
          <div key={outcome}>
            <dt>{counterLabel(counter)}</dt>
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
