/**
 * The follow-through in the background service worker, where the reminders live: one alarm per
 * reminder, a notification when it is due, and a click on it opens (or focuses) the ticket. The
 * outcomes of promises go to the stats as counts (lib/stats, promise events). Messages are
 * validated here (./messages.ts); the ticket's address comes from the sending tab, never the message.
 */
import { browser } from 'wxt/browser';
import { recordEvent } from '../stats/background';
import { followUpMessageSchema, isFollowUpMessageType, type FollowUpMessage } from './messages';
import {
  addReminder,
  completeReminder,
  dropReminder,
  isTicketUrl,
  loadFollowUp,
  markNotified,
  openReminders,
  pruneReminders,
  setFollowUpEnabled,
  snoozeReminder,
  type FollowUpStorage,
  type PromiseOutcome,
  type Reminder,
} from './store';
import { notificationText } from './notification-text';

export const REMINDER_ALARM_PREFIX = 'rapport-followup:';
export const PRUNE_ALARM = 'rapport-followup-prune';

export interface FollowUpSender {
  id?: string | undefined;
  url?: string | undefined;
  tab?: { id?: number | undefined; url?: string | undefined; title?: string | undefined } | undefined;
}

type Reply = { ok: true; [key: string]: unknown } | { ok: false; error: string };

const area = (): FollowUpStorage => browser.storage.local as unknown as FollowUpStorage;
const alarmName = (id: string) => `${REMINDER_ALARM_PREFIX}${id}`;
const idOf = (name: string) => (name.startsWith(REMINDER_ALARM_PREFIX) ? name.slice(REMINDER_ALARM_PREFIX.length) : null);

function count(reminder: Reminder, outcome: PromiseOutcome): void {
  // Follow-ups after a solved ticket are the extra mile, not a promise made in the reply.
  if (reminder.kind !== 'promise') return;
  void recordEvent({ type: 'promise', outcome, site: reminder.site }).catch(() => undefined);
}

async function schedule(reminder: Reminder): Promise<void> {
  await browser.alarms.create(alarmName(reminder.id), { when: Math.max(reminder.remindAt, Date.now() + 1000) });
}

async function unschedule(id: string): Promise<void> {
  await browser.alarms.clear(alarmName(id));
  await browser.notifications?.clear(alarmName(id)).catch(() => undefined);
}

async function notify(id: string): Promise<void> {
  const reminder = await markNotified(area(), id, Date.now());
  if (!reminder) return;
  const text = notificationText(reminder);
  // Firefox refuses options it doesn't know (requireInteraction, priority); Chromium keeps the reminder on screen.
  const chromium = typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo !== 'function';
  await browser.notifications.create(alarmName(id), {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icons/icon-128.png'),
    title: text.title,
    message: text.message,
    ...(chromium ? { priority: 2, requireInteraction: true } : {}),
  });
}

/** Focuses a tab already showing the ticket, else opens it. */
export async function openTicket(id: string): Promise<boolean> {
  const reminder = (await loadFollowUp(area()))?.reminders.find((r) => r.id === id);
  if (!reminder || !isTicketUrl(reminder.ticketUrl)) return false;
  const tabs = await browser.tabs.query({});
  const open = tabs.find((tab) => tab.url === reminder.ticketUrl);
  if (open?.id !== undefined) {
    await browser.tabs.update(open.id, { active: true });
    if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
  } else {
    await browser.tabs.create({ url: reminder.ticketUrl, active: true });
  }
  await browser.notifications?.clear(alarmName(id)).catch(() => undefined);
  return true;
}

async function prune(): Promise<void> {
  for (const expired of await pruneReminders(area(), Date.now())) {
    count(expired, 'dropped');
    await unschedule(expired.id);
  }
}

/** Alarms survive a stopped worker but not every browser restart: make them match what is kept. */
async function resync(): Promise<void> {
  const reminders = openReminders(await loadFollowUp(area()));
  for (const r of reminders) if (r.notifiedAt === undefined && !(await browser.alarms.get(alarmName(r.id)))) await schedule(r);
}

let started = false;

export function startFollowUpBackground(): void {
  if (started) return;
  started = true;
  void prune().then(resync).catch(() => undefined);
  void browser.alarms.get(PRUNE_ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(PRUNE_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 60 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PRUNE_ALARM) void prune();
    const id = idOf(alarm.name);
    if (id) void notify(id).catch((error: unknown) => console.warn('Rapport: reminder failed', error));
  });
  browser.notifications?.onClicked.addListener((notificationId: string) => {
    const id = idOf(notificationId);
    if (id) void openTicket(id);
  });
}

function isExtensionPage(sender: FollowUpSender): boolean {
  return !sender.tab?.url?.startsWith('http') && !!sender.url?.startsWith(browser.runtime.getURL('/'));
}

async function handle(message: FollowUpMessage, sender: FollowUpSender): Promise<Reply> {
  const page = isExtensionPage(sender);
  if (message.type === 'rapport:followup-state') {
    const state = await loadFollowUp(area());
    return page ? { ok: true, enabled: state !== null, reminders: openReminders(state) } : { ok: true, enabled: state !== null };
  }
  if (message.type === 'rapport:followup-schedule') {
    // The ticket is the tab the content script runs in, as the browser reports it.
    const ticketUrl = sender.tab?.url;
    if (page || !ticketUrl || !isTicketUrl(ticketUrl)) return { ok: false, error: 'rapport:followup-schedule comes from a help desk tab only' };
    const reminder = await addReminder(area(), { kind: message.kind, ticketUrl, ticketTitle: message.ticketTitle, promise: message.promise, site: message.site, dueAt: message.dueAt }, Date.now(), crypto.randomUUID());
    if (!reminder) return { ok: false, error: 'follow-through is off' };
    await schedule(reminder);
    count(reminder, 'made');
    return { ok: true, id: reminder.id, remindAt: reminder.remindAt };
  }
  if (!page) return { ok: false, error: `${message.type} comes from Rapport's own pages only` };
  if (message.type === 'rapport:followup-enable') {
    const deleted = await setFollowUpEnabled(area(), message.enabled);
    for (const r of deleted) await unschedule(r.id);
    return { ok: true, enabled: message.enabled };
  }
  if (message.action === 'open') return (await openTicket(message.id)) ? { ok: true } : { ok: false, error: 'no such reminder' };
  if (message.action === 'snooze') {
    const snoozed = await snoozeReminder(area(), message.id, Date.now() + message.minutes * 60_000);
    if (!snoozed) return { ok: false, error: 'no such reminder' };
    await browser.notifications?.clear(alarmName(snoozed.id)).catch(() => undefined);
    await schedule(snoozed);
    return { ok: true, remindAt: snoozed.remindAt };
  }
  if (message.action === 'done') {
    const done = await completeReminder(area(), message.id, Date.now());
    if (!done) return { ok: false, error: 'no such reminder' };
    count(done.reminder, done.outcome);
    await unschedule(message.id);
    return { ok: true, outcome: done.outcome };
  }
  const dropped = await dropReminder(area(), message.id);
  if (!dropped) return { ok: false, error: 'no such reminder' };
  count(dropped, 'dropped');
  await unschedule(message.id);
  return { ok: true, outcome: 'dropped' };
}

/** Handles a follow-through message; undefined for any other message. */
export function handleFollowUpMessage(raw: unknown, sender: FollowUpSender): Promise<Reply> | undefined {
  if (!isFollowUpMessageType(raw)) return undefined;
  const parsed = followUpMessageSchema.safeParse(raw);
  if (!parsed.success) return Promise.resolve({ ok: false, error: `invalid ${(raw as { type: string }).type.slice(0, 64)} message` });
  return handle(parsed.data, sender).catch((error: unknown): Reply => ({ ok: false, error: error instanceof Error ? error.message : String(error) }));
}
