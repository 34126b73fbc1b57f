/** Settings: defaults, forgiving reads, strict edits, storage round trip and change subscription, pack import. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { check } from '../../lib/coaching';
import { compilePack } from '../../lib/packs/compile';
import { activePacks, checkPreferences, mergePolicy } from '../../lib/policy/merge';
import { EMPTY_POLICY } from '../../lib/policy/schema';
import {
  addIgnorePhrase,
  changePacks,
  changeSettings,
  cleanPhrase,
  DEFAULT_SETTINGS,
  enabledSitePatterns,
  freshSettings,
  loadState,
  MAX_STORED_PACKS,
  PACKS_KEY,
  packFileTooLarge,
  planSiteScript,
  preparePackImport,
  readSettings,
  readStoredPacks,
  removeIgnorePhrase,
  resetSettings,
  restoreIgnorePhrase,
  restorePack,
  setCategory,
  SETTINGS_KEY,
  SETTINGS_LIMITS,
  SettingsError,
  setSiteEnabled,
  siteHost,
  subscribeState,
  withoutPack,
  withPack,
  withPackEnabled,
  type StorageArea,
  type StoredPack,
} from '../../lib/settings';
import { createPackCompiler, watchSettings } from '../../lib/settings/live';
import { parseMessage } from '../../lib/messages';

const ACME = readFileSync(resolve(import.meta.dirname, '../../examples/packs/acme-it.yaml'), 'utf8');
const noPolicy = { ...EMPTY_POLICY, forcedPacks: [] };

function memoryArea(initial: Record<string, unknown> = {}): StorageArea & { data: Record<string, unknown>; writes: number } {
  const area = {
    data: structuredClone(initial),
    writes: 0,
    async get(keys: string[]) {
      return Object.fromEntries(keys.filter((k) => k in area.data).map((k) => [k, structuredClone(area.data[k])]));
    },
    async set(items: Record<string, unknown>) {
      area.writes++;
      Object.assign(area.data, structuredClone(items));
    },
  };
  return area;
}

function acmeStored(enabled = true): StoredPack {
  const result = preparePackImport(ACME, 'acme-it.yaml', [], { now: 1 });
  if (!result.ok) throw new Error('acme pack should load');
  return { ...result.stored, enabled };
}

describe('settings defaults and reading', () => {
  it('defaults: every category on at its own severity, no sites off, empty ignore list', () => {
    expect(DEFAULT_SETTINGS).toEqual({ version: 1, categories: {}, disabledSites: [], ignorePhrases: [] });
    expect(readSettings(undefined)).toEqual({ settings: freshSettings(), problems: [] });
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
  });

  it('keeps every valid entry and drops the bad ones with a reason', () => {
    const { settings, problems } = readSettings({
      categories: { blame: { enabled: false }, 'help-wording': { enabled: true, severity: 'warning' }, 'Bad Id': { enabled: false }, venting: { enabled: 'no' }, dismissive: { enabled: true, severity: 'loud' } },
      disabledSites: ['Desk.Acme.Local', 'https://rt.example.org/Ticket/1', 'not a host!', 42, 'desk.acme.local'],
      ignorePhrases: ['  per  policy ', '', '!!!', 'x'.repeat(81), 'Per policy'],
    });
    expect(settings.categories).toEqual({ blame: { enabled: false }, 'help-wording': { enabled: true, severity: 'warning' }, dismissive: { enabled: true } });
    expect(settings.disabledSites).toEqual(['desk.acme.local', 'rt.example.org']);
    expect(settings.ignorePhrases).toEqual(['per policy']);
    expect(problems.join('\n')).toMatch(/Bad Id/);
    expect(problems.join('\n')).toMatch(/venting/);
    expect(problems.join('\n')).toMatch(/dismissive\.severity/);
    expect(problems.join('\n')).toMatch(/not a host!/);
  });

  it('a non-object is replaced by the defaults, with a reason', () => {
    expect(readSettings('oops')).toEqual({ settings: freshSettings(), problems: ['settings are not an object; defaults used'] });
    expect(readSettings([1, 2]).settings).toEqual(freshSettings());
  });

  it('reads site addresses and ignore phrases the way an agent types them', () => {
    expect(siteHost('https://Desk.Acme.local:8443/Ticket/Display.html?id=1')).toBe('desk.acme.local');
    expect(siteHost('rt.example.org/path')).toBe('rt.example.org');
    expect(siteHost('localhost:8080')).toBe('localhost');
    expect(siteHost('javascript:alert(1)')).toBeUndefined();
    expect(siteHost('exa mple.com')).toBeUndefined();
    expect(siteHost('')).toBeUndefined();
    expect(cleanPhrase('  as  per   policy ')).toBe('as per policy');
    expect(cleanPhrase('---')).toBeUndefined();
  });
});

describe('settings edits', () => {
  it('category: off, severity, and back to default forgets the entry', () => {
    let s = setCategory(freshSettings(), 'blame', { enabled: false });
    expect(s.categories.blame).toEqual({ enabled: false });
    s = setCategory(s, 'blame', { severity: 'warning' });
    expect(s.categories.blame).toEqual({ enabled: false, severity: 'warning' });
    s = setCategory(s, 'blame', { enabled: true, severity: null });
    expect(s.categories).toEqual({});
    expect(() => setCategory(s, 'Not A Category', { enabled: false })).toThrow(SettingsError);
    expect(() => setCategory(s, 'blame', { severity: 'loud' as never })).toThrow(/not a severity/);
  });

  it('edits never change the settings they were given', () => {
    const before = freshSettings();
    setCategory(before, 'blame', { enabled: false });
    addIgnorePhrase(before, 'per policy');
    setSiteEnabled(before, 'desk.acme.local', false);
    expect(before).toEqual(freshSettings());
  });

  it('sites: off and on again, by URL or host', () => {
    let s = setSiteEnabled(freshSettings(), 'https://desk.acme.local/ticket/1', false);
    s = setSiteEnabled(s, 'DESK.acme.local', false);
    expect(s.disabledSites).toEqual(['desk.acme.local']);
    s = setSiteEnabled(s, 'desk.acme.local', true);
    expect(s.disabledSites).toEqual([]);
    expect(() => setSiteEnabled(s, 'not a site', false)).toThrow(/not a site address/);
  });

  it('ignore list: add (deduplicated, bounded), remove and undo in place', () => {
    let s = addIgnorePhrase(freshSettings(), 'per policy');
    s = addIgnorePhrase(s, 'unfortunately');
    s = addIgnorePhrase(s, 'as expected');
    expect(() => addIgnorePhrase(s, 'PER POLICY')).toThrow(/already on your list/);
    expect(() => addIgnorePhrase(s, '   ')).toThrow(/type a word/);
    expect(() => addIgnorePhrase(s, 'x'.repeat(SETTINGS_LIMITS.ignorePhraseChars + 1))).toThrow(/at most 80/);
    const removed = removeIgnorePhrase(s, 'unfortunately');
    expect(removed.settings.ignorePhrases).toEqual(['per policy', 'as expected']);
    expect(removed.index).toBe(1);
    const undone = restoreIgnorePhrase(removed.settings, 'unfortunately', removed.index);
    expect(undone.ignorePhrases).toEqual(['per policy', 'unfortunately', 'as expected']);
    expect(restoreIgnorePhrase(undone, 'unfortunately', 0)).toBe(undone);
    let full = freshSettings();
    full = { ...full, ignorePhrases: Array.from({ length: SETTINGS_LIMITS.ignorePhrases }, (_, i) => `phrase ${i}`) };
    expect(() => addIgnorePhrase(full, 'one more')).toThrow(/at most 500/);
  });
});

describe('settings storage', () => {
  it('round-trips through storage; a failing edit writes nothing', async () => {
    const area = memoryArea();
    await changeSettings(area, (s) => setCategory(s, 'venting', { enabled: false }));
    await changeSettings(area, (s) => addIgnorePhrase(s, 'per policy'));
    const writes = area.writes;
    await expect(changeSettings(area, (s) => addIgnorePhrase(s, 'per policy'))).rejects.toThrow(SettingsError);
    expect(area.writes).toBe(writes);
    const state = await loadState(area);
    expect(state.settings.categories).toEqual({ venting: { enabled: false } });
    expect(state.settings.ignorePhrases).toEqual(['per policy']);
    expect(state.policy.lockedCategories).toEqual([]);
  });

  it('reset to defaults keeps team packs', async () => {
    const area = memoryArea({ [SETTINGS_KEY]: { categories: { blame: { enabled: false } }, disabledSites: ['a.example'], ignorePhrases: ['x1'] } });
    await changePacks(area, (p) => withPack(p, acmeStored()));
    await resetSettings(area);
    const state = await loadState(area);
    expect(state.settings).toEqual(freshSettings());
    expect(state.packs.map((p) => p.name)).toEqual(['acme-it']);
  });

  it('subscription fires for our keys in local storage only', () => {
    const listeners: ((changes: Record<string, unknown>, area: string) => void)[] = [];
    const events = { addListener: (l: (typeof listeners)[number]) => listeners.push(l), removeListener: (l: (typeof listeners)[number]) => listeners.splice(listeners.indexOf(l), 1) };
    const onChange = vi.fn();
    const stop = subscribeState(events, onChange);
    listeners[0]!({ [SETTINGS_KEY]: {} }, 'local');
    listeners[0]!({ [SETTINGS_KEY]: {} }, 'sync');
    listeners[0]!({ somethingElse: {} }, 'local');
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
    expect(listeners).toHaveLength(0);
  });
});

describe('live settings in a tab', () => {
  it('gives the coach new check options after every change, packs compiled once', async () => {
    const area = memoryArea();
    const listeners: ((changes: Record<string, unknown>, area: string) => void)[] = [];
    const events = { addListener: (l: (typeof listeners)[number]) => listeners.push(l), removeListener: () => undefined };
    const seen: import('../../lib/settings/live').LiveSettings[] = [];
    const stop = watchSettings((live) => seen.push(live), { area, events });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]!.checkOptions).toEqual({ disabled: [], severity: {}, ignorePhrases: [] });

    await changePacks(area, (p) => withPack(p, acmeStored()));
    listeners[0]!({ [PACKS_KEY]: {} }, 'local');
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    const pack = seen[1]!.checkOptions.pack;
    expect(Array.isArray(pack) && pack.map((s) => s.name)).toEqual(['acme-it']);
    expect(check('I opened a ticket for you.', seen[1]!.checkOptions).map((f) => f.ruleId)).toContain('acme/request-not-ticket');

    await changeSettings(area, (s) => setSiteEnabled(setCategory(s, 'terminology', { enabled: false }), 'desk.acme.local', false));
    listeners[0]!({ [SETTINGS_KEY]: {} }, 'local');
    await vi.waitFor(() => expect(seen).toHaveLength(3));
    expect(seen[2]!.checkOptions.pack).toBe(pack);
    expect(seen[2]!.checkOptions.disabled).toEqual(['terminology']);
    expect(check('I opened a ticket for you.', seen[2]!.checkOptions).map((f) => f.ruleId)).not.toContain('acme/request-not-ticket');
    expect(seen[2]!.siteEnabled('desk.acme.local')).toBe(false);
    expect(seen[2]!.siteEnabled('other.acme.local')).toBe(true);
    stop();
  });

  it('the pack compiler reuses results and skips a pack that cannot be compiled', () => {
    const problems: string[] = [];
    const compile = createPackCompiler((m) => problems.push(m));
    const acme = acmeStored().pack;
    const first = compile([acme]);
    expect(compile([structuredClone(acme)])).toBe(first);
    const broken = { name: 'broken', version: '1', rules: [{ type: 'substitution', id: 'x', swap: null }] } as never;
    const second = compile([acme, broken]);
    expect(second.map((s) => s.name)).toEqual(['acme-it']);
    expect(second[0]).toBe(first[0]);
    expect(problems.join()).toMatch(/"broken" could not be compiled/);
  });
});

describe('team pack import (all or nothing)', () => {
  it('a good pack gives a preview of its rules, categories and examples, and nothing is stored until confirmed', async () => {
    const area = memoryArea();
    const result = preparePackImport(ACME, 'acme-it.yaml', [], { now: 5 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.preview.name).toBe('acme-it');
    expect(result.preview.rules.map((r) => r.id)).toContain('acme/request-not-ticket');
    expect(new Set(result.preview.rules.map((r) => r.category))).toEqual(new Set(['terminology', 'commitments', 'internal-jargon']));
    expect(result.preview.rules.find((r) => r.id === 'acme/request-not-ticket')!.swaps).toContainEqual({ from: 'tickets', to: 'requests' });
    expect(result.stored).toMatchObject({ name: 'acme-it', version: '1.0.0', fileName: 'acme-it.yaml', source: ACME, enabled: true, importedAt: 5 });
    expect(result.replaces).toBeUndefined();
    expect((await loadState(area)).packs).toEqual([]);
  });

  it('a bad pack is rejected with file, path, line and reason, and storage is untouched', async () => {
    const area = memoryArea();
    await changePacks(area, (p) => withPack(p, acmeStored()));
    const before = structuredClone(area.data);
    const bad = ACME.replace('severity: warning', 'severity: urgent');
    const result = preparePackImport(bad, 'acme-it.yaml', (await loadState(area)).packs);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const problem = result.problems[0]!;
    expect(problem.file).toBe('acme-it.yaml');
    expect(problem.path).toEqual(['rules', 3, 'severity']);
    expect(problem.line).toBe(ACME.split('\n').findIndex((l) => l.includes('severity: warning')) + 1);
    expect(problem.message).toMatch(/info|suggestion|warning/);
    expect(area.data).toEqual(before);
  });

  it('a pack whose own example fails is rejected with the failing example', () => {
    const bad = ACME.replace("- text: I've opened a ticket for you.", "- text: I've opened a request for you.");
    const result = preparePackImport(bad, 'acme-it.yaml', []);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.message).join('\n')).toMatch(/opened a request for you/);
  });

  it('refuses other file kinds, huge files and an eleventh pack', () => {
    const notPack = preparePackImport('{}', 'notes.txt', []);
    expect(!notPack.ok && notPack.problems[0]!.message).toMatch(/\.yaml, \.yml or \.json/);
    expect(packFileTooLarge('big.yaml', 10 * 1024 * 1024)?.message).toMatch(/too large/);
    expect(packFileTooLarge('ok.yaml', 2000)).toBeUndefined();
    const ten = Array.from({ length: MAX_STORED_PACKS }, (_, i) => ({ ...acmeStored(), name: `pack-${i}` }));
    const eleventh = preparePackImport(ACME, 'acme-it.yaml', ten);
    expect(!eleventh.ok && eleventh.problems[0]!.message).toMatch(/already have 10 team packs/);
    const big = Array.from({ length: 5 }, (_, i) => ({ ...acmeStored(), name: `big-${i}`, source: 'x'.repeat(500 * 1024) }));
    const overBudget = preparePackImport(ACME, 'acme-it.yaml', big);
    expect(!overBudget.ok && overBudget.problems[0]!.message).toMatch(/more than 2 MB together/);
    const replacing = preparePackImport(ACME, 'acme-it.yaml', [...ten.slice(1), acmeStored()]);
    expect(replacing.ok && replacing.replaces?.name).toBe('acme-it');
  });

  it('re-importing replaces in place; remove and undo; enable and disable', () => {
    const a = { ...acmeStored(), name: 'a' };
    const acme = acmeStored();
    let list = withPack(withPack([], a), acme);
    const newer = { ...acmeStored(), version: '2.0.0' };
    list = withPack(list, newer);
    expect(list.map((p) => `${p.name}@${p.version}`)).toEqual(['a@1.0.0', 'acme-it@2.0.0']);
    const removed = withoutPack(list, 'a');
    expect(removed.packs.map((p) => p.name)).toEqual(['acme-it']);
    expect(restorePack(removed.packs, removed.removed!, removed.index).map((p) => p.name)).toEqual(['a', 'acme-it']);
    expect(withPackEnabled(list, 'acme-it', false)[1]!.enabled).toBe(false);
  });

  it('damaged stored packs are dropped, not trusted', () => {
    const { packs, problems } = readStoredPacks([acmeStored(), { name: 'x' }, 'nope', { ...acmeStored(), pack: { name: 'other', rules: [] } }]);
    expect(packs.map((p) => p.name)).toEqual(['acme-it']);
    expect(problems).toHaveLength(3);
    expect(readStoredPacks({}).problems).toEqual(['team packs: not a list; ignored']);
  });

  it('an enabled pack flags text in check(); a disabled one does not', () => {
    const on = mergePolicy(freshSettings(), [acmeStored(true)], noPolicy);
    const off = mergePolicy(freshSettings(), [acmeStored(false)], noPolicy);
    const text = "I'll reach out to the vendor.";
    const packsOn = activePacks(on).map(compilePack);
    expect(check(text, { ...checkPreferences(on), pack: packsOn }).map((f) => f.ruleId)).toContain('acme/contact-not-reach-out');
    expect(activePacks(off)).toEqual([]);
  });
});

describe('enabled sites (dynamic content scripts)', () => {
  it('the popup → background message is validated strictly', () => {
    expect(parseMessage({ type: 'rapport:enable-site', tabId: 12 })).toEqual({ ok: true, message: { type: 'rapport:enable-site', tabId: 12 } });
    for (const bad of [{ type: 'rapport:enable-site' }, { type: 'rapport:enable-site', tabId: -1 }, { type: 'rapport:enable-site', tabId: 1.5 }, { type: 'rapport:enable-site', tabId: '3' }, { type: 'rapport:enable-site', tabId: 3, origin: 'https://evil.example' }]) {
      const result = parseMessage(bad);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(/exactly a tabId/);
    }
  });


  it('registers exactly the single origins granted beyond the install list', () => {
    const granted = ['https://*.zendesk.com/*', 'http://localhost/*', 'https://rt.acme.local/*', 'http://*/*', 'https://desk.acme.local/*', 'https://rt.acme.local/*'];
    expect(enabledSitePatterns(granted, ['https://*.zendesk.com/*', 'http://localhost/*'])).toEqual(['https://desk.acme.local/*', 'https://rt.acme.local/*']);
  });

  it('plans register / update / unregister / nothing', () => {
    expect(planSiteScript([], undefined)).toEqual({ action: 'none' });
    expect(planSiteScript(['https://b/*', 'https://a/*'], undefined)).toEqual({ action: 'register', matches: ['https://a/*', 'https://b/*'] });
    expect(planSiteScript(['https://a/*', 'https://b/*'], ['https://b/*', 'https://a/*'])).toEqual({ action: 'none' });
    expect(planSiteScript(['https://a/*'], ['https://a/*', 'https://b/*'])).toEqual({ action: 'update', matches: ['https://a/*'] });
    expect(planSiteScript([], ['https://a/*'])).toEqual({ action: 'unregister' });
  });
});

describe('live settings without storage', () => {
  it('coaches with the defaults when extension storage cannot be read', async () => {
    const seen: import('../../lib/settings/live').LiveSettings[] = [];
    const failing = { get: () => Promise.reject(new Error('Extension context invalidated.')), set: () => Promise.resolve() };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const stop = watchSettings((live) => seen.push(live), { area: failing, events: { addListener: () => undefined, removeListener: () => undefined } });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]!.checkOptions).toEqual({ disabled: [], severity: {}, ignorePhrases: [] });
    expect(seen[0]!.siteEnabled('any.example')).toBe(true);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/could not read settings; using the defaults/);
    warn.mockRestore();
    stop();
  });
});
