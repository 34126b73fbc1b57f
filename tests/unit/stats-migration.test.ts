import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { dayOf } from '../../lib/stats/day';
import { declareVersion1, STATS_DB_VERSION, StatsDb } from '../../lib/stats/schema';
import { StatsRecorder } from '../../lib/stats/record';
import { pruneStats } from '../../lib/stats/retention';
import { noon, suggestion } from './stats-fixtures';

/** A database exactly as release v1 of the schema left it. */
async function seedVersion1(name: string) {
  const v1 = new Dexie(name);
  declareVersion1(v1);
  await v1.open();
  expect(v1.verno).toBe(1);
  await v1.table('events').bulkAdd([
    { at: noon('2025-01-05'), action: 'shown', ruleId: 'blame/x', category: 'blame', severity: 'warning', site: 'a.example', kind: 'reply', tone: 1 },
    { at: noon('2025-03-01'), action: 'applied', ruleId: 'blame/x', category: 'blame', severity: 'warning', site: 'a.example', kind: 'reply', tone: 2 },
  ]);
  await v1.table('drafts').add({ draftId: 'draft-v1-0001', at: noon('2025-03-01'), site: 'a.example', kind: 'reply', tone: 2, counts: { blame: 1 } });
  await v1.table('daily').bulkAdd([
    { day: '2025-01-05', category: 'blame', site: 'a.example', kind: 'reply', shown: 1, applied: 0, ignoredOnce: 0, ruleIgnored: 0, found: 0 },
    { day: '2025-03-01', category: 'blame', site: 'a.example', kind: 'reply', shown: 0, applied: 1, ignoredOnce: 0, ruleIgnored: 0, found: 1 },
  ]);
  await v1.table('tone').add({ day: '2025-03-01', site: 'a.example', kind: 'reply', drafts: 1, buckets: [0, 0, 1, 0, 0], unscored: 0 });
  await v1.table('meta').put({ key: 'settings', value: { recording: true, keepExamples: false, retentionDays: 30 } });
  v1.close();
}

describe('schema migrations', () => {
  it('v1 → v2 derives the calendar day of every raw event and draft, keeping all data', async () => {
    const name = `migrate-${Math.random()}`;
    await seedVersion1(name);
    const db = new StatsDb(name);
    await db.open();
    expect(db.verno).toBe(STATS_DB_VERSION);
    const events = await db.events.orderBy('id').toArray();
    expect(events.map((e) => e.day)).toEqual(['2025-01-05', '2025-03-01']);
    expect((await db.drafts.get('draft-v1-0001'))?.day).toBe('2025-03-01');
    expect(await db.daily.count()).toBe(2);
    expect(await db.tone.count()).toBe(1);
    // The new indexes answer queries.
    expect(await db.events.where('day').equals('2025-03-01').count()).toBe(1);
    expect(await db.daily.where('site').equals('a.example').count()).toBe(2);
    expect(await db.teamAgents.count()).toBe(0);
    await db.delete();
  });

  it('after the migration, recording and retention work on the migrated rows', async () => {
    const name = `migrate-${Math.random()}`;
    await seedVersion1(name);
    const db = new StatsDb(name);
    const recorder = new StatsRecorder(db, { now: () => noon('2025-03-02') });
    await recorder.record([suggestion({ category: 'blame', site: 'a.example', ruleId: 'blame/x' })]);
    // Retention (30 days, from the v1 settings) drops 2025-01-05, which only the derived day index can find.
    const result = await pruneStats(db, noon('2025-03-02'));
    expect(result.events).toBe(1);
    expect(result.daily).toBe(1);
    expect((await db.events.toArray()).map((e) => dayOf(e.at))).toEqual(['2025-03-01', '2025-03-02']);
    await db.delete();
  });

  it('opens a brand-new database directly at the latest version', async () => {
    const db = new StatsDb(`fresh-${Math.random()}`);
    await db.open();
    expect(db.verno).toBe(STATS_DB_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['daily', 'drafts', 'events', 'meta', 'teamAgents', 'teamDaily', 'teamTone', 'tone']);
    await db.delete();
  });
});
