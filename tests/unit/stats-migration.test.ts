/**
 * Schema migrations: a database as each older release left it opens at the latest version with all
 * its data, converted: v1 gains calendar days, v2 gains the resolved and score counters (from what
 * it had), its drafts a 0–100 tone, its team rows move into one compact series per agent, and any
 * kept example words and the old "keep examples" setting are dropped.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { dayOf } from '../../lib/stats/day';
import { loadTeamRows } from '../../lib/stats/query';
import { declareVersion1, declareVersion2, STATS_DB_VERSION, StatsDb } from '../../lib/stats/schema';
import { getStatsSettings } from '../../lib/stats/settings';
import { StatsRecorder } from '../../lib/stats/record';
import { pruneStats } from '../../lib/stats/retention';
import { noon, suggestion } from './stats-fixtures';

const blameV1 = { category: 'blame', site: 'a.example', kind: 'reply', ignoredOnce: 0, ruleIgnored: 0 };

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
    { day: '2025-01-05', ...blameV1, shown: 1, applied: 0, found: 0 },
    { day: '2025-03-01', ...blameV1, shown: 0, applied: 1, found: 1 },
  ]);
  await v1.table('tone').add({ day: '2025-03-01', site: 'a.example', kind: 'reply', drafts: 1, buckets: [0, 0, 1, 0, 0], unscored: 0 });
  await v1.table('meta').put({ key: 'settings', value: { recording: true, keepExamples: false, retentionDays: 30 } });
  v1.close();
}

/** A database as release v2 left it: an example word kept, and a lead's imported team rows. */
async function seedVersion2(name: string) {
  const v2 = new Dexie(name);
  declareVersion1(v2);
  declareVersion2(v2);
  await v2.open();
  await v2.table('events').add({ at: noon('2025-03-01'), day: '2025-03-01', action: 'shown', ruleId: 'dismissive', category: 'dismissive', severity: 'warning', site: 'zendesk', kind: 'reply', tone: null, example: 'calm down' });
  await v2.table('drafts').add({ draftId: 'draft-v2-0001', at: noon('2025-03-01'), day: '2025-03-01', site: 'zendesk', kind: 'reply', tone: 3, counts: { dismissive: 1 } });
  await v2.table('daily').add({ day: '2025-03-01', category: 'dismissive', site: 'zendesk', kind: 'reply', shown: 4, applied: 2, ignoredOnce: 1, ruleIgnored: 0, found: 4 });
  await v2.table('tone').add({ day: '2025-03-01', site: 'zendesk', kind: 'reply', drafts: 3, buckets: [0, 1, 0, 2, 0], unscored: 0 });
  await v2.table('meta').put({ key: 'settings', value: { recording: false, keepExamples: true, retentionDays: 60 } });
  const team = { exportedAt: '2025-03-02T09:00:00.000Z', site: 'zendesk', kind: 'reply' };
  await v2.table('teamAgents').put({ agentId: 'agent-ana', displayName: 'Ana', exportedAt: team.exportedAt, importedAt: 1, files: ['ana.json'] });
  await v2.table('teamDaily').bulkPut([
    { agentId: 'agent-ana', day: '2025-03-01', category: 'blame', ...team, shown: 5, applied: 3, ignoredOnce: 1, ruleIgnored: 0, found: 5 },
    { agentId: 'agent-ana', day: '2025-03-02', category: 'venting', ...team, shown: 2, applied: 0, ignoredOnce: 0, ruleIgnored: 2, found: 2 },
  ]);
  await v2.table('teamTone').put({ agentId: 'agent-ana', day: '2025-03-01', ...team, drafts: 2, buckets: [0, 0, 0, 0, 2], unscored: 0 });
  v2.close();
}

describe('schema migrations', () => {
  it('v1 → latest derives the calendar day of every raw event and draft, keeping all data', async () => {
    const name = `migrate-${Math.random()}`;
    await seedVersion1(name);
    const db = new StatsDb(name);
    await db.open();
    expect(db.verno).toBe(STATS_DB_VERSION);
    const events = await db.events.orderBy('id').toArray();
    expect(events.map((e) => e.day)).toEqual(['2025-01-05', '2025-03-01']);
    expect(events.every((e) => !('tone' in e))).toBe(true);
    expect(await db.drafts.get('draft-v1-0001')).toMatchObject({ day: '2025-03-01', toneScore: 50 });
    expect((await db.daily.toArray()).map((r) => r.resolved)).toEqual([0, 1]);
    expect(await db.tone.toArray()).toMatchObject([{ drafts: 1, scoreSum: 50 }]);
    expect(await db.events.where('day').equals('2025-03-01').count()).toBe(1);
    expect(await db.daily.where('site').equals('a.example').count()).toBe(2);
    expect(await db.teamAgents.count()).toBe(0);
    await db.delete();
  });

  it('v2 → latest: counters backfilled, examples and the keep-examples setting dropped, team rows in series', async () => {
    const name = `migrate-${Math.random()}`;
    await seedVersion2(name);
    const db = new StatsDb(name);
    await db.open();
    expect(JSON.stringify(await db.events.toArray())).not.toContain('calm down');
    expect(await db.drafts.get('draft-v2-0001')).toMatchObject({ toneScore: 70 });
    expect(await db.daily.toArray()).toMatchObject([{ shown: 4, applied: 2, resolved: 2 }]);
    expect(await db.tone.toArray()).toMatchObject([{ drafts: 3, scoreSum: 30 + 70 + 70 }]);
    // Site pseudonyms in exports are on for agents upgrading too: older rows lack the setting.
    expect(await getStatsSettings(db)).toEqual({ recording: false, retentionDays: 60, pseudonymousSites: true });
    expect((await db.meta.get('settings'))?.value).not.toHaveProperty('keepExamples');
    expect(db.tables.map((t) => t.name)).not.toContain('teamDaily');
    const team = await loadTeamRows(db, '2025-03-01', '2025-03-31');
    expect(team.daily.map((r) => [r.agentId, r.day, r.category, r.shown, r.applied, r.resolved, r.ruleIgnored])).toEqual([
      ['agent-ana', '2025-03-01', 'blame', 5, 3, 3, 0],
      ['agent-ana', '2025-03-02', 'venting', 2, 0, 0, 2],
    ]);
    expect(team.tone).toMatchObject([{ agentId: 'agent-ana', drafts: 2, scoreSum: 180, buckets: [0, 0, 0, 0, 2] }]);
    const [series] = await db.teamSeries.toArray();
    expect(series?.dayExportedAt).toEqual(['2025-03-02T09:00:00.000Z', '2025-03-02T09:00:00.000Z']);
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
    expect(db.tables.map((t) => t.name).sort()).toEqual(['daily', 'drafts', 'events', 'meta', 'teamAgents', 'teamSeries', 'tone']);
    await db.delete();
  });
});
