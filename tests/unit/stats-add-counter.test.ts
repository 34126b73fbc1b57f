/**
 * Adding a stats counter is one entry in lib/stats/counters.ts. With a test counter added there
 * (tests/unit/fixtures/extra-counter.ts) and nothing else changed: the recorder counts its events,
 * a database as the current release leaves it upgrades with the counter backfilled, exports carry
 * it under a new schema version, older exports and team series still import and read, the CSV, the
 * dashboard table and "What Rapport keeps" list it.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { countersWithRestored } from './fixtures/extra-counter';

const COUNTERS = '../../lib/stats/counters';
const NOW = new Date(2025, 2, 20, 12).getTime();

type Lib = {
  schema: typeof import('../../lib/stats/schema');
  record: typeof import('../../lib/stats/record');
  exporter: typeof import('../../lib/stats/export');
  importer: typeof import('../../lib/stats/import');
  exportSchema: typeof import('../../lib/stats/export-schema');
  query: typeof import('../../lib/stats/query');
  charts: typeof import('../../components/dashboard/charts');
  aggregate: typeof import('../../lib/stats/aggregate');
  kept: typeof import('../../lib/privacy/kept');
};
let lib: Lib;

beforeAll(async () => {
  vi.resetModules();
  vi.doMock(COUNTERS, async (importOriginal) => countersWithRestored(await importOriginal()));
  lib = {
    schema: await import('../../lib/stats/schema'),
    record: await import('../../lib/stats/record'),
    exporter: await import('../../lib/stats/export'),
    importer: await import('../../lib/stats/import'),
    exportSchema: await import('../../lib/stats/export-schema'),
    query: await import('../../lib/stats/query'),
    charts: await import('../../components/dashboard/charts'),
    aggregate: await import('../../lib/stats/aggregate'),
    kept: await import('../../lib/privacy/kept'),
  };
});
afterAll(() => {
  vi.doUnmock(COUNTERS);
  vi.resetModules();
});

const event = (action: string) => ({ type: 'suggestion' as const, action: action as 'shown', ruleId: 'blame', category: 'blame', severity: 'warning' as const, site: 'zendesk', kind: 'reply' as const });

describe('adding a stats counter', () => {
  it('bumps the database and export versions by itself', () => {
    expect(lib.schema.STATS_DB_VERSION).toBe(4);
    expect(lib.exportSchema.EXPORT_SCHEMA_VERSION).toBe(4);
  });

  it('counts the new action, and upgrades a database the current release left, backfilling its rows', async () => {
    const name = `add-counter-${Math.random()}`;
    const old = new Dexie(name);
    lib.schema.declareVersion1(old);
    lib.schema.declareVersion2(old);
    lib.schema.declareVersion3(old);
    await old.open();
    const v3 = { day: '2025-03-19', category: 'blame', site: 'zendesk', kind: 'reply', shown: 3, applied: 1, resolved: 2, ignoredOnce: 1, ruleIgnored: 0, found: 3 };
    await old.table('daily').add(v3);
    old.close();

    const db = new lib.schema.StatsDb(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.daily.toArray()).toEqual([{ ...v3, restored: 0 }]);
    const recorder = new lib.record.StatsRecorder(db, { now: () => NOW });
    expect(await recorder.record([event('shown'), event('restored')])).toMatchObject({ recorded: 2 });
    expect((await db.daily.toArray()).find((r) => r.day === '2025-03-20')).toMatchObject({ shown: 1, restored: 1 });

    const exp = await lib.exporter.buildExport(db, { now: NOW, from: '2025-03-01' });
    expect(exp.schemaVersion).toBe(4);
    expect(exp.daily.map((r) => (r as Record<string, unknown>).restored)).toEqual([0, 1]);
    const csv = await lib.exporter.exportCsv(db, { now: NOW, from: '2025-03-01' });
    expect(csv.split('\r\n')[0]).toContain(',restored,');

    // The new file and one from before the counter both import; the older reads as its backfill.
    const lead = new lib.schema.StatsDb(`lead-${Math.random()}`);
    // A version-2 file from before signing: no signature.
    const { signature: _signature, ...unsigned } = exp;
    const v2file = { ...unsigned, schemaVersion: 2, agent: { ...exp.agent, id: 'agent-00000000-0000-4000-8000-000000000002' }, daily: exp.daily.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'restored'))) };
    const result = await lib.importer.importExports(lead, [{ name: 'new.json', text: JSON.stringify(exp) }, { name: 'old.json', text: JSON.stringify(v2file) }], { now: NOW });
    expect(result.ok, result.ok ? '' : result.message).toBe(true);
    const team = await lib.query.loadTeamRows(lead, '2025-03-01', '2025-03-31');
    expect(team.daily.map((r) => [r.agentId.slice(-1), r.day, (r as unknown as Record<string, unknown>).restored]).sort()).toEqual([
      ['2', '2025-03-19', 0],
      ['2', '2025-03-20', 0],
      [exp.agent.id.slice(-1), '2025-03-19', 0],
      [exp.agent.id.slice(-1), '2025-03-20', 1],
    ].sort());

    // The dashboard's table and the privacy panel list it from the same entry.
    const data = lib.aggregate.summarise(await db.daily.toArray(), [], '2025-03-19', '2025-03-20');
    const table = lib.charts.buildCharts(data).find((c) => c.id === 'resolved-vs-ignored')!.table;
    expect(table.columns).toContain('Restored');
    expect(lib.kept.keptStore('rapport-stats', 'daily')?.fields.map((f) => f.name)).toContain('restored');
    await db.delete();
    await lead.delete();
  });
});
