/**
 * "What Rapport keeps" lists every table, key and field the code really writes: rows are made by
 * the real recording, import and practice paths, and every key of every row must be listed. (The
 * browser test tests/browser/kept.browser.ts checks the same against the built extension's stores.)
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { PENDING_SPILL_KEY } from '../../lib/stats/pending-spill';
import { KEPT, keptStore, type KeptPlace } from '../../lib/privacy/kept';
import { builtinPack } from '../../lib/practice/builtin';
import { PracticeDb, recordAttempt, setSettings } from '../../lib/practice/history';
import { scoreReply } from '../../lib/practice/score';
import { IGNORED_RULES_KEY, sidebarKey, siteIgnoredRulesKey } from '../../lib/content/prefs';
import { FOLLOW_UP_KEY } from '../../lib/followup/store';
import { STATE_KEYS } from '../../lib/settings/store';
import { freshSettings } from '../../lib/settings/schema';
import { exportJson } from '../../lib/stats/export';
import { importExports } from '../../lib/stats/import';
import { StatsRecorder } from '../../lib/stats/record';
import { pruneStats } from '../../lib/stats/retention';
import { getAgentIdentity, setDisplayName, setTeamViewSettings, updateStatsSettings } from '../../lib/stats/settings';
import { draftChecked, freshDbs, noon, suggestion } from './stats-fixtures';

const db = freshDbs();

function expectListed(place: KeptPlace, table: string, rows: readonly object[]) {
  const store = keptStore(place, table);
  expect(store, `${place}/${table} is not in "What Rapport keeps"`).toBeDefined();
  const listed = new Set(store!.fields.map((f) => f.name));
  for (const row of rows) for (const key of Object.keys(row)) expect(listed.has(key), `${place}/${table}.${key} is not listed`).toBe(true);
}

describe('What Rapport keeps', () => {
  it('lists every stats table and every field the recorder, settings and team import write', async () => {
    const agent = db();
    await setDisplayName(agent, 'Sam');
    await updateStatsSettings(agent, { retentionDays: 60 });
    await new StatsRecorder(agent, { now: () => noon('2025-03-19') }).record([suggestion(), suggestion({ action: 'edited-away' }), draftChecked()]);
    await pruneStats(agent, noon('2025-03-19'));
    await setTeamViewSettings(agent, { anonymise: true });
    const lead = db();
    await getAgentIdentity(lead);
    // An unsigned file (as an older Rapport wrote) for a wider range, then a signed one: the lead
    // holds a pinned key and days still from the unsigned file.
    const now = { now: noon('2025-03-20') };
    const { signature: _signature, ...unsigned } = JSON.parse(await exportJson(agent, { ...now, from: '2025-03-01' })) as Record<string, unknown>;
    expect((await importExports(lead, [{ name: 'old.json', text: JSON.stringify(unsigned) }], now)).ok).toBe(true);
    expect((await importExports(lead, [{ name: 'sam.json', text: await exportJson(agent, { ...now, from: '2025-03-19' }) }], now)).ok).toBe(true);
    expect(await lead.teamAgents.toArray()).toMatchObject([{ keyThumbprint: expect.any(String), unsignedDays: expect.arrayContaining(['2025-03-01']) }]);
    for (const d of [agent, lead]) {
      for (const table of d.tables) {
        const rows = await table.toArray();
        if (table.name === 'meta') expectListed('rapport-stats', 'meta', rows.map((r) => ({ [(r as { key: string }).key]: true })));
        else expectListed('rapport-stats', table.name, rows);
      }
    }
    expect(KEPT.filter((s) => s.place === 'rapport-stats').map((s) => s.name).sort()).toEqual(agent.tables.map((t) => t.name).sort());
  });

  it('lists every practice table and field, the kept reply included', async () => {
    const practice = new PracticeDb(`kept-practice-${Math.random()}`);
    await setSettings(practice, { keepReplies: true });
    const scenario = builtinPack().scenarios[0]!;
    await recordAttempt(practice, scenario, 'builtin', scoreReply(scenario, 'Hello.'), 'Hello.');
    for (const table of practice.tables) expectListed('rapport-practice', table.name, await table.toArray());
    expect(KEPT.filter((s) => s.place === 'rapport-practice').map((s) => s.name).sort()).toEqual(practice.tables.map((t) => t.name).sort());
    await practice.delete();
  });

  it('lists every extension storage key, and the settings fields', () => {
    for (const key of [...STATE_KEYS, IGNORED_RULES_KEY, siteIgnoredRulesKey('acme.zendesk.com'), sidebarKey('acme.zendesk.com'), FOLLOW_UP_KEY]) {
      expect(keptStore('storage.local', key), key).toBeDefined();
    }
    expectListed('storage.local', 'rapport.settings', [freshSettings()]);
    expect(keptStore('storage.local', 'rapport.other')).toBeUndefined();
    expect(keptStore('storage.session', PENDING_SPILL_KEY), PENDING_SPILL_KEY).toBeDefined();
  });
});
