/** The ticket as the agent would see it on the desk: the thread, and what the agent knows. */
import type { Scenario } from '../../lib/practice/schema';
import { DIFFICULTY_LABELS } from './ScenarioPicker';
import { t } from '../../lib/i18n';

export function Ticket({ scenario }: { scenario: Scenario }) {
  return (
    <section class="ticket" aria-labelledby="ticket-title" data-practice="ticket">
      <header>
        <h2 id="ticket-title">{scenario.title}</h2>
        <span class={`difficulty d-${scenario.difficulty}`}>{t(DIFFICULTY_LABELS[scenario.difficulty])}</span>
      </header>
      <ol class="thread" aria-label={t('ticket_thread')}>
        {scenario.messages.map((m, i) => (
          <li key={i} class={`message from-${m.from}`} data-from={m.from}>
            <p class="author">
              <strong>{m.name}</strong>
              {m.from === 'agent' && <span class="badge-agent">{t('ticket_service_desk')}</span>}
              {m.when && <span class="when">{m.when}</span>}
            </p>
            <div class="text">
              {m.text.split('\n').map((line, j) => (
                <p key={j}>{line}</p>
              ))}
            </div>
          </li>
        ))}
      </ol>
      {scenario.context.length > 0 && (
        <aside class="context" aria-label={t('ticket_context')}>
          <h3>{t('ticket_context')}</h3>
          <ul>
            {scenario.context.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
        </aside>
      )}
    </section>
  );
}
