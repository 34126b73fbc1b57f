/**
 * Scenario pack validation: every bad file in tests/fixtures/practice-packs/bad is refused with the
 * file, the path inside it and the reason; imports are all-or-nothing; exports round-trip.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PACK_ID, builtinPack } from '../../lib/practice/builtin';
import { exportPack, formatPath, packFileName, packJsonSchema, parsePack, validateImport, type InstalledIds, type PackFile } from '../../lib/practice/pack';
import { LIMITS } from '../../lib/practice/schema';
import { scoreReply } from '../../lib/practice/score';

const DIR = resolve(import.meta.dirname, '../fixtures/practice-packs');
const read = (path: string): PackFile => ({ name: path.split('/').pop()!, text: readFileSync(resolve(DIR, path), 'utf8') });
const installed = (): InstalledIds => ({
  scenarioOwners: new Map(builtinPack().scenarios.map((s) => [s.id, BUILTIN_PACK_ID])),
  reservedPackIds: new Set([BUILTIN_PACK_ID]),
});

/** What each bad file must be refused for: the path inside it and words from the reason. */
const EXPECTED: Record<string, { path: string; message: RegExp }> = {
  'not-json.json': { path: '(file)', message: /^not valid JSON \(line 4, column 3\)/ },
  'array-root.json': { path: '(root)', message: /not an array/ },
  'wrong-format.json': { path: 'format', message: /"format" must be "rapport-practice-pack"/ },
  'unsupported-version.json': { path: 'version', message: /version 1/ },
  'no-scenarios.json': { path: 'scenarios', message: /needs at least 1 item/ },
  'duplicate-scenario-ids.json': { path: 'scenarios[1].id', message: /duplicate scenario id "acme-badge-not-working" \(also scenarios\[0\]\)/ },
  'invalid-regex.json': { path: 'scenarios[0].rubric[1].check.patterns[0]', message: /not a valid regular expression/ },
  'lookahead.json': { path: 'scenarios[0].rubric[1].check.patterns[0]', message: /look-arounds such as \(\?=…\) and \(\?!…\) and back-references such as \\1 are not supported/ },
  'unknown-cue-set.json': { path: 'scenarios[0].rubric[0].check.sets[0]', message: /unknown cue set; use one of: acknowledgement/ },
  'unknown-check-type.json': { path: 'scenarios[0].rubric[0].check.type', message: /unknown check "type"/ },
  'last-message-from-agent.json': { path: 'scenarios[0].messages[1].from', message: /last message must be the customer's/ },
  'unknown-field.json': { path: 'scenarios[1]', message: /unknown field "hints"/ },
  'bad-difficulty.json': { path: 'scenarios[0].difficulty', message: /must be one of "easy", "medium", "hard"/ },
  'no-model-answer.json': { path: 'scenarios[1].modelAnswers', message: /needs at least 1 item/ },
  'builtin-id-clash.json': { path: 'scenarios[1].id', message: /"printer-2am-deadline" already exists in pack "rapport-builtin"/ },
  'reserved-pack-id.json': { path: 'id', message: /reserved for the built-in scenarios/ },
  'zero-weight.json': { path: 'scenarios[0].rubric[0].weight', message: /must be at least 1/ },
  'duplicate-rubric-ids.json': { path: 'scenarios[0].rubric[2].id', message: /duplicate rubric item id "acknowledge"/ },
};

describe('bad pack files', () => {
  const files = readdirSync(resolve(DIR, 'bad')).filter((f) => f.endsWith('.json')).sort();

  it('there are at least 10, and each one has an expectation here', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(files)('%s is refused with file, path and reason', (name) => {
    const result = validateImport([read(`bad/${name}`)], installed());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const expected = EXPECTED[name]!;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ file: name, path: expected.path });
    expect(result.errors[0]!.message).toMatch(expected.message);
  });
});

describe('good pack', () => {
  it('imports, and its scenarios score through the same engine', () => {
    const result = validateImport([read('good-pack.json')], installed());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [pack] = result.packs;
    expect(pack!.scenarios.map((s) => s.id)).toEqual(['acme-badge-not-working', 'acme-printer-toner']);
    const badge = pack!.scenarios[0]!;
    expect(scoreReply(badge, badge.modelAnswers[0]!).score).toBe(100);
    expect(scoreReply(badge, badge.badReplies[0]!).score).toBeLessThanOrEqual(40);
    // badReplies is optional in a pack and defaults to none.
    expect(pack!.scenarios[1]!.badReplies).toEqual([]);
  });

  it('exports as JSON that imports again to the same pack', () => {
    const result = validateImport([read('good-pack.json')], installed());
    if (!result.ok) throw new Error('good pack refused');
    const text = exportPack(result.packs[0]!);
    const again = parsePack({ name: 'export.json', text });
    expect(again).toEqual({ ok: true, pack: result.packs[0] });
    expect(Object.keys(JSON.parse(text))).toEqual(['format', 'version', 'id', 'name', 'description', 'author', 'scenarios']);
    expect(packFileName(result.packs[0]!)).toBe('rapport-pack-acme-onboarding.json');
  });

  it('the built-in pack exports as a valid pack (a template for team leads)', () => {
    const text = exportPack(builtinPack());
    const parsed = parsePack({ name: 'builtin.json', text });
    expect(parsed.ok).toBe(true);
    expect(text.length).toBeLessThan(LIMITS.packBytes);
  });

  it('accepts a UTF-8 byte order mark', () => {
    const file = read('good-pack.json');
    expect(parsePack({ name: file.name, text: `\uFEFF${file.text}` }).ok).toBe(true);
  });
});

describe('all-or-nothing imports', () => {
  it('refuses the whole batch when one file is bad, reporting only the bad file', () => {
    const result = validateImport([read('good-pack.json'), read('bad/invalid-regex.json')], installed());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(new Set(result.errors.map((e) => e.file))).toEqual(new Set(['invalid-regex.json']));
  });

  it('refuses two files with the same pack id, or sharing a scenario id', () => {
    const good = read('good-pack.json');
    const same = validateImport([good, { name: 'copy.json', text: good.text }], installed());
    expect(same.ok).toBe(false);
    if (!same.ok) {
      expect(same.errors[0]).toMatchObject({ file: 'copy.json', path: 'id' });
      expect(same.errors.some((e) => e.path === 'scenarios[0].id' && /also in good-pack\.json/.test(e.message))).toBe(true);
    }
  });

  it('refuses scenario ids owned by another installed pack but lets a pack replace itself', () => {
    const good = read('good-pack.json');
    const owners = installed();
    const taken: InstalledIds = {
      ...owners,
      scenarioOwners: new Map([...owners.scenarioOwners, ['acme-badge-not-working', 'other-pack']]),
    };
    const clash = validateImport([good], taken);
    expect(clash.ok).toBe(false);
    if (!clash.ok) expect(clash.errors[0]!.message).toMatch(/already exists in pack "other-pack"/);
    const self: InstalledIds = { ...owners, scenarioOwners: new Map([...owners.scenarioOwners, ['acme-badge-not-working', 'acme-onboarding']]) };
    expect(validateImport([good], self).ok).toBe(true);
  });

  it('refuses files over the size limit before parsing them', () => {
    const huge = { name: 'huge.json', text: `{"x":"${'a'.repeat(LIMITS.packBytes)}"}` };
    const result = validateImport([huge], installed());
    expect(result).toEqual({ ok: false, errors: [{ file: 'huge.json', path: '(file)', message: expect.stringMatching(/at most 512 KB/) }] });
  });

  it('refuses an empty selection, an empty file and too many files', () => {
    expect(validateImport([], installed()).ok).toBe(false);
    const empty = validateImport([{ name: 'empty.json', text: '  \n' }], installed());
    expect(empty).toEqual({ ok: false, errors: [{ file: 'empty.json', path: '(file)', message: 'the file is empty' }] });
    const many = Array.from({ length: LIMITS.filesPerImport + 1 }, (_, i) => ({ name: `${i}.json`, text: '{}' }));
    expect(validateImport(many, installed()).ok).toBe(false);
  });

  it('caps the number of errors reported for one file', () => {
    const pack = JSON.parse(read('good-pack.json').text);
    pack.scenarios = Array.from({ length: 80 }, () => ({ id: 'X' }));
    const result = parsePack({ name: 'many.json', text: JSON.stringify(pack) });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.length).toBe(51);
      expect(result.errors[50]!.message).toMatch(/more problems/);
    }
  });
});

describe('formatPath', () => {
  it('writes array indices in brackets and keys with dots', () => {
    expect(formatPath(['scenarios', 2, 'rubric', 0, 'check', 'patterns', 1])).toBe('scenarios[2].rubric[0].check.patterns[1]');
    expect(formatPath([])).toBe('(root)');
  });
});

describe('packJsonSchema', () => {
  it('describes the pack format for editors', () => {
    const schema = JSON.parse(packJsonSchema());
    expect(schema.properties.format.const).toBe('rapport-practice-pack');
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'version', 'id', 'name', 'scenarios']));
    expect(schema.properties.scenarios.maxItems).toBe(LIMITS.scenariosPerPack);
  });
});
