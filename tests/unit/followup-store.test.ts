/**
 * The reminder store: nothing kept while off, only the ticket's address and title and the promise
 * (clipped) when on, deleted on done, drop, retention and switching off, with the outcome each
 * ending counts as. Then the promise counters in the stats: one source (lib/stats/counters.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  addReminder,
  completeReminder,
  dropReminder,
  FOLLOW_UP_KEY,
  loadFollowUp,
  ON_TIME_GRACE_MS,
  pruneReminders,
  setFollowUpEnabled,
  snoozeReminder,
  type FollowUpStorage,
  type NewReminder,
} from '../../lib/followup/store';
import { AggregateDeltas } from '../../lib/stats/aggregate-rows';
import { summarise } from '../../lib/stats/aggregate';
import { counterOfOutcome } from '../../lib/stats/counters';

function memory(): FollowUpStorage & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (keys) => Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, structuredClone(data[k])])),
    set: async (items) => void Object.assign(data, structuredClone(items)),
    remove: async (keys) => {
      for (const k of Array.isArray(keys) ? keys : [keys]) delete data[k];
    },
  };
}

const NOW = Date.UTC(2026, 2, 11, 15, 15);
const HOUR = 3_600_000;
const entry = (over: Partial<NewReminder> = {}): NewReminder => ({
  kind: 'promise',
  ticketUrl: 'https://acme.zendesk.com/agent/tickets/4821',
  ticketTitle: 'Printer jams on the 2nd floor',
  promise: "I'll check back at 2:30.",
  site: 'zendesk',
  dueAt: NOW + 4 * HOUR,
  ...over,
});

describe('reminder store', () => {
  it('keeps nothing while off: adding is refused and the key never appears', async () => {
    const area = memory();
    expect(await addReminder(area, entry(), NOW, 'id-00000001')).toBeNull();
    expect(area.data).toEqual({});
    expect(await loadFollowUp(area)).toBeNull();
  });

  it('keeps the ticket address, title and promise, clipped to 100 characters, never more', async () => {
    const area = memory();
    await setFollowUpEnabled(area, true);
    const r = await addReminder(area, entry({ ticketTitle: 'T'.repeat(300), promise: `I'll call you ${'x'.repeat(300)}` }), NOW, 'id-00000001');
    expect(r!.ticketTitle).toHaveLength(100);
    expect(r!.promise).toHaveLength(100);
    expect(Object.keys(r!).sort()).toEqual(['createdAt', 'dueAt', 'id', 'kind', 'promise', 'remindAt', 'site', 'ticketTitle', 'ticketUrl']);
  });

  it('refuses addresses that are not http(s)', async () => {
    const area = memory();
    await setFollowUpEnabled(area, true);
    expect(await addReminder(area, entry({ ticketUrl: 'javascript:alert(1)' }), NOW, 'id-00000001')).toBeNull();
    expect(await addReminder(area, entry({ ticketUrl: 'chrome://settings' }), NOW, 'id-00000002')).toBeNull();
    expect((await loadFollowUp(area))!.reminders).toEqual([]);
  });

  it('done on time is kept, done later is late; both delete the reminder', async () => {
    const area = memory();
    await setFollowUpEnabled(area, true);
    await addReminder(area, entry(), NOW, 'id-00000001');
    await addReminder(area, entry(), NOW, 'id-00000002');
    const due = NOW + 4 * HOUR;
    expect((await completeReminder(area, 'id-00000001', due + ON_TIME_GRACE_MS))!.outcome).toBe('kept');
    expect((await completeReminder(area, 'id-00000002', due + ON_TIME_GRACE_MS + 1))!.outcome).toBe('late');
    expect((await loadFollowUp(area))!.reminders).toEqual([]);
    expect(await completeReminder(area, 'id-00000002', due)).toBeNull();
  });

  it('snooze moves the reminder, not the due time; drop deletes it', async () => {
    const area = memory();
    await setFollowUpEnabled(area, true);
    await addReminder(area, entry(), NOW, 'id-00000001');
    const snoozed = await snoozeReminder(area, 'id-00000001', NOW + 5 * HOUR);
    expect([snoozed!.dueAt, snoozed!.remindAt]).toEqual([NOW + 4 * HOUR, NOW + 5 * HOUR]);
    expect((await dropReminder(area, 'id-00000001'))!.id).toBe('id-00000001');
    expect((await loadFollowUp(area))!.reminders).toEqual([]);
  });

  it('deletes reminders older than the retention period', async () => {
    const area = memory();
    await setFollowUpEnabled(area, true);
    await addReminder(area, entry({ dueAt: NOW }), NOW, 'id-00000001');
    await addReminder(area, entry({ dueAt: NOW + 40 * 86_400_000 }), NOW, 'id-00000002');
    expect(await pruneReminders(area, NOW + 29 * 86_400_000)).toEqual([]);
    expect((await pruneReminders(area, NOW + 31 * 86_400_000)).map((r) => r.id)).toEqual(['id-00000001']);
    expect((await loadFollowUp(area))!.reminders.map((r) => r.id)).toEqual(['id-00000002']);
  });

  it('switching off deletes the key and hands back what it deleted', async () => {
    const area = memory();
    await setFollowUpEnabled(area, true);
    await addReminder(area, entry(), NOW, 'id-00000001');
    expect((await setFollowUpEnabled(area, false)).map((r) => r.id)).toEqual(['id-00000001']);
    expect(FOLLOW_UP_KEY in area.data).toBe(false);
  });

  it('reads a damaged entry forgivingly: bad reminders are dropped', async () => {
    const area = memory();
    area.data[FOLLOW_UP_KEY] = { enabled: true, retentionDays: 'x', reminders: [{ id: 1 }, { ...entry(), id: 'id-00000001', remindAt: NOW, createdAt: NOW }] };
    const state = await loadFollowUp(area);
    expect(state!.retentionDays).toBe(30);
    expect(state!.reminders.map((r) => r.id)).toEqual(['id-00000001']);
  });
});

describe('promise counts in the stats', () => {
  it('each outcome adds one to its counter of the site’s reply row, and the dashboard sums them', () => {
    const deltas = new AggregateDeltas();
    for (const outcome of ['made', 'made', 'kept', 'late', 'dropped'] as const) deltas.promise('2026-03-11', 'zendesk', outcome);
    const rows = (deltas as unknown as { tone: Map<string, Record<string, unknown>> }).tone;
    const [row] = [...rows.values()];
    expect(row).toMatchObject({ day: '2026-03-11', site: 'zendesk', kind: 'reply', drafts: 0, [counterOfOutcome('made')!]: 2, promisesKept: 1, promisesLate: 1, promisesDropped: 1 });
    const data = summarise([], [row as never], '2026-03-01', '2026-03-31');
    expect(data.promises).toEqual({ made: 2, kept: 1, late: 1, dropped: 1 });
  });
});
