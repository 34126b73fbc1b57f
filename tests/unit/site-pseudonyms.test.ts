/**
 * Sites as pseudonyms in exports (lib/stats/site-pseudonyms.ts): on by default, host names of pages
 * only the generic adapter covers leave the machine as "site-" + 8 hex digits, stable for one agent
 * and different between agents; desk ids stay readable; turning the option off exports host names.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { deskAdapters } from '../../lib/sites/desks';
import { buildExport, exportCsv, exportJson } from '../../lib/stats/export';
import { importExports } from '../../lib/stats/import';
import { StatsRecorder } from '../../lib/stats/record';
import { deleteAllStats } from '../../lib/stats/retention';
import type { StatsDb } from '../../lib/stats/schema';
import { getStatsSettings, updateStatsSettings } from '../../lib/stats/settings';
import { isHostSite, NAMED_SITES } from '../../lib/stats/site-pseudonyms';
import { draftChecked, freshDbs, noon, suggestion } from './stats-fixtures';

const NOW = noon('2025-03-20');
const INTERNAL = 'helpdesk.corp.example';
const db = freshDbs();

async function agentOn(sites: string[]): Promise<StatsDb> {
  const d = db();
  const recorder = new StatsRecorder(d, { now: () => noon('2025-03-19') });
  for (const site of sites) await recorder.record([suggestion({ site }), draftChecked({ site, draftId: `draft-${site.replace(/\./g, '-')}` })]);
  return d;
}

const sitesOf = (exp: { daily: { site: string }[]; tone: { site: string }[] }) => [...new Set([...exp.daily, ...exp.tone].map((r) => r.site))].sort();

describe('sites as pseudonyms in exports', () => {
  it('knows every desk adapter id as a desk, not a host name', () => {
    for (const adapter of deskAdapters) expect(NAMED_SITES.has(adapter.id), adapter.id).toBe(true);
    expect(isHostSite('zendesk')).toBe(false);
    expect(isHostSite('local')).toBe(false);
    expect(isHostSite(INTERNAL)).toBe(true);
    expect(isHostSite('helpdesk')).toBe(true);
  });

  it('is on by default: host names become stable pseudonyms, desk ids stay, in JSON and CSV', async () => {
    const d = await agentOn([INTERNAL, 'zendesk', 'intranet']);
    expect((await getStatsSettings(d)).pseudonymousSites).toBe(true);
    const first = await buildExport(d, { now: NOW });
    const sites = sitesOf(first);
    expect(sites).toHaveLength(3);
    expect(sites).toContain('zendesk');
    const pseudonyms = sites.filter((s) => s !== 'zendesk');
    for (const s of pseudonyms) expect(s).toMatch(/^site-[0-9a-f]{8}$/);
    const json = await exportJson(d, { now: NOW });
    const csv = await exportCsv(d, { now: NOW });
    for (const text of [json, csv]) {
      expect(text).not.toContain('corp.example');
      expect(text).not.toContain('intranet');
    }
    // Stable: the same host has the same pseudonym in every export of this agent, CSV included.
    expect(sitesOf(await buildExport(d, { now: NOW }))).toEqual(sites);
    for (const s of pseudonyms) expect(csv).toContain(`,${s},`);
    // And a lead imports it as any other file.
    expect((await importExports(db(), [{ name: 'a.json', text: json }], { now: NOW })).ok).toBe(true);
  });

  it('differs between agents (a per-agent secret), and after "Delete all my data"', async () => {
    const a = await agentOn([INTERNAL]);
    const b = await agentOn([INTERNAL]);
    const before = sitesOf(await buildExport(a, { now: NOW }));
    expect(before).not.toEqual(sitesOf(await buildExport(b, { now: NOW })));
    await deleteAllStats(a);
    await new StatsRecorder(a, { now: () => noon('2025-03-19') }).record([suggestion({ site: INTERNAL })]);
    expect(sitesOf(await buildExport(a, { now: NOW }))).not.toEqual(before);
  });

  it('exports host names when the agent turns the option off', async () => {
    const d = await agentOn([INTERNAL, 'zendesk']);
    await updateStatsSettings(d, { pseudonymousSites: false });
    expect(sitesOf(await buildExport(d, { now: NOW }))).toEqual([INTERNAL, 'zendesk']);
    expect(await exportCsv(d, { now: NOW })).toContain(`,${INTERNAL},`);
  });

  it('keeps the secret non-extractable in the stats database', async () => {
    const d = await agentOn([INTERNAL]);
    await buildExport(d, { now: NOW });
    const secret = (await d.meta.get('siteSecret'))?.value as CryptoKey;
    expect(secret).toBeInstanceOf(CryptoKey);
    expect(secret.extractable).toBe(false);
    expect(secret.algorithm).toMatchObject({ name: 'HMAC' });
  });
});
