/** The practice page: scenarios, the ticket and composer with the live sidebar, the score, progress, packs. */
import { Composer } from './Composer';
import { PacksView } from './PacksView';
import { ProgressView } from './ProgressView';
import { ScenarioPicker } from './ScenarioPicker';
import { ScoreReport } from './ScoreReport';
import type { PracticeStore, View } from './store';
import { Ticket } from './Ticket';

const TABS: { id: View; label: string }[] = [
  { id: 'practice', label: 'Practice' },
  { id: 'progress', label: 'Progress' },
  { id: 'packs', label: 'Scenario packs' },
];

export function PracticeApp({ store }: { store: PracticeStore }) {
  const view = store.view.value;
  return (
    <div class="app">
      <header class="top">
        <h1>
          Rapport <span>practice</span>
        </h1>
        <nav class="tabs" aria-label="Sections">
          {TABS.map((t) => (
            <button
              key={t.id}
              type="button"
              class={view === t.id ? 'active' : ''}
              aria-current={view === t.id ? 'page' : undefined}
              data-practice-tab={t.id}
              onClick={() => (store.view.value = t.id)}
            >
              {t.label}
            </button>
          ))}
        </nav>
      </header>
      {store.error.value && (
        <p class="banner error" role="alert">
          {store.error.value}
        </p>
      )}
      {store.message.value && (
        <p class="banner info" role="status" data-practice="message">
          {store.message.value}{' '}
          <button type="button" class="link" onClick={() => (store.message.value = null)}>
            Dismiss
          </button>
        </p>
      )}
      {view === 'practice' && <PracticeView store={store} />}
      {view === 'progress' && <ProgressView store={store} />}
      {view === 'packs' && <PacksView store={store} />}
    </div>
  );
}

function PracticeView({ store }: { store: PracticeStore }) {
  const entry = store.selected.value;
  const submission = store.submission.value;
  return (
    <div class="practice-layout">
      <ScenarioPicker store={store} />
      <main class="workspace">
        {!entry ? (
          <section class="welcome">
            <h2>Practise on hard tickets before you meet real ones</h2>
            <p>
              Pick a scenario on the left, read the ticket and what you know, and write your reply. The same coach that works beside you on the desk
              flags wording as you type. Submit for a score out of 100 with the reasons, then retry and compare with a model answer.
            </p>
            <p class="muted">Everything is scored on this device; nothing you write is sent anywhere.</p>
          </section>
        ) : (
          <>
            <Ticket scenario={entry.scenario} />
            <Composer store={store} />
            {submission && submission.result.scenarioId === entry.scenario.id && <ScoreReport store={store} scenario={entry.scenario} submission={submission} />}
          </>
        )}
      </main>
    </div>
  );
}
