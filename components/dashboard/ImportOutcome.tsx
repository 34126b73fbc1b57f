/**
 * What a team import did: a line when it worked, or every problem when nothing was imported. A file
 * refused because its agent's key changed (lib/stats/team-trust.ts) comes with "Replace this agent…",
 * which asks first and then imports the same files again with that agent's data and pin dropped.
 */
import { useState } from 'preact/hooks';
import type { ImportProblem } from '../../lib/stats';
import { t } from '../../lib/i18n';

export type Outcome = ({ kind: 'ok'; text: string } | { kind: 'error'; problems: ImportProblem[] }) & { seq: number };

type Replaceable = NonNullable<ImportProblem['replaceAgent']>;

interface Props {
  outcome: Outcome | undefined;
  /** Imports the refused batch again, replacing this agent; undefined while that is not possible. */
  onReplace?: (agentId: string) => void;
}

export function ImportOutcome({ outcome, onReplace }: Props) {
  const [confirming, setConfirming] = useState<{ seq: number; agent: Replaceable } | null>(null);
  if (!outcome) return null;
  if (outcome.kind === 'ok') {
    return (
      <p class="banner" role="status" data-import="ok" data-import-seq={outcome.seq}>
        {outcome.text}
      </p>
    );
  }
  const asking = confirming?.seq === outcome.seq ? confirming.agent : null;
  return (
    <div class="banner warning" role="alert" data-import="error" data-import-seq={outcome.seq}>
      <p>{t('team_import_failed')}</p>
      <ul>
        {outcome.problems.map((p, i) => (
          <li key={i}>
            <strong>{p.file}</strong>: {p.path === '(file)' ? t('team_problem_file') : <code>{p.path}</code>} {p.message}
            {p.replaceAgent && onReplace && (
              <>
                {' '}
                <button
                  type="button"
                  class="danger"
                  data-action="replace-agent"
                  data-agent={p.replaceAgent.agentId}
                  onClick={() => setConfirming({ seq: outcome.seq, agent: p.replaceAgent! })}
                >
                  {t('team_replace_agent')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      {asking && onReplace && (
        <div class="confirm" role="alertdialog" aria-labelledby="confirm-replace" data-replace-confirm>
          <p id="confirm-replace">
            {t('team_replace_question', asking.label)}
          </p>
          <button
            type="button"
            class="danger"
            data-action="confirm-replace-agent"
            onClick={() => {
              setConfirming(null);
              onReplace(asking.agentId);
            }}
          >
            {t('team_replace_confirm', asking.label)}
          </button>
          <button type="button" data-action="cancel-replace-agent" onClick={() => setConfirming(null)}>
            {t('cancel')}
          </button>
        </div>
      )}
    </div>
  );
}
