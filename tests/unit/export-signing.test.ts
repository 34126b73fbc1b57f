/**
 * Signed exports and the team view's key pinning (lib/stats/signing.ts, lib/stats/team-trust.ts):
 * every export is signed with the agent's own key, made once and kept non-extractable; the team
 * import pins an agent id to its key and refuses forgeries — another key, no signature, or changed
 * contents — with nothing written, and a genuine re-import after a refused forgery leaves the
 * genuine data as it was.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildExport, exportJson } from '../../lib/stats/export';
import { importExports } from '../../lib/stats/import';
import { registerPracticeExportSection } from '../../lib/stats/practice-section';
import { loadTeamRows } from '../../lib/stats/query';
import { StatsRecorder } from '../../lib/stats/record';
import { deleteAllStats } from '../../lib/stats/retention';
import type { StatsDb } from '../../lib/stats/schema';
import { setDisplayName } from '../../lib/stats/settings';
import { canonicalPayload, getSigningKey, keyThumbprint, verifyExport } from '../../lib/stats/signing';
import { forgeSigned, unsigned } from '../fixtures/exports/sign';
import { dumpDb, freshDbs, noon, suggestion } from './stats-fixtures';

const NOW = noon('2025-03-20');
const db = freshDbs();
afterEach(() => registerPracticeExportSection(undefined as never));

/** An agent with a few days of activity on a desk. */
async function agent(name: string): Promise<StatsDb> {
  const d = db();
  await setDisplayName(d, name);
  for (const day of ['2025-03-10', '2025-03-12', '2025-03-14']) {
    await new StatsRecorder(d, { now: () => noon(day) }).record([suggestion({ site: 'zendesk' }), suggestion({ site: 'zendesk', action: 'applied' })]);
  }
  return d;
}

const file = (name: string, data: unknown) => ({ name, text: typeof data === 'string' ? data : JSON.stringify(data) });
const shownOn = async (lead: StatsDb, day: string) => (await loadTeamRows(lead, day, day)).daily.reduce((sum, r) => sum + r.shown, 0);

/** The genuine file, and the same agent's file with its numbers inflated and the exportedAt newer. */
async function genuineAndTampered(d: StatsDb) {
  const genuine = JSON.parse(await exportJson(d, { now: NOW })) as Record<string, unknown> & { daily: { shown: number }[] };
  const tampered = structuredClone(genuine);
  tampered.exportedAt = new Date(NOW + 3_600_000).toISOString();
  for (const r of tampered.daily) r.shown *= 50;
  return { genuine, tampered };
}

describe('the agent’s signing key', () => {
  it('is made once, kept in the stats database with a non-extractable private key, and replaced by "Delete all my data"', async () => {
    const d = db();
    const first = await getSigningKey(d);
    expect(first.privateKey.extractable).toBe(false);
    expect(first.privateKey.type).toBe('private');
    await expect(crypto.subtle.exportKey('jwk', first.privateKey)).rejects.toThrow();
    const [a, b] = await Promise.all([getSigningKey(d), getSigningKey(d)]);
    expect(a.publicKey).toEqual(first.publicKey);
    expect(b.publicKey).toEqual(first.publicKey);
    expect(((await d.meta.get('signingKey'))?.value as { publicKey: unknown }).publicKey).toEqual(first.publicKey);
    await deleteAllStats(d);
    expect((await getSigningKey(d)).publicKey).not.toEqual(first.publicKey);
  });

  it('signs every export; the signature covers the canonical payload, not its formatting', async () => {
    const d = await agent('Sam');
    const exp = await buildExport(d, { now: NOW });
    expect(exp.signature).toMatchObject({ algorithm: 'ECDSA-P256-SHA256', publicKey: { kty: 'EC', crv: 'P-256' } });
    const check = await verifyExport(exp, exp.signature!);
    expect(check).toEqual({ ok: true, thumbprint: await keyThumbprint((await getSigningKey(d)).publicKey) });
    // Keys reordered and re-indented by another tool: still the same payload.
    const reordered = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(exp).reverse()), null, 7)) as object;
    expect(new TextDecoder().decode(canonicalPayload(reordered))).toBe(new TextDecoder().decode(canonicalPayload(exp)));
    expect((await verifyExport(reordered, exp.signature!)).ok).toBe(true);
    // Any changed value breaks it.
    const changed = { ...exp, agent: { ...exp.agent, displayName: 'Boss' } };
    expect(await verifyExport(changed, exp.signature!)).toMatchObject({ ok: false, reason: expect.stringMatching(/changed after it was exported/) });
  });
});

describe('team import: pinning and forgeries', () => {
  it('pins the key on the first import and records the file as signed', async () => {
    const sam = await agent('Sam');
    const lead = db();
    const result = await importExports(lead, [file('sam.json', await exportJson(sam, { now: NOW }))], { now: NOW });
    expect(result.ok && result.files[0]).toMatchObject({ signed: true });
    const [row] = await lead.teamAgents.toArray();
    expect(row?.keyThumbprint).toBe(await keyThumbprint((await getSigningKey(sam)).publicKey));
    expect(row?.unsignedDays).toBeUndefined();
  });

  it('refuses a file for a known agent signed with another key, naming the agent, and offers to replace them', async () => {
    const sam = await agent('Sam');
    const lead = db();
    const { genuine, tampered } = await genuineAndTampered(sam);
    await importExports(lead, [file('sam.json', genuine)], { now: NOW });
    const before = await dumpDb(lead);

    const forged = await forgeSigned(tampered);
    const result = await importExports(lead, [file('sam-forged.json', forged)], { now: NOW });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.objectContaining({ file: 'sam-forged.json', path: '(file)', message: expect.stringMatching(/different key than the files of Sam \(agent-.{8}…\).*may be forged.*Replace this agent/) }),
    ]);
    expect(result.problems[0]!.replaceAgent).toEqual({ agentId: (genuine.agent as { id: string }).id, label: expect.stringMatching(/^Sam \(/) });
    expect(await dumpDb(lead)).toEqual(before);

    // The genuine file again after the refused forgery: the genuine numbers, as before.
    expect((await importExports(lead, [file('sam.json', genuine)], { now: NOW })).ok).toBe(true);
    expect((await dumpDb(lead)).teamSeries).toEqual(before.teamSeries);
    expect(await shownOn(lead, '2025-03-12')).toBe(1);
  });

  it('"Replace this agent" drops the agent’s data and pin and imports the new file in their place', async () => {
    const sam = await agent('Sam');
    const lead = db();
    const { genuine, tampered } = await genuineAndTampered(sam);
    const other = await agent('Ana');
    await importExports(lead, [file('sam.json', genuine), file('ana.json', await exportJson(other, { now: NOW }))], { now: NOW });
    const forged = await forgeSigned(tampered);
    const id = (genuine.agent as { id: string }).id;
    const result = await importExports(lead, [file('sam-new.json', forged)], { now: NOW, replace: [id] });
    expect(result.ok, result.ok ? '' : result.message).toBe(true);
    expect(await shownOn(lead, '2025-03-12')).toBe(50 + 1); // Sam's new file, and Ana
    expect((await lead.teamAgents.get(id))?.keyThumbprint).toBe(await keyThumbprint(forged.signature.publicKey));
    expect(await lead.teamAgents.count()).toBe(2);
  });

  it('refuses a file whose contents changed after signing, even with "Replace this agent"', async () => {
    const sam = await agent('Sam');
    const { tampered } = await genuineAndTampered(sam);
    for (const lead of [db(), db()]) {
      const result = await importExports(lead, [file('edited.json', tampered)], { now: NOW, replace: [(tampered.agent as { id: string }).id] });
      expect(!result.ok && result.problems).toEqual([
        expect.objectContaining({ path: '(file)', message: expect.stringMatching(/claims to come from Sam \(agent-.*signature does not match its contents.*not imported/) }),
      ]);
      expect(!result.ok && result.problems[0]!.replaceAgent).toBeUndefined();
      expect(await lead.teamAgents.count()).toBe(0);
    }
  });

  it('refuses an unsigned file for a pinned agent (a forgery posing as an older Rapport)', async () => {
    const sam = await agent('Sam');
    const lead = db();
    const { genuine, tampered } = await genuineAndTampered(sam);
    await importExports(lead, [file('sam.json', genuine)], { now: NOW });
    const before = await dumpDb(lead);
    const result = await importExports(lead, [file('old.json', { ...unsigned(tampered), schemaVersion: 2 })], { now: NOW });
    expect(!result.ok && result.message).toMatch(/^old\.json: the file is not signed, but the files of Sam \(agent-.*\) you imported before were/);
    expect(!result.ok && result.problems[0]!.replaceAgent?.agentId).toBe((genuine.agent as { id: string }).id);
    expect(await dumpDb(lead)).toEqual(before);
  });

  it('accepts unsigned files for a new agent; a later signed file pins the key and its days win over unsigned ones', async () => {
    const sam = await agent('Sam');
    const lead = db();
    const { genuine, tampered } = await genuineAndTampered(sam);
    // A forger got in first, unsigned, with a newer exportedAt and a wider range.
    const forged = { ...unsigned(tampered), range: { from: '2025-03-01', to: '2025-03-20' } };
    const first = await importExports(lead, [file('forged.json', forged)], { now: NOW });
    expect(first.ok && first.files[0]).toMatchObject({ signed: false });
    expect((await lead.teamAgents.toArray())[0]?.keyThumbprint).toBeUndefined();
    expect(await shownOn(lead, '2025-03-12')).toBe(50);

    const recent = await exportJson(sam, { now: NOW, from: '2025-03-10' });
    const result = await importExports(lead, [file('sam.json', recent)], { now: NOW });
    expect(result.ok && result.files[0]).toMatchObject({ signed: true, daysKeptNewer: 0 });
    expect(await shownOn(lead, '2025-03-12')).toBe(1);
    const [row] = await lead.teamAgents.toArray();
    expect(row?.keyThumbprint).toBeDefined();
    // The genuine export covers 10–20 March; the forger's days before it stay, marked unsigned.
    expect(row?.unsignedDays).toEqual(['2025-03-01', '2025-03-02', '2025-03-03', '2025-03-04', '2025-03-05', '2025-03-06', '2025-03-07', '2025-03-08', '2025-03-09']);
  });

  it('refuses files of one batch that claim the same new agent with different keys, or mix signed and unsigned', async () => {
    const sam = await agent('Sam');
    const { genuine, tampered } = await genuineAndTampered(sam);
    const forged = await forgeSigned(tampered);
    const lead = db();
    const twoKeys = await importExports(lead, [file('a.json', genuine), file('b.json', forged)], { now: NOW });
    expect(!twoKeys.ok && twoKeys.problems.map((p) => p.file)).toEqual(['a.json', 'b.json']);
    expect(!twoKeys.ok && twoKeys.message).toMatch(/signed with different keys/);
    const mixed = await importExports(lead, [file('a.json', genuine), file('c.json', unsigned(tampered))], { now: NOW });
    expect(!mixed.ok && mixed.message).toMatch(/^c\.json: the file is not signed, but a\.json, which also claims to come from Sam/);
    expect(await lead.teamAgents.count()).toBe(0);
  });

  it('refuses a public key that is not a point on P-256', async () => {
    const sam = await agent('Sam');
    const { genuine } = await genuineAndTampered(sam);
    const sig = genuine.signature as { publicKey: { x: string } };
    const bent = { ...genuine, signature: { ...sig, publicKey: { ...sig.publicKey, x: 'A'.repeat(43) } } };
    const result = await importExports(db(), [file('bent.json', bent)], { now: NOW });
    expect(!result.ok && result.message).toMatch(/not a valid P-256 key|signature does not match/);
  });

  it('keeps nothing of an unsigned file’s agent row once a signed file pins the agent: name and practice are the signed file’s', async () => {
    registerPracticeExportSection({ schema: z.strictObject({ schemaVersion: z.literal(1), best: z.number() }), collect: async () => undefined });
    const sam = await agent('Sam');
    const lead = db();
    const { genuine, tampered } = await genuineAndTampered(sam);
    const forged = { ...unsigned(tampered), agent: { ...(tampered.agent as object), displayName: 'Boss' }, practice: { schemaVersion: 1, best: 100 } };
    expect((await importExports(lead, [file('forged.json', forged)], { now: NOW })).ok).toBe(true);
    expect((await importExports(lead, [file('sam.json', genuine)], { now: NOW })).ok).toBe(true);
    const [row] = await lead.teamAgents.toArray();
    expect(row?.displayName).toBe('Sam');
    expect(row).not.toHaveProperty('practice');
  });
});
