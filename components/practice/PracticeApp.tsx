/** The practice page: scenarios, the ticket and composer with the live sidebar, the score, progress, packs. */
import { Composer } from './Composer';
import { PacksView } from './PacksView';
import { ProgressView } from './ProgressView';
import { ScenarioPicker } from './ScenarioPicker';
import { ScoreReport } from './ScoreReport';
import type { PracticeStore, View } from './store';
import { Ticket } from './Ticket';
import { t, type MessageKey } from '../../lib/i18n';

const TABS: { id: View; label: MessageKey }[] = [
  { id: 'practice', label: 'practice_tab_practice' },
  { id: 'progress', label: 'practice_tab_progress' },
  { id: 'packs', label: 'practice_tab_packs' },
];

export function PracticeApp({ store }: { store: PracticeStore }) {
  const view = store.view.value;
  return (
    <div class="app">
      <header class="top">
        <h1>
          Rapport <span>{t('practice_heading')}</span>
        </h1>
        <nav class="tabs" aria-label={t('practice_sections')}>
          {TABS.map((tab) => (
            <button
              key={tab.id}
              type="button"
              class={view === tab.id ? 'active' : ''}
              aria-current={view === tab.id ? 'page' : undefined}
              data-practice-tab={tab.id}
              onClick={() => (store.view.value = tab.id)}
            >
              {t(tab.label)}
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
          {store.undoable.value && (
            <>
              <button type="button" class="link" data-practice-action="undo" onClick={store.undo}>
                {t('undo')}
              </button>{' '}
            </>
          )}
          <button type="button" class="link" onClick={() => (store.message.value = null)}>
            {t('dismiss_banner')}
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
            <h2>{t('practice_welcome_title')}</h2>
            <p>{t('practice_welcome_body')}</p>
            <p class="muted">{t('practice_welcome_private')}</p>
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
