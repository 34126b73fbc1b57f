/** The extension pages' side of the follow-through messages (lib/followup/messages.ts). */
import { browser } from 'wxt/browser';
import type { Reminder } from '../../lib/followup/store';

export interface FollowUpView {
  enabled: boolean;
  reminders: Reminder[];
}

async function send<T>(message: object): Promise<T> {
  const reply = (await browser.runtime.sendMessage(message)) as ({ ok: true } & T) | { ok: false; error: string };
  if (!reply.ok) throw new Error(reply.error);
  return reply;
}

export const followUpState = () => send<FollowUpView>({ type: 'rapport:followup-state' });
export const setFollowUp = (enabled: boolean) => send<{ enabled: boolean }>({ type: 'rapport:followup-enable', enabled });
export type ReminderChange = { action: 'done' | 'drop' | 'open' } | { action: 'snooze'; minutes: number };

export const updateReminder = (id: string, change: ReminderChange) => send<object>({ type: 'rapport:followup-update', id, ...change });
