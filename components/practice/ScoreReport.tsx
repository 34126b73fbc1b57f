/**
 * The explained score: rubric items (met, partly met or missed, why, points), penalties (wrong
 * claims, vague promises, stuffing), findings (what each cost), the tone meter, what to try next,
 * and the model answer side by side with the reply once tried.
 */
import { categoryLabel, findingMessage } from '../../lib/rule-texts';
import type { Scenario } from '../../lib/practice/schema';
import { scoreReply } from '../../lib/practice/score';
import type { PracticeStore, Submission } from './store';
import { ToneMeter } from './ToneMeter';
import { t, type MessageKey } from '../../lib/i18n';

type Band = 'great' | 'good' | 'fair' | 'low';

function band(score: number): Band {
  return score >= 85 ? 'great' : score >= 60 ? 'good' : score >= 40 ? 'fair' : 'low';
}

const BAND_WORDS: Record<Band, MessageKey> = {
  great: 'score_great',
  good: 'score_good',
  fair: 'score_fair',
  low: 'score_low',
};

export function ScoreReport({ store, scenario, submission }: { store: PracticeStore; scenario: Scenario; submission: Submission }) {
  const { result } = submission;
  const previous = store.attemptsForSelected.value.filter((a) => a.id !== submission.attempt.id);
  const best = Math.max(result.score, ...previous.map((a) => a.score));
  return (
    <section class="report" aria-labelledby="report-title" data-practice="report">
      <header class="score-header">
        <h2 id="report-title">{t('score_title')}</h2>
        <p class={`score band-${band(result.score)}`} role="status" aria-live="polite">
          <strong data-practice="score">{result.score}</strong>
          <span class="out-of">{t('score_out_of')}</span>
          <span class="band-word">{t(BAND_WORDS[band(result.score)])}</span>
        </p>
        <p class="sum muted" data-practice="sum">
          {t('score_sum', result.rubricPoints, result.deductions, result.score)}
          {previous.length > 0 && t('score_attempt', previous.length + 1, best)}
        </p>
        <ToneMeter tone={result.tone} />
        {result.truncated && <p class="warning-text">{t('score_truncated')}</p>}
      </header>

      <section aria-labelledby="next-title" class="next">
        <h3 id="next-title">{t('score_next')}</h3>
        <ol data-practice="next-steps">
          {result.nextSteps.map((step, i) => (
            <li key={i}>{step}</li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="rubric-title">
        <h3 id="rubric-title">{t('score_rubric')}</h3>
        <table class="breakdown" data-practice="rubric">
          <thead>
            <tr>
              <th scope="col">{t('score_item')}</th>
              <th scope="col">{t('score_result')}</th>
              <th scope="col" class="num">
                {t('score_points')}
              </th>
            </tr>
          </thead>
          <tbody>
            {result.rubric.map((r) => (
              <tr key={r.id} data-rubric-item={r.id} data-passed={String(r.passed)} data-credit={r.credit} class={r.passed ? 'met' : r.credit > 0 ? 'partly' : 'missed'}>
                <th scope="row">
                  {r.label}
                  <span class="detail">{r.detail}</span>
                </th>
                <td>
                  <span class="verdict">{t(r.passed ? 'score_met' : r.credit > 0 ? 'score_partly' : 'score_missed')}</span>
                  {!r.passed && <span class="detail">{r.tip}</span>}
                </td>
                <td class="num">
                  {t('score_earned', r.earned, r.points)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {result.penalties.length > 0 && (
        <section aria-labelledby="penalties-title">
          <h3 id="penalties-title">{t('score_penalties')}</h3>
          <ul data-practice="penalties">
            {result.penalties.map((p, i) => (
              <li key={i} data-penalty={p.id}>
                <strong>−{p.points}</strong> {p.reason}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="findings-title">
        <h3 id="findings-title">{t('score_findings')}</h3>
        {result.findings.length === 0 ? (
          <p class="muted" data-practice="findings-empty">
            {t('score_no_findings')}
          </p>
        ) : (
          <table class="breakdown" data-practice="findings">
            <thead>
              <tr>
                <th scope="col">{t('score_finding')}</th>
                <th scope="col">{t('score_counted_as')}</th>
                <th scope="col" class="num">
                  {t('score_points')}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.findings.map((f, i) => (
                <tr key={i} data-finding-row={f.ruleId} data-category={f.category}>
                  <th scope="row">
                    <span class="cat">{categoryLabel(f.category)}</span> {f.excerpt ? <q>{f.excerpt}</q> : <em>{t('whole_reply')}</em>}
                    <span class="detail">{findingMessage(f)}</span>
                    {f.suggestion && <span class="detail">{t('score_try', f.suggestion)}</span>}
                  </th>
                  <td>{f.note}</td>
                  <td class="num">{f.deduction ? `−${f.deduction}` : '0'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <ModelAnswers store={store} scenario={scenario} submission={submission} />
    </section>
  );
}

function ModelAnswers({ store, scenario, submission }: { store: PracticeStore; scenario: Scenario; submission: Submission }) {
  if (!store.showModel.value) {
    return (
      <p>
        <button type="button" data-practice-action="show-model" onClick={() => (store.showModel.value = true)}>
          {t('score_compare')}
        </button>
      </p>
    );
  }
  return (
    <section aria-labelledby="compare-title" class="compare" data-practice="compare">
      <h3 id="compare-title">{t('score_compare_title')}</h3>
      <div class="columns">
        <figure>
          <figcaption>{t('score_your_reply', submission.result.score)}</figcaption>
          <pre class="reply-text">{submission.reply}</pre>
        </figure>
        {scenario.modelAnswers.map((answer, i) => (
          <figure key={i} data-practice="model-answer">
            <figcaption>
              {scenario.modelAnswers.length > 1
                ? t('score_model_answer_n', i + 1, scoreReply(scenario, answer).score)
                : t('score_model_answer', scoreReply(scenario, answer).score)}
            </figcaption>
            <pre class="reply-text">{answer}</pre>
          </figure>
        ))}
      </div>
    </section>
  );
}
