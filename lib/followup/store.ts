/**
 * The reminders, in the extension's own storage (`browser.storage.local` under one key, never the
 * help desk page's storage). Off until the agent turns it on: while off the key does not exist, so
 * nothing at all is kept, and turning it off deletes it. A reminder keeps only the ticket's URL and
 * title and the promise itself (each at most 100 characters but the URL), never the reply. It is
 * deleted when marked done or dropped, and after the retention period whatever happened. Each
 * ending is an outcome the lead's counts take (made, kept on time, late, dropped; counts only).
 *
 * Plain functions over a storage area (an in-memory one in the unit tests); in the extension only
 * the background calls them.
 */
import { PROMISE_MAX_CHARS } from './commitments';

export const FOLLOW_UP_KEY = 'rapport.followUp';
export const RETENTION_DAYS_DEFAULT = 30;
/** Marked done up to this long after it was due still counts as kept on time. */
export const ON_TIME_GRACE_MS = 30 * 60_000;
export const TITLE_MAX_CHARS = 100;
export const URL_MAX_CHARS = 2048;
export const MAX_REMINDERS = 500;

export type ReminderKind = 'promise' | 'follow-up';
export type { PromiseOutcome } from '../stats/counters';

export interface Reminder {
  id: string;
  /** A promise in the reply, or the follow-up three working days after a solved ticket. */
  kind: ReminderKind;
  ticketUrl: string;
  ticketTitle: string;
  /** The promise's words (follow-ups: empty). */
  promise: string;
  /** The desk ("zendesk") or the page's host name, as the stats name sites. */
  site: string;
  /** When it was promised for (epoch ms). */
  dueAt: number;
  /** When to remind: the due time, or later once snoozed. */
  remindAt: number;
  createdAt: number;
  /** When the notification was shown, once it has been. */
  notifiedAt?: number;
}

export interface FollowUpState {
  enabled: true;
  retentionDays: number;
  reminders: Reminder[];
}

/** The part of `browser.storage.local` used here (an in-memory fake in unit tests). */
export interface FollowUpStorage {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** What the caller gives; the store adds the id, clipping, remind time and creation time. */
export type NewReminder = Pick<Reminder, 'kind' | 'ticketUrl' | 'ticketTitle' | 'promise' | 'site' | 'dueAt'>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** A ticket address Rapport may open: http(s) only. */
export function isTicketUrl(url: string): boolean {
  if (url.length > URL_MAX_CHARS) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}

function readReminder(raw: unknown): Reminder | null {
  if (!isRecord(raw)) return null;
  const { id, kind, ticketUrl, ticketTitle, promise, site, dueAt, remindAt, createdAt, notifiedAt } = raw;
  if (typeof id !== 'string' || (kind !== 'promise' && kind !== 'follow-up')) return null;
  if (typeof ticketUrl !== 'string' || !isTicketUrl(ticketUrl) || typeof ticketTitle !== 'string' || typeof promise !== 'string' || typeof site !== 'string') return null;
  if (![dueAt, remindAt, createdAt].every((n) => typeof n === 'number' && Number.isFinite(n))) return null;
  return {
    id,
    kind,
    ticketUrl,
    ticketTitle: clip(ticketTitle, TITLE_MAX_CHARS),
    promise: clip(promise, PROMISE_MAX_CHARS),
    site,
    dueAt: dueAt as number,
    remindAt: remindAt as number,
    createdAt: createdAt as number,
    ...(typeof notifiedAt === 'number' ? { notifiedAt } : {}),
  };
}

/** The stored state, forgivingly (a damaged entry is dropped), or null when the feature is off. */
export function readFollowUp(raw: unknown): FollowUpState | null {
  if (!isRecord(raw) || raw.enabled !== true) return null;
  const retentionDays = typeof raw.retentionDays === 'number' && raw.retentionDays >= 1 && raw.retentionDays <= 365 ? Math.round(raw.retentionDays) : RETENTION_DAYS_DEFAULT;
  const reminders = Array.isArray(raw.reminders) ? raw.reminders.map(readReminder).filter((r): r is Reminder => r !== null) : [];
  return { enabled: true, retentionDays, reminders };
}

export async function loadFollowUp(area: FollowUpStorage): Promise<FollowUpState | null> {
  return readFollowUp((await area.get([FOLLOW_UP_KEY]))[FOLLOW_UP_KEY]);
}

async function save(area: FollowUpStorage, state: FollowUpState): Promise<void> {
  await area.set({ [FOLLOW_UP_KEY]: state });
}

/** Turns it on (keeping what is there) or off (deleting every reminder). */
export async function setFollowUpEnabled(area: FollowUpStorage, enabled: boolean): Promise<Reminder[]> {
  const state = await loadFollowUp(area);
  if (!enabled) {
    await area.remove(FOLLOW_UP_KEY);
    return state?.reminders ?? [];
  }
  if (!state) await save(area, { enabled: true, retentionDays: RETENTION_DAYS_DEFAULT, reminders: [] });
  return [];
}

/** Adds a reminder; null when the feature is off or the entry is not one Rapport keeps. */
export async function addReminder(area: FollowUpStorage, entry: NewReminder, now: number, id: string): Promise<Reminder | null> {
  const state = await loadFollowUp(area);
  if (!state || !isTicketUrl(entry.ticketUrl) || !Number.isFinite(entry.dueAt)) return null;
  const reminder: Reminder = {
    id,
    kind: entry.kind,
    ticketUrl: entry.ticketUrl,
    ticketTitle: clip(entry.ticketTitle.replace(/\s+/g, ' ').trim(), TITLE_MAX_CHARS),
    promise: clip(entry.promise.replace(/\s+/g, ' ').trim(), PROMISE_MAX_CHARS),
    site: entry.site,
    dueAt: entry.dueAt,
    remindAt: entry.dueAt,
    createdAt: now,
  };
  if (state.reminders.length >= MAX_REMINDERS) return null;
  await save(area, { ...state, reminders: [...state.reminders, reminder] });
  return reminder;
}

async function update(area: FollowUpStorage, id: string, change: (r: Reminder) => Reminder | null): Promise<{ before: Reminder; after: Reminder | null } | null> {
  const state = await loadFollowUp(area);
  const before = state?.reminders.find((r) => r.id === id);
  if (!state || !before) return null;
  const after = change(before);
  const reminders = after ? state.reminders.map((r) => (r.id === id ? after : r)) : state.reminders.filter((r) => r.id !== id);
  await save(area, { ...state, reminders });
  return { before, after };
}

/** Remind again later: `until` (epoch ms). */
export async function snoozeReminder(area: FollowUpStorage, id: string, until: number): Promise<Reminder | null> {
  const done = await update(area, id, (r) => {
    const { notifiedAt: _shown, ...rest } = r;
    return { ...rest, remindAt: until };
  });
  return done?.after ?? null;
}

/** Done: deleted, kept on time or late. Null when there is no such reminder. */
export async function completeReminder(area: FollowUpStorage, id: string, now: number): Promise<{ reminder: Reminder; outcome: 'kept' | 'late' } | null> {
  const done = await update(area, id, () => null);
  if (!done) return null;
  return { reminder: done.before, outcome: now <= done.before.dueAt + ON_TIME_GRACE_MS ? 'kept' : 'late' };
}

/** Not going to happen: deleted, counted as dropped. */
export async function dropReminder(area: FollowUpStorage, id: string): Promise<Reminder | null> {
  return (await update(area, id, () => null))?.before ?? null;
}

export async function markNotified(area: FollowUpStorage, id: string, now: number): Promise<Reminder | null> {
  return (await update(area, id, (r) => ({ ...r, notifiedAt: now })))?.after ?? null;
}

/** Deletes reminders past the retention period (counted as dropped); returns them. */
export async function pruneReminders(area: FollowUpStorage, now: number): Promise<Reminder[]> {
  const state = await loadFollowUp(area);
  if (!state) return [];
  const keptFrom = now - state.retentionDays * 86_400_000;
  const expired = state.reminders.filter((r) => Math.max(r.dueAt, r.remindAt) < keptFrom);
  if (expired.length) await save(area, { ...state, reminders: state.reminders.filter((r) => !expired.includes(r)) });
  return expired;
}

/** Open reminders, soonest first. */
export function openReminders(state: FollowUpState | null): Reminder[] {
  return [...(state?.reminders ?? [])].sort((a, b) => a.remindAt - b.remindAt);
}
