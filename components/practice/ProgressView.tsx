/** History and progress: the chart, attempts and best score per scenario, and habits that improved. */
import { categoryLabel } from '../../lib/rule-texts';
import { habitChanges, progressByScenario } from '../../lib/practice/progress';
import { ProgressChart } from './ProgressChart';
import type { PracticeStore } from './store';
import { t } from '../../lib/i18n';
import { Filled } from '../shared/Filled';

export function ProgressView({ store }: { store: PracticeStore }) {
  const attempts = store.attempts.value;
  const titles = new Map(store.entries.value.map((e) => [e.scenario.id, e.scenario.title]));
  for (const a of attempts) if (!titles.has(a.scenarioId)) titles.set(a.scenarioId, a.scenarioTitle);
  const rows = [...progressByScenario(attempts).values()].sort((a, b) => b.lastAt - a.lastAt);
  const habits = habitChanges(attempts);
  const average = attempts.length ? Math.round(attempts.reduce((s, a) => s + a.score, 0) / attempts.length) : 0;
  return (
    <section class="progress" aria-labelledby="progress-title" data-practice="progress">
      <h2 id="progress-title">{t('progress_title')}</h2>
      <p class="stats-line">
        <span>
          <Filled message="progress_attempts">
            <strong>{attempts.length}</strong>
          </Filled>
        </span>
        <span>
          <Filled message="progress_tried" args={[store.entries.value.length]}>
            <strong>{rows.length}</strong>
          </Filled>
        </span>
        <span>
          <Filled message="progress_average">
            <strong>{average}</strong>
          </Filled>
        </span>
      </p>
      <ProgressChart attempts={attempts} titles={titles} />

      <h3>{t('progress_habits')}</h3>
      {attempts.length < 2 ? (
        <p class="muted">{t('progress_habits_later')}</p>
      ) : habits.improved.length === 0 && habits.worse.length === 0 ? (
        <p class="muted" data-practice="habits">{t('progress_habits_none')}</p>
      ) : (
        <ul class="habits" data-practice="habits">
          {habits.improved.map((h) => (
            <li key={h.category} data-habit={h.category} data-trend="improved">
              ▼{' '}
              <Filled message="progress_improved" args={[h.before, h.after]}>
                <strong>{categoryLabel(h.category)}</strong>
              </Filled>
            </li>
          ))}
          {habits.worse.map((h) => (
            <li key={h.category} data-habit={h.category} data-trend="worse">
              ▲{' '}
              <Filled message="progress_worse" args={[h.before, h.after]}>
                <strong>{categoryLabel(h.category)}</strong>
              </Filled>
            </li>
          ))}
        </ul>
      )}

      <h3>{t('progress_by_scenario')}</h3>
      {rows.length === 0 ? (
        <p class="muted">{t('progress_none')}</p>
      ) : (
        <table class="breakdown" data-practice="history">
          <thead>
            <tr>
              <th scope="col">{t('progress_scenario')}</th>
              <th scope="col" class="num">
                {t('progress_col_attempts')}
              </th>
              <th scope="col" class="num">
                {t('progress_first')}
              </th>
              <th scope="col" class="num">
                {t('progress_best')}
              </th>
              <th scope="col" class="num">
                {t('progress_last')}
              </th>
              <th scope="col">{t('progress_last_tried')}</th>
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

      <h3>{t('progress_privacy')}</h3>
      <p class="muted">{t('progress_privacy_body')}</p>
      <label class="checkbox">
        <input type="checkbox" data-practice-setting="keep-replies" checked={store.settings.value.keepReplies} onChange={(e) => void store.setKeepReplies(e.currentTarget.checked)} />
        {t('progress_keep_replies')}
      </label>
      <p>
        <button
          type="button"
          class="danger"
          data-practice-action="clear-history"
          disabled={attempts.length === 0}
          onClick={() => {
            if (confirm(t('progress_clear_confirm'))) void store.forgetHistory();
          }}
        >
          {t('progress_clear')}
        </button>
      </p>
    </section>
  );
}
