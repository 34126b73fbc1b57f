/**
 * Stats on the options page: the same settings form as the dashboard (components/shared), so both
 * pages check and save alike. "What Rapport keeps" follows it as its own section (App.tsx).
 */
import { StatsSettings } from '../shared/StatsSettings';
import { t } from '../../lib/i18n';
import { Filled } from '../shared/Filled';

export function StatsSection({ refresh, onChanged }: { refresh: number; onChanged: () => void }) {
  return (
    <section aria-labelledby="stats-title" data-section="stats">
      <h2 id="stats-title">{t('stats_title')}</h2>
      <StatsSettings refresh={refresh} onChanged={onChanged} />
      <p class="hint">
        <Filled message="stats_options_hint">
          <a href="/dashboard.html">{t('dashboard_link_text')}</a>
        </Filled>
      </p>
    </section>
  );
}
