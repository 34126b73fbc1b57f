/**
 * The explained score: rubric items (met, partly met or missed, why, points), penalties (wrong
 * claims, vague promises, stuffing), findings (what each cost), the tone meter, what to try next,
 * and the model answer side by side with the reply once tried.
 */
import { categoryName } from '../../lib/rules/categories';
import type { Scenario } from '../../lib/practice/schema';
import { scoreReply } from '../../lib/practice/score';
import type { PracticeStore, Submission } from './store';
import { ToneMeter } from './ToneMeter';

function band(score: number): string {
  return score >= 85 ? 'great' : score >= 60 ? 'good' : score >= 40 ? 'fair' : 'low';
}

const BAND_WORDS: Record<string, string> = {
  great: 'Ready for the desk',
  good: 'Nearly there',
  fair: 'Some habits to work on',
  low: 'Rework this one',
};

export function ScoreReport({ store, scenario, submission }: { store: PracticeStore; scenario: Scenario; submission: Submission }) {
  const { result } = submission;
  const previous = store.attemptsForSelected.value.filter((a) => a.id !== submission.attempt.id);
  const best = Math.max(result.score, ...previous.map((a) => a.score));
  return (
    <section class="report" aria-labelledby="report-title" data-practice="report">
      <header class="score-header">
        <h2 id="report-title">Your score</h2>
        <p class={`score band-${band(result.score)}`} role="status" aria-live="polite">
          <strong data-practice="score">{result.score}</strong>
          <span class="out-of">/ 100</span>
          <span class="band-word">{BAND_WORDS[band(result.score)]}</span>
        </p>
        <p class="sum muted" data-practice="sum">
          Rubric {result.rubricPoints} − findings and penalties {result.deductions} = {result.score}
          {previous.length > 0 && ` · attempt ${previous.length + 1}, best ${best}`}
        </p>
        <ToneMeter tone={result.tone} />
        {result.truncated && <p class="warning-text">Only the first 10,000 characters were scored.</p>}
      </header>

      <section aria-labelledby="next-title" class="next">
        <h3 id="next-title">What to try next</h3>
        <ol data-practice="next-steps">
          {result.nextSteps.map((step, i) => (
            <li key={i}>{step}</li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="rubric-title">
        <h3 id="rubric-title">Rubric</h3>
        <table class="breakdown" data-practice="rubric">
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Result</th>
              <th scope="col" class="num">
                Points
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
                  <span class="verdict">{r.passed ? '✓ Met' : r.credit > 0 ? '◐ Partly met' : '✗ Missed'}</span>
                  {!r.passed && <span class="detail">{r.tip}</span>}
                </td>
                <td class="num">
                  {r.earned} / {r.points}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {result.penalties.length > 0 && (
        <section aria-labelledby="penalties-title">
          <h3 id="penalties-title">Penalties</h3>
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
        <h3 id="findings-title">Findings</h3>
        {result.findings.length === 0 ? (
          <p class="muted" data-practice="findings-empty">
            The coach found nothing to flag in this reply.
          </p>
        ) : (
          <table class="breakdown" data-practice="findings">
            <thead>
              <tr>
                <th scope="col">Finding</th>
                <th scope="col">Counted as</th>
                <th scope="col" class="num">
                  Points
                </th>
              </tr>
            </thead>
            <tbody>
              {result.findings.map((f, i) => (
                <tr key={i} data-finding-row={f.ruleId} data-category={f.category}>
                  <th scope="row">
                    <span class="cat">{categoryName(f.category)}</span> {f.excerpt ? <q>{f.excerpt}</q> : <em>whole reply</em>}
                    <span class="detail">{f.message}</span>
                    {f.suggestion && <span class="detail">Try: {f.suggestion}</span>}
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
          Compare with the model answer
        </button>
      </p>
    );
  }
  return (
    <section aria-labelledby="compare-title" class="compare" data-practice="compare">
      <h3 id="compare-title">Your reply and the model answer</h3>
      <div class="columns">
        <figure>
          <figcaption>Your reply ({submission.result.score})</figcaption>
          <pre class="reply-text">{submission.reply}</pre>
        </figure>
        {scenario.modelAnswers.map((answer, i) => (
          <figure key={i} data-practice="model-answer">
            <figcaption>
              Model answer{scenario.modelAnswers.length > 1 ? ` ${i + 1}` : ''} ({scoreReply(scenario, answer).score})
            </figcaption>
            <pre class="reply-text">{answer}</pre>
          </figure>
        ))}
      </div>
    </section>
  );
}
