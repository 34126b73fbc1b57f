/** History and progress: the chart, attempts and best score per scenario, and habits that improved. */
import { categoryName } from '../../lib/rules/categories';
import { habitChanges, progressByScenario } from '../../lib/practice/progress';
import { ProgressChart } from './ProgressChart';
import type { PracticeStore } from './store';

export function ProgressView({ store }: { store: PracticeStore }) {
  const attempts = store.attempts.value;
  const titles = new Map(store.entries.value.map((e) => [e.scenario.id, e.scenario.title]));
  for (const a of attempts) if (!titles.has(a.scenarioId)) titles.set(a.scenarioId, a.scenarioTitle);
  const rows = [...progressByScenario(attempts).values()].sort((a, b) => b.lastAt - a.lastAt);
  const habits = habitChanges(attempts);
  const average = attempts.length ? Math.round(attempts.reduce((s, a) => s + a.score, 0) / attempts.length) : 0;
  return (
    <section class="progress" aria-labelledby="progress-title" data-practice="progress">
      <h2 id="progress-title">Your progress</h2>
      <p class="stats-line">
        <span>
          <strong>{attempts.length}</strong> attempts
        </span>
        <span>
          <strong>{rows.length}</strong> of {store.entries.value.length} scenarios tried
        </span>
        <span>
          average <strong>{average}</strong>
        </span>
      </p>
      <ProgressChart attempts={attempts} titles={titles} />

      <h3>Habits</h3>
      {attempts.length < 2 ? (
        <p class="muted">Habits show up after a few attempts: categories the coach flags less often than when you started.</p>
      ) : habits.improved.length === 0 && habits.worse.length === 0 ? (
        <p class="muted" data-practice="habits">No change yet in what the coach flags. Keep practising.</p>
      ) : (
        <ul class="habits" data-practice="habits">
          {habits.improved.map((h) => (
            <li key={h.category} data-habit={h.category} data-trend="improved">
              ▼ <strong>{categoryName(h.category)}</strong> improved: {h.before} → {h.after} per attempt
            </li>
          ))}
          {habits.worse.map((h) => (
            <li key={h.category} data-habit={h.category} data-trend="worse">
              ▲ <strong>{categoryName(h.category)}</strong> to watch: {h.before} → {h.after} per attempt
            </li>
          ))}
        </ul>
      )}

      <h3>By scenario</h3>
      {rows.length === 0 ? (
        <p class="muted">No attempts yet. Pick a scenario to start.</p>
      ) : (
        <table class="breakdown" data-practice="history">
          <thead>
            <tr>
              <th scope="col">Scenario</th>
              <th scope="col" class="num">
                Attempts
              </th>
              <th scope="col" class="num">
                First
              </th>
              <th scope="col" class="num">
                Best
              </th>
              <th scope="col" class="num">
                Last
              </th>
              <th scope="col">Last tried</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.scenarioId} data-history-scenario={r.scenarioId} data-attempts={r.attempts} data-best={r.best}>
                <th scope="row">
                  <button type="button" class="link" onClick={() => store.select(r.scenarioId)}>
                    {titles.get(r.scenarioId) ?? r.scenarioId}
                  </button>
                </th>
                <td class="num">{r.attempts}</td>
                <td class="num">{r.first}</td>
                <td class="num">{r.best}</td>
                <td class="num">{r.last}</td>
                <td>{new Date(r.lastAt).toLocaleString()}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h3>Privacy</h3>
      <p class="muted">Practice history stays on this device. Scores and counts can be included in your team stats export; reply text never is.</p>
      <label class="checkbox">
        <input type="checkbox" data-practice-setting="keep-replies" checked={store.settings.value.keepReplies} onChange={(e) => void store.setKeepReplies(e.currentTarget.checked)} />
        Keep my reply text with each attempt (on this device only). Turning this off deletes kept replies.
      </label>
      <p>
        <button
          type="button"
          class="danger"
          data-practice-action="clear-history"
          disabled={attempts.length === 0}
          onClick={() => {
            if (confirm('Delete all practice attempts on this device?')) void store.forgetHistory();
          }}
        >
          Clear practice history
        </button>
      </p>
    </section>
  );
}
