/**
 * Stats on the options page: the same settings form as the dashboard (components/shared), so both
 * pages check and save alike. "What Rapport keeps" follows it as its own section (App.tsx).
 */
import { StatsSettings } from '../shared/StatsSettings';

export function StatsSection({ refresh, onChanged }: { refresh: number; onChanged: () => void }) {
  return (
    <section aria-labelledby="stats-title" data-section="stats">
      <h2 id="stats-title">Your stats</h2>
      <StatsSettings refresh={refresh} onChanged={onChanged} />
      <p class="hint">
        See your stats, export them or delete them on your <a href="/dashboard.html">dashboard</a>.
      </p>
    </section>
  );
}
