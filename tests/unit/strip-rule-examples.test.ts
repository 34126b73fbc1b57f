/**
 * The content-script build step that drops built-in rules' examples (lib/build/strip-rule-examples.ts):
 * it replaces exactly the `examples: { valid, invalid }` literal, keeps every other byte, and still
 * finds the literal in every rule module as the rules are written today.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseAst, transformWithOxc } from 'vite';
import { describe, expect, it } from 'vitest';
import { findExampleLiterals, stripRuleExamples } from '../../lib/build/strip-rule-examples';

const RULES_DIR = fileURLToPath(new URL('../../lib/rules/', import.meta.url));
const EMPTY = '{ valid: [], invalid: [] }';

describe('stripRuleExamples', () => {
  it('replaces only the examples literal, with text outside ASCII before and inside it', () => {
    const before = 'const note = "é — “quoted” 😀";\nexport default defineRule({ meta: { id: "x" }, examples: ';
    const literal = '{ valid: ["It’s “fine”", { text: "ok", context: "reply" }], invalid: [{ text: "bad 😀", flagged: ["bad"] }] }';
    const after = ', check(s, ctx) { return s.text.length > 0 ? ctx : null; } });\n';
    expect(stripRuleExamples(before + literal + after)).toBe(before + EMPTY + after);
  });

  it('leaves other shapes alone: shorthand, passed-through values, extra keys, non-list values', () => {
    const untouched = [
      'export function f({ meta, examples }) { return { meta, examples }; }',
      'const r = { examples: spec.examples };',
      'const r = { examples: { valid: [], invalid: [], extra: 1 } };',
      'const r = { examples: { valid: list, invalid: [] } };',
      'const r = { samples: { valid: ["a"], invalid: ["b"] } };',
    ];
    for (const code of untouched) expect(stripRuleExamples(code)).toBe(code);
  });

  it('strips every literal in a module', () => {
    const code = 'a({ examples: { valid: ["1"], invalid: [] } }); b({ examples: { invalid: [{ text: "2" }], valid: ["3"] } });';
    expect(stripRuleExamples(code)).toBe(`a({ examples: ${EMPTY} }); b({ examples: ${EMPTY} });`);
  });

  it('finds the one examples literal of each built-in rule module once compiled, and the result parses', async () => {
    const withExamples = readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts') && /^\s*examples: \{$/m.test(readFileSync(RULES_DIR + f, 'utf8')));
    expect(withExamples.length).toBeGreaterThanOrEqual(10);
    for (const file of withExamples) {
      const { code } = await transformWithOxc(readFileSync(RULES_DIR + file, 'utf8'), file);
      expect(findExampleLiterals(code), file).toHaveLength(1);
      const stripped = stripRuleExamples(code);
      expect(stripped.split(EMPTY), file).toHaveLength(2);
      expect(stripped.length, file).toBeLessThan(code.length);
      expect(() => parseAst(stripped), file).not.toThrow();
    }
  });
});
