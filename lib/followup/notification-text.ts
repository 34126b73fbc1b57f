/** The words of a reminder: its notification and when it is due, in the agent's locale (lib/i18n.ts). */
import { t } from '../i18n';
import type { Reminder } from './store';

const time = (date: Date) => date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
const day = (date: Date) => date.toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short' });

/** "at 14:30" today, else "on Fri 13 Mar at 09:00". */
export function whenText(at: number, now: number = Date.now()): string {
  const date = new Date(at);
  return new Date(now).toDateString() === date.toDateString() ? t('followup_when_today', time(date)) : t('followup_when_day', day(date), time(date));
}

export function notificationText(reminder: Reminder): { title: string; message: string } {
  const title = reminder.ticketTitle || t('followup_notification_untitled');
  if (reminder.kind === 'follow-up') return { title: t('followup_notification_follow_up_title', title), message: t('followup_notification_follow_up_message') };
  return { title: t('followup_notification_title', title), message: reminder.promise };
}
