/**
 * Practice history in IndexedDB (fake-indexeddb): attempts, the opt-in for keeping reply text,
 * all-or-nothing pack imports, progress and habits, and the export for the team stats.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILTIN_PACK_ID, builtinPack } from '../../lib/practice/builtin';
import { exportPracticeHistory, practiceExportSchema } from '../../lib/practice/export';
import {
  allScenarios,
  clearHistory,
  getPack,
  getSettings,
  importPacks,
  listAttempts,
  listPacks,
  PracticeDb,
  recordAttempt,
  removePack,
  restoreAttempts,
  restorePack,
  setSettings,
} from '../../lib/practice/history';
import { habitChanges, progressByScenario, progressSeries } from '../../lib/practice/progress';
import type { Scenario } from '../../lib/practice/schema';
import { registerPracticeStatsSection } from '../../lib/practice/stats-section';
import { buildExport, exportJson } from '../../lib/stats/export';
import { importExports } from '../../lib/stats/import';
import { registerPracticeExportSection } from '../../lib/stats/practice-section';
import { newDb } from './stats-fixtures';
import { scoreReply } from '../../lib/practice/score';

const DIR = resolve(import.meta.dirname, '../fixtures/practice-packs');
const file = (path: string) => ({ name: path.split('/').pop()!, text: readFileSync(resolve(DIR, path), 'utf8') });
const scenario = (id: string): Scenario => builtinPack().scenarios.find((s) => s.id === id)!;
const DAY = 24 * 60 * 60 * 1000;
const T0 = new Date(2026, 0, 5, 10, 0).getTime();

let db: PracticeDb;
let n = 0;
beforeEach(async () => {
  db = new PracticeDb(`rapport-practice-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

async function attempt(id: string, reply: string, at: number) {
  const s = scenario(id);
  return recordAttempt(db, s, BUILTIN_PACK_ID, scoreReply(s, reply), reply, at);
}

describe('attempts', () => {
  it('records the score, rubric and finding counts, but not the reply text by default', async () => {
    const s = scenario('slow-laptop');
    const reply = s.badReplies[0]!;
    const stored = await attempt('slow-laptop', reply, T0);
    const [row] = await listAttempts(db, 'slow-laptop');
    expect(row).toEqual(stored);
    expect(row!.score).toBe(scoreReply(s, reply).score);
    expect(row!.rubric.map((r) => r.id)).toEqual(s.rubric.map((r) => r.id));
    expect(row!.reply).toBeUndefined();
    expect(JSON.stringify(await db.attempts.toArray())).not.toContain('old laptops');
  });

  it('keeps reply text only after opting in, and forgets it when the option is turned off', async () => {
    expect(await getSettings(db)).toEqual({ keepReplies: false });
    await setSettings(db, { keepReplies: true });
    await attempt('slow-laptop', 'Kept reply.', T0);
    expect((await listAttempts(db))[0]!.reply).toBe('Kept reply.');
    await setSettings(db, { keepReplies: false });
    expect((await listAttempts(db))[0]!.reply).toBeUndefined();
    expect(await db.attempts.count()).toBe(1);
  });

  it('lists attempts oldest first, per scenario, and clears them', async () => {
    await attempt('slow-laptop', 'b', T0 + 2 * DAY);
    await attempt('slow-laptop', 'a', T0);
    await attempt('monitor-backlog', 'c', T0 + DAY);
    expect((await listAttempts(db)).map((a) => a.at)).toEqual([T0, T0 + DAY, T0 + 2 * DAY]);
    expect((await listAttempts(db, 'slow-laptop')).map((a) => a.at)).toEqual([T0, T0 + 2 * DAY]);
    const before = await listAttempts(db);
    const removed = await clearHistory(db);
    expect(await listAttempts(db)).toEqual([]);
    // Undo: the same attempts, ids and all.
    await restoreAttempts(db, removed);
    expect(await listAttempts(db)).toEqual(before);
  });
});

describe('progress', () => {
  it('tracks attempts and the best score per scenario, and which habits improved', async () => {
    const s = scenario('slow-laptop');
    await attempt('slow-laptop', s.badReplies[0]!, T0);
    await attempt('slow-laptop', s.badReplies[1]!, T0 + DAY);
    await attempt('slow-laptop', s.modelAnswers[0]!, T0 + 2 * DAY);
    await attempt('slow-laptop', s.modelAnswers[0]!, T0 + 3 * DAY);
    const attempts = await listAttempts(db);
    const p = progressByScenario(attempts).get('slow-laptop')!;
    expect(p.attempts).toBe(4);
    expect(p.best).toBe(100);
    expect(p.first).toBe(attempts[0]!.score);
    expect(p.first).toBeLessThan(40);
    const habits = habitChanges(attempts);
    const earlierCategories = Object.keys(attempts[0]!.findingCounts).concat(Object.keys(attempts[1]!.findingCounts));
    expect(earlierCategories.length).toBeGreaterThan(0);
    expect(habits.improved.map((h) => h.category).sort()).toEqual([...new Set(earlierCategories)].sort());
    for (const h of habits.improved) expect(h.after).toBeLessThan(h.before);
    expect(habits.worse).toEqual([]);
  });

  it('habits: falls and rises are told apart, and one attempt is not enough', () => {
    const a = (at: number, findingCounts: Record<string, number>) => ({ scenarioId: 's', at, score: 50, findingCounts });
    expect(habitChanges([a(1, { blame: 3 })])).toEqual({ improved: [], worse: [] });
    const result = habitChanges([a(1, { blame: 2 }), a(2, { blame: 2, venting: 0 }), a(3, { blame: 0, venting: 1 }), a(4, { venting: 1 })]);
    expect(result.improved).toEqual([{ category: 'blame', before: 2, after: 0 }]);
    expect(result.worse).toEqual([{ category: 'venting', before: 0, after: 1 }]);
  });

  it('chart series: every attempt in time order with a running average of five', () => {
    const series = progressSeries([10, 20, 30, 40, 50, 60].map((score, i) => ({ scenarioId: 's', at: 100 - i, score, findingCounts: {} })));
    expect(series.map((p) => p.score)).toEqual([60, 50, 40, 30, 20, 10]);
    expect(series.map((p) => p.average)).toEqual([60, 55, 50, 45, 40, 30]);
  });
});

describe('packs', () => {
  it('imports a pack, lists its scenarios after the built-ins, and removes it', async () => {
    const result = await importPacks(db, [file('good-pack.json')], T0);
    expect(result.ok).toBe(true);
    expect((await listPacks(db)).map((p) => p.id)).toEqual(['acme-onboarding']);
    const entries = await allScenarios(db);
    expect(entries.length).toBe(builtinPack().scenarios.length + 2);
    expect(entries.at(-1)).toMatchObject({ packId: 'acme-onboarding', scenario: { id: 'acme-printer-toner' } });
    expect((await getPack(db, 'acme-onboarding'))!.name).toBe('Acme onboarding desk');
    const stored = await listPacks(db);
    const removed = await removePack(db, 'acme-onboarding');
    expect(removed?.id).toBe('acme-onboarding');
    expect(await removePack(db, BUILTIN_PACK_ID)).toBeUndefined();
    expect(await removePack(db, 'acme-onboarding')).toBeUndefined();
    expect(await listPacks(db)).toEqual([]);
    // Undo puts it back as it was; not over a pack imported meanwhile with its scenarios.
    expect(await restorePack(db, removed!)).toBe(true);
    expect(await listPacks(db)).toEqual(stored);
    expect(await restorePack(db, { ...removed!, id: 'another-pack' })).toBe(false);
    expect(await listPacks(db)).toEqual(stored);
  });

  it('stores nothing when any file in the batch is bad', async () => {
    const result = await importPacks(db, [file('good-pack.json'), file('bad/lookahead.json')]);
    expect(result.ok).toBe(false);
    expect(await db.packs.count()).toBe(0);
  });

  it('re-importing the same pack id replaces it; another pack cannot take its scenario ids', async () => {
    await importPacks(db, [file('good-pack.json')], T0);
    const changed = JSON.parse(file('good-pack.json').text);
    changed.name = 'Acme onboarding desk v2';
    expect((await importPacks(db, [{ name: 'v2.json', text: JSON.stringify(changed) }], T0 + 1)).ok).toBe(true);
    expect((await listPacks(db)).map((p) => p.name)).toEqual(['Acme onboarding desk v2']);
    changed.id = 'someone-else';
    const clash = await importPacks(db, [{ name: 'other.json', text: JSON.stringify(changed) }]);
    expect(clash.ok).toBe(false);
    if (!clash.ok) expect(clash.errors[0]!.message).toMatch(/already exists in pack "acme-onboarding"/);
    expect(await db.packs.count()).toBe(1);
  });
});

describe('exportPracticeHistory', () => {
  it('returns undefined when there is nothing to export', async () => {
    expect(await exportPracticeHistory(undefined, db)).toBeUndefined();
  });

  it('exports scores, counts and progress per local day, never reply text, and matches its schema', async () => {
    await setSettings(db, { keepReplies: true });
    const s = scenario('rude-customer');
    await attempt('rude-customer', s.badReplies[0]!, T0);
    await attempt('rude-customer', s.modelAnswers[0]!, T0 + DAY);
    await attempt('monitor-backlog', 'Your request is in the queue.', T0 + 5 * DAY);
    const all = await exportPracticeHistory(undefined, db);
    expect(practiceExportSchema.parse(all)).toEqual(all);
    // Tone on the one scale the sidebar, dashboard and stats export use: 0 (curt) … 100 (warm).
    for (const a of all!.attempts) expect(a.tone === null || (Number.isInteger(a.tone) && a.tone >= 0 && a.tone <= 100), String(a.tone)).toBe(true);
    // A section from before (v1, tone 0…1) still reads, its tones on the same scale.
    const v1 = { ...all!, schemaVersion: 1, attempts: all!.attempts.map((a) => ({ ...a, tone: 0.62 })) };
    expect(practiceExportSchema.parse(v1)).toEqual({ ...all!, attempts: all!.attempts.map((a) => ({ ...a, tone: 62 })) });
    expect(practiceExportSchema.safeParse({ ...v1, attempts: [{ ...v1.attempts[0]!, tone: 7 }] }).success).toBe(false);
    expect(all!.attempts.map((a) => a.day)).toEqual(['2026-01-05', '2026-01-06', '2026-01-10']);
    expect(all!.scenarios.find((x) => x.scenarioId === 'rude-customer')).toMatchObject({ attempts: 2, best: 100, last: 100 });
    expect(JSON.stringify(all)).not.toContain('Calm down');
    expect(JSON.stringify(all)).not.toContain('queue');

    const ranged = await exportPracticeHistory({ from: '2026-01-06', to: '2026-01-09' }, db);
    expect(ranged!.attempts).toHaveLength(1);
    expect(ranged!.scenarios).toEqual([{ scenarioId: 'rude-customer', title: s.title, attempts: 1, best: 100, first: 100, last: 100 }]);
  });
});

describe('team stats export integration', () => {
  afterEach(() => registerPracticeExportSection(undefined as never));

  it('the registered section travels in the stats export and is accepted by the team import', async () => {
    const s = scenario('phishing-report');
    const when = Date.now() - DAY;
    await recordAttempt(db, s, BUILTIN_PACK_ID, scoreReply(s, s.modelAnswers[0]!), s.modelAnswers[0]!, when);
    registerPracticeStatsSection(db);
    const agentDb = newDb();
    const teamDb = newDb();
    const otherTeamDb = newDb();
    try {
      const exported = await buildExport(agentDb, { includePractice: true });
      expect(exported.practice).toMatchObject({ schemaVersion: 2, scenarios: [{ scenarioId: 'phishing-report', attempts: 1, best: 100 }] });
      const text = await exportJson(agentDb, { includePractice: true });
      expect(text).not.toContain('Thank you for telling us');
      const imported = await importExports(teamDb, [{ name: 'agent.json', text }]);
      expect(imported.ok).toBe(true);
      const [agent] = await teamDb.teamAgents.toArray();
      expect((agent as { practice?: { attempts: unknown[] } }).practice?.attempts).toHaveLength(1);

      // A tampered practice section is refused by the same schema, with nothing imported.
      const tampered = JSON.parse(text);
      tampered.practice.attempts[0].score = 250;
      const refused = await importExports(otherTeamDb, [{ name: 'tampered.json', text: JSON.stringify(tampered) }]);
      expect(refused.ok).toBe(false);
    } finally {
      await Promise.all([agentDb.delete(), teamDb.delete(), otherTeamDb.delete()]);
    }
  });
});
