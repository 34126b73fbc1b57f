/**
 * The question Rapport asks right after a reply with a promise was sent: "Remind me at 14:30 to
 * check back with you? — Yes / Change / No". Change shows a time field. Every button needs the
 * agent's own click or key press (`trusted`): script on the page can't set or refuse a reminder.
 */
import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { whenText } from '../../lib/followup/notification-text';
import { trusted } from '../sidebar/trusted';

export interface Offer {
  kind: 'promise' | 'follow-up';
  /** The agent's action in their words ("call you"); follow-ups: unused. */
  action: string;
  dueAt: number;
  /** The promise's words, kept with the reminder (at most 100 characters). */
  promise?: string;
}

export type Answer = { yes: true; dueAt: number } | { yes: false };

export interface ConfirmProps {
  offer: Offer;
  /** Resolves with the words to show once answered (e.g. "Reminder set at 14:30."), or null to close. */
  onAnswer(answer: Answer): Promise<string | null>;
}

/** `datetime-local` value for a time, in local time. */
export function localInputValue(at: number): string {
  const d = new Date(at);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

export function Confirm({ offer, onAnswer }: ConfirmProps) {
  const [changing, setChanging] = useState(false);
  const [value, setValue] = useState(localInputValue(offer.dueAt));
  const [result, setResult] = useState<string | null>(null);
  const when = whenText(offer.dueAt);
  const question = offer.kind === 'promise' ? t('followup_confirm', when, offer.action) : t('followup_confirm_follow_up', when);

  const answer = (a: Answer) => {
    void onAnswer(a).then((words) => setResult(words));
  };
  const chosen = () => {
    const at = new Date(value).getTime();
    return Number.isFinite(at) ? at : offer.dueAt;
  };

  if (result) {
    return (
      <section class="followup" role="status" data-followup="result">
        <p>{result}</p>
      </section>
    );
  }
  return (
    <section class="followup" role="region" aria-label={t('followup_region')} data-followup="confirm">
      <p data-followup="question">{question}</p>
      {changing ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (e.isTrusted) answer({ yes: true, dueAt: chosen() });
          }}
        >
          <label>
            {t('followup_change_label')}{' '}
            <input type="datetime-local" data-followup="time" value={value} onInput={(e) => setValue((e.target as HTMLInputElement).value)} />
          </label>
          <button type="submit" data-followup-action="set">
            {t('followup_set')}
          </button>
        </form>
      ) : (
        <div class="actions">
          <button type="button" data-followup-action="yes" onClick={trusted(() => answer({ yes: true, dueAt: offer.dueAt }))}>
            {t('followup_yes')}
          </button>
          <button type="button" data-followup-action="change" onClick={trusted(() => setChanging(true))}>
            {t('followup_change')}
          </button>
          <button type="button" data-followup-action="no" onClick={trusted(() => answer({ yes: false }))}>
            {t('followup_no')}
          </button>
        </div>
      )}
    </section>
  );
}
