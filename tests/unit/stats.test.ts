import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addDays, dayOf } from '../../lib/stats/day';
import { StatsRecorder } from '../../lib/stats/record';
import { deleteAllStats, pruneStats } from '../../lib/stats/retention';
import { getAgentIdentity, getStatsSettings, setDisplayName, updateStatsSettings } from '../../lib/stats/settings';
import type { StatsDb } from '../../lib/stats/schema';
import { statsEventSchema } from '../../lib/stats/events';
import { encodeSeries } from '../../lib/stats/team-series';
import { draftChecked, dumpDb, freshDbs, noon, suggestion } from './stats-fixtures';

const db = freshDbs();

function recorderAt(d: StatsDb, day: string) {
  let now = noon(day);
  const recorder = new StatsRecorder(d, { now: () => now, schedule: () => () => {} });
  return { recorder, setDay: (next: string) => (now = noon(next)) };
}

describe('recording', () => {
  it('keeps one raw event per suggestion event and aggregates per day × category × site × kind', async () => {
    const d = db();
    const { recorder, setDay } = recorderAt(d, '2025-03-10');
    await recorder.record([
      suggestion(),
      suggestion({ action: 'applied' }),
      suggestion({ action: 'shown', kind: 'internal-note' }),
      suggestion({ action: 'ignored-once', category: 'dismissive', ruleId: 'dismissive/calm-down' }),
      suggestion({ action: 'rule-ignored', category: 'dismissive', ruleId: 'dismissive/calm-down' }),
    ]);
    setDay('2025-03-11');
    await recorder.record([suggestion({ site: 'zendesk' })]);

    expect(await d.events.count()).toBe(6);
    const events = await d.events.orderBy('id').toArray();
    expect(events.map((e) => e.day)).toEqual(['2025-03-10', '2025-03-10', '2025-03-10', '2025-03-10', '2025-03-10', '2025-03-11']);
    expect(events[0]).toEqual({ id: events[0]!.id, at: noon('2025-03-10'), day: '2025-03-10', action: 'shown', ruleId: 'blame/you-must-have', category: 'blame', severity: 'warning', site: 'desk.example.com', kind: 'reply' });

    const daily = await d.daily.toArray();
    const row = (day: string, category: string, site: string, kind: string) =>
      daily.find((r) => r.day === day && r.category === category && r.site === site && r.kind === kind);
    expect(row('2025-03-10', 'blame', 'desk.example.com', 'reply')).toMatchObject({ shown: 1, applied: 1, resolved: 1, ignoredOnce: 0, ruleIgnored: 0 });
    expect(row('2025-03-10', 'blame', 'desk.example.com', 'internal-note')).toMatchObject({ shown: 1, applied: 0 });
    expect(row('2025-03-10', 'dismissive', 'desk.example.com', 'reply')).toMatchObject({ shown: 0, ignoredOnce: 1, ruleIgnored: 1 });
    expect(row('2025-03-11', 'blame', 'zendesk', 'reply')).toMatchObject({ shown: 1 });
    expect(daily).toHaveLength(4);
  });

  it('counts a card edited away as resolved but not applied', async () => {
    const d = db();
    const { recorder } = recorderAt(d, '2025-03-10');
    await recorder.record([suggestion(), suggestion({ action: 'edited-away' }), suggestion({ action: 'edited-away', category: 'venting', ruleId: 'venting' })]);
    const daily = await d.daily.toArray();
    expect(daily.find((r) => r.category === 'blame')).toMatchObject({ shown: 1, applied: 0, resolved: 1 });
    expect(daily.find((r) => r.category === 'venting')).toMatchObject({ shown: 0, applied: 0, resolved: 1 });
  });

  it('records per checked draft the counts per category and its tone score; a re-check replaces, never adds', async () => {
    const d = db();
    const { recorder } = recorderAt(d, '2025-03-10');
    await recorder.record([draftChecked({ draftId: 'draft-aaaa', counts: { blame: 2, 'help-wording': 1 }, toneScore: 30 })]);
    await recorder.record([draftChecked({ draftId: 'draft-aaaa', counts: { blame: 1 }, toneScore: 72 })]);
    await recorder.record([draftChecked({ draftId: 'draft-bbbb', counts: { blame: 4 }, toneScore: null })]);

    expect(await d.drafts.count()).toBe(2);
    const daily = await d.daily.toArray();
    expect(daily.find((r) => r.category === 'blame')?.found).toBe(5);
    expect(daily.find((r) => r.category === 'help-wording')?.found).toBe(0);
    const [tone] = await d.tone.toArray();
    expect(tone).toMatchObject({ day: '2025-03-10', drafts: 2, buckets: [0, 0, 0, 1, 0], unscored: 1, scoreSum: 72 });
  });

  it('handles a draft reported twice in one batch', async () => {
    const d = db();
    const { recorder } = recorderAt(d, '2025-03-10');
    await recorder.record([draftChecked({ counts: { blame: 1 } }), draftChecked({ counts: { blame: 3 } })]);
    expect((await d.tone.toArray())[0]?.drafts).toBe(1);
    expect((await d.daily.toArray())[0]?.found).toBe(3);
  });

  it('records nothing while recording is switched off', async () => {
    const d = db();
    await updateStatsSettings(d, { recording: false });
    const { recorder } = recorderAt(d, '2025-03-10');
    expect(await recorder.record([suggestion(), draftChecked()])).toEqual({ recorded: 0, buffered: 0 });
    expect(await d.events.count()).toBe(0);
    expect(await d.daily.count()).toBe(0);
  });
});

describe('privacy: no draft text in the database by default', () => {
  const SECRET_SPAN = 'you must have deleted the folder yourself';
  const SECRET_DRAFT = 'Hi Dana, you must have deleted the folder yourself, obviously. Regards';

  it('refuses events that carry text, and scanning every table after recording finds none', async () => {
    const d = db();
    const { recorder } = recorderAt(d, '2025-03-10');
    expect(statsEventSchema.safeParse({ ...suggestion(), example: SECRET_SPAN }).success).toBe(false);
    expect(statsEventSchema.safeParse({ ...draftChecked(), draft: SECRET_DRAFT }).success).toBe(false);
    await recorder.record([suggestion(), suggestion({ action: 'applied' }), draftChecked()]);
    expect(await d.events.count()).toBe(2);
    const everything = JSON.stringify(await dumpDb(d));
    for (const word of ['deleted', 'folder', 'yourself', 'Dana', 'obviously', 'Regards']) {
      expect(everything, `"${word}" leaked into the database`).not.toContain(word);
    }
  });

  it('reads settings an older release kept (keepExamples) without losing the others', async () => {
    const d = db();
    await d.meta.put({ key: 'settings', value: { recording: false, keepExamples: true, retentionDays: 30 } });
    expect(await getStatsSettings(d)).toEqual({ recording: false, retentionDays: 30, pseudonymousSites: true });
  });
});

describe('retention', () => {
  it('defaults to 90 days and prunes raw events, drafts and aggregates older than the window', async () => {
    const d = db();
    expect((await getStatsSettings(d)).retentionDays).toBe(90);
    const today = '2025-06-30';
    const { recorder, setDay } = recorderAt(d, today);
    const oldest = addDays(today, -90); // outside: the window is today and the 89 days before
    const edge = addDays(today, -89); // inside
    for (const day of [oldest, edge, today]) {
      setDay(day);
      await recorder.record([suggestion(), draftChecked({ draftId: `draft-${day}` })]);
    }
    const result = await pruneStats(d, noon(today));
    expect(result).toMatchObject({ keptFrom: edge, events: 1, drafts: 1, tone: 1 });
    expect(result.daily).toBe(2); // blame and help-wording rows of the oldest day
    const days = new Set([...(await d.events.toArray()), ...(await d.daily.toArray()), ...(await d.tone.toArray()), ...(await d.drafts.toArray())].map((r) => r.day));
    expect([...days].sort()).toEqual([edge, today]);
  });

  it('follows a shorter retention setting and leaves imported team data alone', async () => {
    const d = db();
    await updateStatsSettings(d, { retentionDays: 7 });
    const { recorder, setDay } = recorderAt(d, '2025-06-01');
    await recorder.record([suggestion()]);
    setDay('2025-06-20');
    await recorder.record([suggestion()]);
    const teamRow = { day: '2025-01-01', category: 'blame', site: 'a', kind: 'reply' as const, shown: 1, applied: 0, resolved: 0, ignoredOnce: 0, ruleIgnored: 0, found: 0 };
    await d.teamSeries.put(encodeSeries('agent-x', [teamRow], [], new Map([['2025-01-01', '2025-01-01T00:00:00.000Z']])));
    await pruneStats(d, noon('2025-06-20'));
    expect((await d.events.toArray()).map((e) => e.day)).toEqual(['2025-06-20']);
    expect(await d.teamSeries.count()).toBe(1);
  });

  it('rejects retention settings out of range without changing the stored one', async () => {
    const d = db();
    await expect(updateStatsSettings(d, { retentionDays: 0 })).rejects.toThrow();
    await expect(updateStatsSettings(d, { retentionDays: 1.5 })).rejects.toThrow();
    expect((await getStatsSettings(d)).retentionDays).toBe(90);
  });
});

describe('delete all my data', () => {
  it('clears stats, drafts, team imports and the pseudonymous id, keeping preferences', async () => {
    const d = db();
    await updateStatsSettings(d, { recording: true, retentionDays: 30 });
    const before = await setDisplayName(d, 'Sam');
    const { recorder } = recorderAt(d, '2025-03-10');
    await recorder.record([suggestion(), draftChecked()]);
    await d.teamAgents.put({ agentId: 'agent-x', displayName: 'X', exportedAt: '2025-01-01T00:00:00.000Z', importedAt: 0, files: [] });
    await deleteAllStats(d);
    const dump = await dumpDb(d);
    for (const [name, rows] of Object.entries(dump)) if (name !== 'meta') expect(rows, name).toEqual([]);
    expect(await getStatsSettings(d)).toEqual({ recording: true, retentionDays: 30, pseudonymousSites: true });
    const after = await getAgentIdentity(d);
    expect(after.id).not.toBe(before.id);
    expect(after.displayName).toBeNull();
  });
});

describe('agent identity', () => {
  it('is generated once, random and pseudonymous, with an optional validated display name', async () => {
    const d = db();
    const a = await getAgentIdentity(d);
    expect(a.id).toMatch(/^agent-[0-9a-f-]{36}$/);
    expect((await getAgentIdentity(d)).id).toBe(a.id);
    expect((await getAgentIdentity(db())).id).not.toBe(a.id);
    expect((await setDisplayName(d, '  Sam P.  ')).displayName).toBe('Sam P.');
    await expect(setDisplayName(d, 'Sam\u202Eevil')).rejects.toThrow(/control characters/);
    expect((await setDisplayName(d, '')).displayName).toBeNull();
  });
});

describe('storage full (QuotaExceededError)', () => {
  function quotaError(): Error {
    const e = new Error('The quota has been exceeded.');
    e.name = 'QuotaExceededError';
    return e;
  }

  it('keeps events in memory, says so, retries, and writes them all once space frees up', async () => {
    const d = db();
    const retries: (() => void)[] = [];
    const statuses: boolean[] = [];
    const recorder = new StatsRecorder(d, {
      now: () => noon('2025-03-10'),
      schedule: (fn) => {
        retries.push(fn);
        return () => {};
      },
      onStatus: (s) => statuses.push(s.storageFull),
    });
    const realTransaction = d.transaction.bind(d) as (...args: unknown[]) => unknown;
    let full = true;
    (d as unknown as { transaction: unknown }).transaction = (...args: unknown[]) => {
      const writesEvents = args.some((a) => a === d.events || (Array.isArray(a) && a.includes(d.events)));
      if (full && writesEvents) return Promise.reject(quotaError());
      return realTransaction(...args);
    };

    const first = await recorder.record([suggestion(), suggestion({ action: 'applied' })]);
    expect(first).toEqual({ recorded: 0, buffered: 2 });
    const second = await recorder.record([draftChecked()]);
    expect(second.buffered).toBe(3);
    const status = recorder.status();
    expect(status.storageFull).toBe(true);
    expect(status.problem).toMatch(/storage for Rapport is full.*3 recent events are kept in memory/);
    expect(retries.length).toBeGreaterThan(0);
    expect(await d.events.count()).toBe(0);

    full = false;
    retries.at(-1)!();
    await recorder.flush();
    expect(recorder.status()).toMatchObject({ storageFull: false, pending: 0, problem: null });
    expect(await d.events.count()).toBe(2);
    expect((await d.daily.toArray()).find((r) => r.category === 'blame')).toMatchObject({ shown: 1, applied: 1, found: 1 });
    expect(statuses).toEqual([true, true, false]);
  });

  it('recognises quota errors wrapped by Dexie', async () => {
    const { isQuotaError } = await import('../../lib/stats/record');
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
  });
});

it('dayOf uses the local calendar day', () => {
  expect(dayOf(new Date(2025, 0, 31, 23, 59))).toBe('2025-01-31');
  expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
});
