/** The popup's list of open promises: when each is due, and Open ticket / Done / Snooze / Drop. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { whenText } from '../../lib/followup/notification-text';
import type { Reminder } from '../../lib/followup/store';
import { followUpState, updateReminder, type FollowUpView } from '../shared/follow-up-api';
import { trusted } from '../sidebar/trusted';

const SNOOZE_MINUTES = 60;

function Item({ reminder, onChanged }: { reminder: Reminder; onChanged: () => void }) {
  const now = Date.now();
  const act = (change: Parameters<typeof updateReminder>[1]) => trusted(() => void updateReminder(reminder.id, change).finally(onChanged));
  const words = reminder.kind === 'promise' ? reminder.promise : t('followup_notification_follow_up_message');
  return (
    <li data-reminder={reminder.id}>
      <strong>{reminder.ticketTitle || t('followup_notification_untitled')}</strong>
      <span class="promise">{words}</span>
      <span class="due" data-reminder-due={reminder.remindAt}>
        {reminder.remindAt < now ? t('followup_popup_overdue', whenText(reminder.remindAt, now)) : t('followup_popup_due', whenText(reminder.remindAt, now))}
      </span>
      <span class="reminder-actions">
        <button type="button" data-reminder-action="open" onClick={act({ action: 'open' })}>
          {t('followup_popup_open')}
        </button>
        <button type="button" data-reminder-action="done" onClick={act({ action: 'done' })}>
          {t('followup_popup_done')}
        </button>
        <button type="button" data-reminder-action="snooze" onClick={act({ action: 'snooze', minutes: SNOOZE_MINUTES })}>
          {t('followup_popup_snooze')}
        </button>
        <button type="button" data-reminder-action="drop" onClick={act({ action: 'drop' })}>
          {t('followup_popup_drop')}
        </button>
      </span>
    </li>
  );
}

export function Promises() {
  const [view, setView] = useState<FollowUpView | null>(null);
  const refresh = () => void followUpState().then(setView, () => setView(null));
  useEffect(refresh, []);
  if (!view) return null;
  return (
    <section aria-labelledby="popup-promises" class="popup-promises" data-popup="promises">
      <h2 id="popup-promises">{t('followup_popup_heading')}</h2>
      {!view.enabled ? (
        <p class="hint">{t('followup_popup_off')}</p>
      ) : view.reminders.length === 0 ? (
        <p class="hint">{t('followup_popup_none')}</p>
      ) : (
        <ul class="reminders">
          {view.reminders.map((r) => (
            <Item key={r.id} reminder={r} onChanged={refresh} />
          ))}
        </ul>
      )}
    </section>
  );
}
