import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildExport, exportCsv, exportJson, exportTeamCsv } from '../../lib/stats/export';
import { MAX_EXPORT_CHARS } from '../../lib/stats/export-schema';
import { importExports, parseExportFile } from '../../lib/stats/import';
import { registerPracticeExportSection } from '../../lib/stats/practice-section';
import { loadTeamMembers, loadTeamRows } from '../../lib/stats/query';
import { anyCount, DAILY_COUNTERS } from '../../lib/stats/counters';
import { StatsRecorder } from '../../lib/stats/record';
import type { StatsDb } from '../../lib/stats/schema';
import { setDisplayName, updateStatsSettings } from '../../lib/stats/settings';
import { draftChecked, dumpDb, freshDbs, noon, suggestion } from './stats-fixtures';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/exports');
const NOW = noon('2025-03-20');

const db = freshDbs();
afterEach(() => {
  registerPracticeExportSection(undefined as never);
});

/**
 * An agent's database with a fortnight of varied activity. Its exports keep host names, so that
 * imported rows compare with the agent's own (pseudonyms: tests/unit/site-pseudonyms.test.ts).
 */
async function agentWithActivity(name: string | null): Promise<StatsDb> {
  const d = db();
  if (name) await setDisplayName(d, name);
  await updateStatsSettings(d, { pseudonymousSites: false });
  let now = 0;
  const recorder = new StatsRecorder(d, { now: () => now });
  const plan: [string, number][] = [['2025-03-03', 3], ['2025-03-04', 1], ['2025-03-10', 5], ['2025-03-19', 2]];
  for (const [day, n] of plan) {
    now = noon(day);
    for (let i = 0; i < n; i++) {
      await recorder.record([
        suggestion({ category: 'blame', site: i % 2 ? 'zendesk' : 'desk.example.com' }),
        suggestion({ category: 'blame', action: i % 3 ? 'applied' : 'ignored-once' }),
        suggestion({ category: 'help-wording', ruleId: 'help-wording', severity: 'suggestion', kind: i % 2 ? 'internal-note' : 'reply' }),
        suggestion({ category: 'dismissive', action: 'rule-ignored', ruleId: 'dismissive/no-big-deal' }),
        suggestion({ category: 'dismissive', action: 'edited-away', ruleId: 'coach-dismissive' }),
        draftChecked({ draftId: `draft-${day}-${i}`, toneScore: i % 2 ? null : (i * 23) % 101, counts: { blame: i + 1, dismissive: 1 } }),
      ]);
    }
  }
  return d;
}

const stripTeam = <T extends { agentId?: string; exportedAt?: string }>({ agentId: _a, exportedAt: _e, ...rest }: T) => rest;
const sortKey = (o: object) => {
  const r = o as Record<string, unknown>;
  return JSON.stringify([r.day, r.category ?? '', r.site, r.kind]);
};
const sorted = <T extends object>(rows: T[]) => [...rows].sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
/** Every imported row of the lead's team view. */
const teamRows = (lead: StatsDb) => loadTeamRows(lead, '2000-01-01', '2099-12-31');
const withData = <T extends object>(rows: T[]) => rows.filter((r) => anyCount(r, DAILY_COUNTERS));

describe('export → import round trip', () => {
  it('imports exactly the aggregates that were exported', async () => {
    const agent = await agentWithActivity('Sam');
    const json = await exportJson(agent, { now: NOW });
    const lead = db();
    const result = await importExports(lead, [{ name: 'sam.json', text: json }], { now: NOW });
    expect(result.ok, result.ok ? '' : result.message).toBe(true);

    const ownDaily = withData(await agent.daily.toArray());
    const ownTone = await agent.tone.toArray();
    expect(ownDaily.length).toBeGreaterThan(10);
    expect(ownDaily.some((r) => r.resolved > r.applied)).toBe(true);
    expect(ownTone.some((r) => r.scoreSum > 0)).toBe(true);
    const team = await teamRows(lead);
    expect(sorted(team.daily.map(stripTeam))).toEqual(sorted(ownDaily));
    expect(sorted(team.tone.map(stripTeam))).toEqual(sorted(ownTone));
    const [member] = await loadTeamMembers(lead, false);
    expect(member).toMatchObject({ displayName: 'Sam', label: 'Sam', files: ['sam.json'] });
  });

  it('exports the documented shape, every counter in every row, without raw events or drafts', async () => {
    const agent = await agentWithActivity(null);
    await updateStatsSettings(agent, { retentionDays: 90 });
    const exp = await buildExport(agent, { now: NOW });
    expect(Object.keys(exp).sort()).toEqual(['agent', 'daily', 'exportedAt', 'format', 'range', 'schemaVersion', 'signature', 'tone']);
    expect(exp).toMatchObject({ format: 'rapport-stats-export', schemaVersion: 3, range: { from: '2024-12-21', to: '2025-03-20' }, agent: { displayName: null } });
    expect(Object.keys(exp.daily[0]!)).toEqual(['day', 'category', 'site', 'kind', 'shown', 'applied', 'resolved', 'ignoredOnce', 'ruleIgnored', 'found']);
    expect(Object.keys(exp.tone[0]!)).toEqual(['day', 'site', 'kind', 'drafts', 'unscored', 'scoreSum', 'promisesMade', 'promisesKept', 'promisesLate', 'promisesDropped', 'buckets']);
    expect(JSON.stringify(exp)).not.toMatch(/draftId|"at"/);
    expect(parseExportFile({ name: 'x', text: JSON.stringify(exp) }, NOW).ok).toBe(true);
  });

  it('limits an export to a date range', async () => {
    const agent = await agentWithActivity(null);
    const exp = await buildExport(agent, { from: '2025-03-04', to: '2025-03-10', now: NOW });
    expect(new Set(exp.daily.map((r) => r.day))).toEqual(new Set(['2025-03-04', '2025-03-10']));
  });
});

describe('team import', () => {
  it('does not double count when the same export is imported again', async () => {
    const agent = await agentWithActivity('Sam');
    const json = await exportJson(agent, { now: NOW });
    const lead = db();
    await importExports(lead, [{ name: 'sam.json', text: json }], { now: NOW });
    const once = await dumpDb(lead);
    const again = await importExports(lead, [{ name: 'sam.json', text: json }, { name: 'sam copy.json', text: json }], { now: NOW });
    expect(again.ok).toBe(true);
    const twice = await dumpDb(lead);
    expect(twice.teamSeries).toEqual(once.teamSeries);
    expect(await lead.teamAgents.count()).toBe(1);
  });

  it('a newer export of the same agent replaces overlapping days; an older one never overrides it', async () => {
    const agent = await agentWithActivity('Sam');
    const older = await exportJson(agent, { now: noon('2025-03-11') , to: '2025-03-11' });
    await new StatsRecorder(agent, { now: () => noon('2025-03-10') }).record([suggestion({ category: 'blame' })]);
    const newer = await exportJson(agent, { now: NOW });
    const lead = db();
    // Newest first, then the older one: the lead must still see the newer numbers for 2025-03-10.
    expect((await importExports(lead, [{ name: 'new.json', text: newer }], { now: NOW })).ok).toBe(true);
    const result = await importExports(lead, [{ name: 'old.json', text: older }], { now: NOW });
    expect(result.ok && result.files[0]?.daysKeptNewer).toBeGreaterThan(0);
    const blame = (r: { day: string; category: string; site: string; kind: string }) =>
      r.day === '2025-03-10' && r.category === 'blame' && r.site === 'desk.example.com' && r.kind === 'reply';
    const team = await teamRows(lead);
    expect(team.daily.find(blame)?.shown).toBe((await agent.daily.toArray()).find(blame)?.shown);
    expect(sorted(team.daily.map(stripTeam))).toEqual(sorted(withData(await agent.daily.toArray())));
  });

  it('shows several agents, and hides names when anonymised', async () => {
    const lead = db();
    const files = [];
    for (const name of ['Sam', 'Ana', null]) {
      files.push({ name: `${name ?? 'anon'}.json`, text: await exportJson(await agentWithActivity(name), { now: NOW }) });
    }
    expect((await importExports(lead, files, { now: NOW })).ok).toBe(true);
    const named = await loadTeamMembers(lead, false);
    expect(named.map((m) => m.label).sort()).toEqual(expect.arrayContaining(['Sam', 'Ana']));
    expect(named).toHaveLength(3);
    const anonymous = await loadTeamMembers(lead, true);
    expect(anonymous.map((m) => m.label).sort()).toEqual(['Agent 1', 'Agent 2', 'Agent 3']);
    const csv = await exportTeamCsv(lead, { from: '2025-03-01', to: '2025-03-20', anonymise: true });
    expect(csv).not.toMatch(/Sam|Ana/);
    expect(csv.split('\r\n')[0]).toBe('agent,day,category,site,shown,applied,resolved,ignored_once,rule_ignored,found_in_drafts,applied_rate,resolved_rate,shown_in_replies,shown_in_internal_notes');
  });

  it('imports the committed good fixture', async () => {
    const lead = db();
    const result = await importExports(lead, [{ name: 'good.json', text: readFileSync(join(FIXTURES, 'good.json'), 'utf8') }], { now: NOW });
    expect(result.ok, result.ok ? '' : result.message).toBe(true);
    const team = await teamRows(lead);
    expect(team.daily).toHaveLength(6);
    expect(team.tone).toHaveLength(5);
  });

  it('imports a version-1 export from an older Rapport: resolved counts its applied fixes, tone its bands', async () => {
    const lead = db();
    const text = readFileSync(join(FIXTURES, 'good-v1.json'), 'utf8');
    const result = await importExports(lead, [{ name: 'good-v1.json', text }], { now: NOW });
    expect(result.ok, result.ok ? '' : result.message).toBe(true);
    const v1 = JSON.parse(text) as { daily: { applied: number }[]; tone: { buckets: number[] }[] };
    const team = await teamRows(lead);
    expect(sorted(team.daily).map((r) => r.resolved)).toEqual(sorted(team.daily).map((r) => r.applied));
    expect(team.daily.map((r) => r.applied).sort()).toEqual(v1.daily.map((r) => r.applied).sort());
    const mid = (buckets: number[]) => buckets.reduce((sum, n, b) => sum + n * (b * 20 + 10), 0);
    expect(team.tone.map((r) => r.scoreSum).sort()).toEqual(v1.tone.map((r) => mid(r.buckets)).sort());
  });
});

describe('bad export files', () => {
  const expected = JSON.parse(readFileSync(join(FIXTURES, 'bad/expected.json'), 'utf8')) as Record<string, { path: string; message: string }>;
  const files = readdirSync(join(FIXTURES, 'bad')).filter((f) => f !== 'expected.json').sort();

  it('has a corpus of at least 15 bad files, each with an expectation', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
    expect(files).toEqual(Object.keys(expected).sort());
  });

  it.each(files)('%s is rejected with a specific message and changes nothing', async (name) => {
    const lead = db();
    // Existing team data must survive untouched.
    await importExports(lead, [{ name: 'good.json', text: readFileSync(join(FIXTURES, 'good.json'), 'utf8') }], { now: NOW });
    const before = await dumpDb(lead);
    const text = readFileSync(join(FIXTURES, 'bad', name), 'utf8');
    const result = await importExports(lead, [{ name, text }], { now: NOW });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const want = expected[name]!;
    const problem = result.problems.find((p) => p.path === want.path);
    expect(problem, `expected a problem at ${want.path}; got ${result.message}`).toBeDefined();
    expect(problem!.file).toBe(name);
    expect(problem!.message).toMatch(new RegExp(want.message));
    expect(result.message).toContain(name);
    expect(await dumpDb(lead)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('one bad file among good ones: nothing at all is imported, and the message names the bad file', async () => {
    const lead = db();
    const good = { name: 'good.json', text: readFileSync(join(FIXTURES, 'good.json'), 'utf8') };
    const other = { name: 'ana.json', text: await exportJson(await agentWithActivity('Ana'), { now: NOW }) };
    const bad = { name: 'negative-count.json', text: readFileSync(join(FIXTURES, 'bad/negative-count.json'), 'utf8') };
    const result = await importExports(lead, [good, other, bad], { now: NOW });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^negative-count\.json: daily\[1\]\.applied cannot be negative/);
    expect(await lead.teamAgents.count()).toBe(0);
    expect(await lead.teamSeries.count()).toBe(0);
  });

  it('rejects a huge file before parsing it', async () => {
    const lead = db();
    const huge = `{"format":"rapport-stats-export","pad":"${'x'.repeat(MAX_EXPORT_CHARS)}"}`;
    const result = await importExports(lead, [{ name: 'huge.json', text: huge }], { now: NOW });
    expect(!result.ok && result.problems[0]).toMatchObject({ file: 'huge.json', path: '(file)', message: expect.stringMatching(/too large/) });
  });

  it('reports every bad file of a batch', async () => {
    const read = (f: string) => ({ name: f, text: readFileSync(join(FIXTURES, 'bad', f), 'utf8') });
    const result = await importExports(db(), [read('empty.json'), read('newer-version.json')], { now: NOW });
    expect(!result.ok && result.problems.map((p) => p.file)).toEqual(['empty.json', 'newer-version.json']);
  });
});

describe('CSV export', () => {
  it('has one row per day × category × site, ready for a spreadsheet, matching the aggregates', async () => {
    const agent = await agentWithActivity(null);
    const csv = await exportCsv(agent, { now: NOW });
    const parsed = Papa.parse<Record<string, string>>(csv.trim(), { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(['day', 'category', 'site', 'shown', 'applied', 'resolved', 'ignored_once', 'rule_ignored', 'found_in_drafts', 'applied_rate', 'resolved_rate', 'shown_in_replies', 'shown_in_internal_notes']);
    const keys = parsed.data.map((r) => `${r.day}|${r.category}|${r.site}`);
    expect(new Set(keys).size).toBe(keys.length);
    const daily = await agent.daily.toArray();
    for (const row of parsed.data) {
      const same = daily.filter((r) => r.day === row.day && r.category === row.category && r.site === row.site);
      expect(Number(row.shown)).toBe(same.reduce((a, r) => a + r.shown, 0));
      expect(Number(row.applied)).toBe(same.reduce((a, r) => a + r.applied, 0));
      expect(Number(row.resolved)).toBe(same.reduce((a, r) => a + r.resolved, 0));
      expect(Number(row.found_in_drafts)).toBe(same.reduce((a, r) => a + r.found, 0));
      expect(Number(row.shown_in_replies) + Number(row.shown_in_internal_notes)).toBe(Number(row.shown));
    }
    const blame = parsed.data.find((r) => r.day === '2025-03-10' && r.category === 'blame' && r.site === 'desk.example.com')!;
    expect(Number(blame.applied_rate)).toBeCloseTo(Number(blame.applied) / Number(blame.shown), 3);
    expect(Number(blame.resolved_rate)).toBeCloseTo(Number(blame.resolved) / Number(blame.shown), 3);
  });
});

describe('practice extension point', () => {
  it('carries a registered practice section through export and a validated import', async () => {
    const schema = z.strictObject({ schemaVersion: z.literal(1), attempts: z.array(z.strictObject({ scenarioId: z.string(), score: z.number().min(0).max(100) })) });
    registerPracticeExportSection({ schema, collect: async () => ({ schemaVersion: 1 as const, attempts: [{ scenarioId: 'printer-2am', score: 88 }] }) });
    const agent = await agentWithActivity('Sam');
    expect((await buildExport(agent, { now: NOW })).practice, 'practice travels only when the agent asks').toBeUndefined();
    const exp = await buildExport(agent, { now: NOW, includePractice: true });
    expect(exp.practice).toEqual({ schemaVersion: 1, attempts: [{ scenarioId: 'printer-2am', score: 88 }] });
    const lead = db();
    expect((await importExports(lead, [{ name: 'sam.json', text: JSON.stringify(exp) }], { now: NOW })).ok).toBe(true);
    expect(((await lead.teamAgents.toArray())[0] as { practice?: unknown }).practice).toEqual(exp.practice);
    const tampered = { ...exp, practice: { schemaVersion: 1, attempts: [{ scenarioId: 'x', score: 1000 }] } };
    const result = await importExports(db(), [{ name: 't.json', text: JSON.stringify(tampered) }], { now: NOW });
    expect(!result.ok && result.problems[0]?.path).toBe('practice.attempts[0].score');
  });
});
