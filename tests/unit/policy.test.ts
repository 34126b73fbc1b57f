/** Managed policy: parsing (invalid values ignored with a reason), forced packs, and merging with the agent's settings. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../lib/coaching';
import { compilePack } from '../../lib/packs/compile';
import { activePacks, checkPreferences, isCategoryEnabled, isSiteEnabled, mergePolicy } from '../../lib/policy/merge';
import { resolvePolicy } from '../../lib/policy/resolve';
import { EMPTY_POLICY, isPolicyActive, parsePolicy, POLICY_KEYS } from '../../lib/policy/schema';
import { preparePackImport } from '../../lib/settings/pack-import';
import { setCategory, setSiteEnabled } from '../../lib/settings/edit';
import { freshSettings } from '../../lib/settings/schema';
import { readStoredPolicy } from '../../lib/settings/store';
import { builtinRuleList } from '../../lib/rules';

const ACME = readFileSync(resolve(import.meta.dirname, '../../examples/packs/acme-it.yaml'), 'utf8');
const SCHEMA = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/managed_schema.json'), 'utf8')) as {
  type: string;
  properties: Record<string, { type: string }>;
};

const ORG_PACK = `
name: org-words
version: 2
rules:
  - id: org/request-word
    type: substitution
    category: terminology
    severity: warning
    message: 'Org style: "{{replacement}}".'
    explanation: The organisation's word.
    swap: { ticket: case }
    examples:
      valid: [Your case is open.]
      invalid: [I opened a ticket.]
`;

function userAcme() {
  const r = preparePackImport(ACME, 'acme-it.yaml', []);
  if (!r.ok) throw new Error('acme should load');
  return r.stored;
}

describe('parsePolicy', () => {
  it('no policy (Chrome {} / Firefox missing) is the empty policy', () => {
    expect(parsePolicy({})).toEqual({ policy: EMPTY_POLICY, problems: [] });
    expect(parsePolicy(undefined)).toEqual({ policy: EMPTY_POLICY, problems: [] });
    expect(isPolicyActive(EMPTY_POLICY)).toBe(false);
  });

  it('reads every key', () => {
    const { policy, problems } = parsePolicy({
      forcedPacks: [{ file: 'org.yaml', text: ORG_PACK }],
      lockedCategories: ['blame', 'condescension', 'blame'],
      disableSiteSwitch: true,
      disableExport: true,
    });
    expect(problems).toEqual([]);
    expect(policy).toEqual({ forcedPacks: [{ file: 'org.yaml', text: ORG_PACK }], lockedCategories: ['blame', 'condescension'], disableSiteSwitch: true, disableExport: true });
    expect(isPolicyActive(policy)).toBe(true);
  });

  it('ignores invalid values safely, keeps the valid ones, and says why', () => {
    const { policy, problems } = parsePolicy({
      lockedCategories: ['blame', 'Not Valid', 7, 'venting'],
      disableSiteSwitch: 'yes',
      disableExport: 1,
      forcedPacks: [{ file: 'org.yaml', text: ORG_PACK, colour: 'red' }, { file: '../etc/passwd', text: 'x' }, { text: '' }, 'name: x', { file: 'ok.json' }],
      allowEverything: true,
    });
    expect(policy.lockedCategories).toEqual(['blame', 'venting']);
    expect(policy.disableSiteSwitch).toBe(false);
    expect(policy.disableExport).toBe(true);
    expect(policy.forcedPacks).toEqual([{ file: 'org.yaml', text: ORG_PACK }]);
    const all = problems.join('\n');
    expect(all).toMatch(/lockedCategories\[1\]: the text "Not Valid" is not a category id/);
    expect(all).toMatch(/lockedCategories\[2\]: number 7 is not a category id/);
    expect(all).toMatch(/disableSiteSwitch: must be true or false, got the text "yes"/);
    expect(all).toMatch(/forcedPacks\[0\]: unknown field\(s\) "colour" ignored/);
    expect(all).toMatch(/forcedPacks\[1\]\.file: must be a file name/);
    expect(all).toMatch(/forcedPacks\[2\]\.text: must be the pack's YAML or JSON text/);
    expect(all).toMatch(/forcedPacks\[3\]: must be an object/);
    expect(all).toMatch(/forcedPacks\[4\]\.text/);
    expect(all).toMatch(/"allowEverything": not a Rapport policy/);
  });

  it('a wrong type for a whole key or the whole policy is ignored', () => {
    expect(parsePolicy({ lockedCategories: 'blame', forcedPacks: {} }).policy).toEqual(EMPTY_POLICY);
    expect(parsePolicy('lock everything').problems).toEqual(['the policy must be an object of settings, got the text "lock everything"; ignored']);
  });

  it('the admin guide lists every key and every built-in category id', () => {
    const guide = readFileSync(resolve(import.meta.dirname, '../../docs/admin-policy.md'), 'utf8');
    for (const key of POLICY_KEYS) expect(guide).toContain(`\`${key}\``);
    for (const category of new Set(builtinRuleList.map((r) => r.meta.category))) expect(guide, category).toContain(`\`${category}\``);
  });

  it('the manifest schema declares exactly the keys the parser reads', () => {
    expect(SCHEMA.type).toBe('object');
    expect(Object.keys(SCHEMA.properties).sort()).toEqual([...POLICY_KEYS].sort());
  });
});

describe('resolvePolicy (forced packs)', () => {
  it('loads forced packs with the import validation; a bad one is left out with its problems', () => {
    const resolved = resolvePolicy({
      forcedPacks: [
        { file: 'org.yaml', text: ORG_PACK },
        { file: 'broken.yaml', text: ORG_PACK.replace('severity: warning', 'severity: loud') },
        { file: 'again.yaml', text: ORG_PACK },
      ],
      lockedCategories: ['blame'],
    });
    expect(resolved.forcedPacks.map((p) => p.pack.name)).toEqual(['org-words']);
    expect(resolved.lockedCategories).toEqual(['blame']);
    const all = resolved.problems.join('\n');
    expect(all).toMatch(/forcedPacks\[1\] \(broken\.yaml\): pack ignored:\n {2}broken\.yaml:\d+:\d+: rules\[0\]\.severity/);
    expect(all).toMatch(/forcedPacks\[2\] \(again\.yaml\): a pack named "org-words" is already forced by org\.yaml/);
  });

  it('what the background stores reads back the same in a tab, and damage falls back to no lock', () => {
    const resolved = resolvePolicy({ forcedPacks: [{ file: 'org.yaml', text: ORG_PACK }], lockedCategories: ['blame'], disableExport: true });
    const stored = JSON.parse(JSON.stringify({ ...resolved, forcedPacks: resolved.forcedPacks.map(({ file, pack }) => ({ file, pack })) }));
    const read = readStoredPolicy(stored);
    expect(read.forcedPacks[0]!.pack).toEqual(resolved.forcedPacks[0]!.pack);
    expect(read.lockedCategories).toEqual(['blame']);
    expect(read.disableExport).toBe(true);
    expect(readStoredPolicy({ lockedCategories: 'blame', disableExport: 'true', forcedPacks: [{ file: 'x' }] })).toEqual({ ...EMPTY_POLICY, problems: [] });
  });
});

describe('mergePolicy', () => {
  const org = resolvePolicy({ forcedPacks: [{ file: 'org.yaml', text: ORG_PACK }], lockedCategories: ['blame', 'venting'], disableSiteSwitch: true, disableExport: true });

  it('locked categories cannot be turned off; unlocked ones follow the agent; severity stays the agent’s', () => {
    let settings = setCategory(freshSettings(), 'blame', { enabled: false, severity: 'info' });
    settings = setCategory(settings, 'dismissive', { enabled: false });
    const effective = mergePolicy(settings, [], org);
    expect(effective.categories.blame).toEqual({ enabled: true, severity: 'info', locked: true });
    expect(effective.categories.venting).toEqual({ enabled: true, locked: true });
    expect(effective.categories.dismissive).toEqual({ enabled: false, locked: false });
    expect(isCategoryEnabled(effective, 'blame')).toBe(true);
    expect(isCategoryEnabled(effective, 'help-wording')).toBe(true);
    const prefs = checkPreferences(effective);
    expect(prefs.disabled).toEqual(['dismissive']);
    expect(prefs.severity).toEqual({ blame: 'info' });
    const ids = check('You must have deleted the file.', prefs).map((f) => f.ruleId);
    expect(ids).toContain('blame');
  });

  it('forced packs are present, enabled and after the agent’s packs; a same-named agent pack is shadowed', () => {
    const own = { ...userAcme(), enabled: false };
    const sameName = { ...userAcme(), name: 'org-words', pack: { ...userAcme().pack, name: 'org-words' } };
    const effective = mergePolicy(freshSettings(), [own, sameName], org);
    expect(effective.packs.map((p) => [p.name, p.enabled, p.forced, p.shadowed])).toEqual([
      ['acme-it', false, false, false],
      ['org-words', false, false, true],
      ['org-words', true, true, false],
    ]);
    expect(activePacks(effective).map((p) => p.name)).toEqual(['org-words']);
    expect(activePacks(effective)[0]).toBe(org.forcedPacks[0]!.pack);
  });

  it('the organisation’s pack wins over the agent’s pack on the same words', () => {
    const effective = mergePolicy(freshSettings(), [userAcme()], org);
    const packs = activePacks(effective).map(compilePack);
    expect(packs.map((p) => p.name)).toEqual(['acme-it', 'org-words']);
    const findings = check('I opened a ticket for you.', { ...checkPreferences(effective), pack: packs });
    expect(findings.map((f) => f.ruleId)).toEqual(['org/request-word']);
    expect(findings[0]!.replacements).toEqual(['case']);
  });

  it('disabling the category of a forced pack is allowed unless the category is locked', () => {
    const settings = setCategory(freshSettings(), 'terminology', { enabled: false });
    const packs = activePacks(mergePolicy(settings, [], org)).map(compilePack);
    const free = check('I opened a ticket.', { ...checkPreferences(mergePolicy(settings, [], org)), pack: packs });
    expect(free.map((f) => f.ruleId)).not.toContain('org/request-word');
    const locked = mergePolicy(settings, [], { ...org, lockedCategories: ['terminology'] });
    expect(check('I opened a ticket.', { ...checkPreferences(locked), pack: packs }).map((f) => f.ruleId)).toContain('org/request-word');
  });

  it('with the site switch disabled every site is on, whatever the agent switched off', () => {
    const settings = setSiteEnabled(freshSettings(), 'desk.acme.local', false);
    expect(isSiteEnabled(mergePolicy(settings, [], { ...EMPTY_POLICY, forcedPacks: [] }), 'desk.acme.local')).toBe(false);
    const effective = mergePolicy(settings, [], org);
    expect(effective.siteSwitchLocked).toBe(true);
    expect(isSiteEnabled(effective, 'desk.acme.local')).toBe(true);
  });

  it('exports follow disableExport', () => {
    expect(mergePolicy(freshSettings(), [], org).exportAllowed).toBe(false);
    expect(mergePolicy(freshSettings(), [], { ...EMPTY_POLICY, forcedPacks: [] }).exportAllowed).toBe(true);
  });
});
