/**
 * Bad team style packs are rejected whole, each problem naming the file, the field, the line and
 * the reason. One fixture per way a pack goes wrong, in tests/fixtures/packs/bad/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatPath, formatProblem, limits, loadPack, PackError, parsePack } from '../../lib/packs';

const dir = new URL('../fixtures/packs/bad/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');

/** file → [path, line, reason] of the first problem reported. */
const expected: Record<string, [string, number | undefined, RegExp]> = {
  'syntax-error.yaml': ['', 8, /^invalid YAML: /],
  'trailing-comma.json': ['', 5, /^invalid JSON: /],
  'empty.yaml': ['', undefined, /^the pack is empty$/],
  'top-level-list.yaml': ['', 1, /^must be an object, not a list$/],
  'missing-name.yaml': ['name', 1, /^is required \(text\)$/],
  'unknown-top-field.yaml': ['rules', 1, /^is required \(a list\)$/],
  'unknown-rule-field.yaml': ['rules[0].severty', 10, /^unknown field "severty" \(did you mean "severity"\?\)$/],
  'unknown-type.yaml': ['rules[0].type', 5, /^must be one of "substitution", "phrase", "existence", not string "regex"$/],
  'missing-type.yaml': ['rules[0].type', 4, /^is required: one of "substitution"/],
  'bad-severity.yaml': ['rules[0].severity', 7, /^must be "info", "suggestion" or "warning", not string "high"$/],
  'wrong-value-types.yaml': ['rules[0].message', 8, /^must be text, not number 42$/],
  'bad-id.yaml': ['rules[0].id', 4, /^must be lowercase letters and digits/],
  'duplicate-ids.yaml': ['rules[1].id', 18, /^duplicate id "t\/ticket" \(already used by rules\[0\]\)$/],
  'duplicate-keys.yaml': ['', 12, /^invalid YAML: Map keys must be unique/],
  'regex-like-phrase.yaml': ['rules[0].phrases[0]', 11, /matched literally, not as patterns/],
  'blank-phrase.yaml': ['rules[0].words[0]', 11, /^must not be empty$/],
  'multiline-phrase.yaml': ['rules[0].words[0]', 11, /^must be on one line$/],
  'too-many-words.yaml': ['rules[0].words', 10, /^has too many entries \(201; at most 200\)$/],
  'unknown-placeholder.yaml': ['rules[0].message', 8, /^unknown placeholder \{\{replacment\}\}; use \{\{found\}\} or \{\{replacement\}\}$/],
  'swap-to-itself.yaml': ['rules[0].swap.ticket', 11, /^replaces "ticket" with itself$/],
  'valid-example-flagged.yaml': ['rules[0].examples.valid[0]', 14, /^example "Your ticket is open\." must not be flagged, but the rule flags "ticket"$/],
  'invalid-example-not-flagged.yaml': ['rules[0].examples.invalid[0]', 16, /^example "I opened a case\." must be flagged, but the rule does not flag it$/],
  'wrong-fix.yaml': ['rules[0].examples.invalid[0]', 16, /gives "I opened a request\.", expected "I opened a case\."$/],
  'wrong-flagged.yaml': ['rules[0].examples.invalid[0]', 16, /should flag "a ticket", but flags "ticket"$/],
  'fix-on-phrase-rule.yaml': ['rules[0].examples.invalid[0]', 16, /has a "fix", but only substitution rules offer fixes$/],
  'missing-examples.yaml': ['rules[0].examples', 4, /^is required \(an object\)$/],
  'no-valid-examples.yaml': ['rules[0].examples.valid', 13, /^needs at least one example that must not be flagged$/],
  'message-too-long.yaml': ['rules[0].message', 8, /^is too long \(156 characters; at most 140\)$/],
  'internal-note-example.yaml': ['rules[0].examples.invalid[0]', 16, /quiet in internal notes: set audience: any\)$/],
  'bad-example-context.yaml': ['rules[0].examples.valid[0].context', 15, /^must be "reply" or "internal-note", not string "chat"$/],
  'example-not-text.yaml': ['rules[0].examples.valid[0]', 14, /^must be a text, or an object with "text"/],
  'no-rules.yaml': ['rules', 3, /^a pack needs at least one rule$/],
  'alias-bomb.yaml': ['', undefined, /resource exhaustion/],
  'two-documents.yaml': ['', 18, /^invalid YAML: Source contains multiple documents/],
};

describe('bad team style packs', () => {
  it('has a fixture for every expectation and an expectation for every fixture (at least 20)', () => {
    const files = readdirSync(dir).sort();
    expect(files).toEqual(Object.keys(expected).sort());
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  it.each(Object.entries(expected))('%s is rejected with path, line and reason', (file, [path, line, reason]) => {
    const result = loadPack(read(file), `packs/${file}`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const first = result.problems[0]!;
    expect(first.file).toBe(`packs/${file}`);
    expect(formatPath(first.path)).toBe(path);
    expect(first.line).toBe(line);
    expect(first.message).toMatch(reason);
    // The one-line form a person reads: file:line:col: path: reason
    const where = line === undefined ? `packs/${file}: ` : `packs/${file}:${line}:`;
    expect(formatProblem(first).startsWith(where)).toBe(true);
  });

  it('parsePack throws a PackError carrying every problem, all at once', () => {
    let error: unknown;
    try {
      parsePack(read('unknown-top-field.yaml'), 'p.yaml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PackError);
    const problems = (error as PackError).problems;
    expect(problems.map((p) => formatPath(p.path))).toEqual(['rules', 'rulez']);
    expect((error as PackError).message).toContain('p.yaml:3:1: rulez: unknown field "rulez" (did you mean "rules"?)');
  });

  it('refuses a pack with more rules than the limit before validating each of them', () => {
    const rule = (i: number) => ({
      id: `r${i}`, type: 'existence', category: 'x', severity: 'info', message: 'm', explanation: 'e',
      words: [`w${i}`], examples: { valid: ['ok'], invalid: [`w${i}`] },
    });
    const pack = { name: 'big', version: '1', rules: Array.from({ length: limits.rules + 1 }, (_, i) => rule(i)) };
    const result = loadPack(JSON.stringify(pack), 'big.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toBe(`the pack has ${limits.rules + 1} rules; a pack may have at most ${limits.rules}`);
  });

  it('refuses a pack file over the size limit', () => {
    const result = loadPack(`name: x\ndescription: "${'a'.repeat(limits.fileChars)}"\n`, 'huge.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/^the file is too large \(\d+ KB; a pack may be at most 512 KB\)$/);
  });

  it('refuses a pack whose inflected phrases exceed the pattern limit', () => {
    const words = Array.from({ length: 200 }, (_, i) => `word${i}`);
    const rules = Array.from({ length: 16 }, (_, i) => ({
      id: `r${i}`, type: 'existence', category: 'x', severity: 'info', message: 'm', explanation: 'e',
      words, examples: { valid: ['ok'], invalid: ['word1'] },
    }));
    const result = loadPack(JSON.stringify({ name: 'many', version: '1', rules }), 'many.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toBe(`the pack matches 3200 words and phrases (inflections included); a pack may match at most ${limits.patterns}`);
  });
});
