/** The README's rule and category tables and the admin guide's category ids are generated; this fails when they drift. */
import { describe, expect, it } from 'vitest';
import { builtinRuleList } from '../../lib/rules';
import { CATEGORIES } from '../../lib/rules/categories';
import { categoriesTable, generatedFiles, rulesTable, withTable } from '../../scripts/docs/rules-table';

describe('generated docs', () => {
  it.each(generatedFiles().map((f) => [f.path.replace(/^.*\/(?=docs\/|README)/, ''), f] as const))('%s is current (run `npm run docs:rules`)', (_name, file) => {
    expect(file.current).toBe(file.updated);
  });

  it('lists every built-in rule once, with its category, principle and behaviour in notes', () => {
    const table = rulesTable();
    for (const rule of builtinRuleList) {
      const rows = table.split('\n').filter((line) => line.startsWith(`| \`${rule.meta.id}\` |`));
      expect(rows).toHaveLength(1);
      expect(rows[0]).toContain(`| ${rule.meta.category} |`);
      expect(rows[0]).toContain(`(#principle-${rule.meta.principle.id})`);
    }
    const help = table.split('\n').find((line) => line.startsWith('| `help-wording` |'));
    expect(help).toContain('| information only |');
  });

  it('lists every category with its name', () => {
    const table = categoriesTable();
    for (const c of CATEGORIES) expect(table).toContain(`| \`${c.id}\` | ${c.name} |`);
  });

  it('refuses a README without the markers rather than appending a table', () => {
    expect(() => withTable('# Rapport\n')).toThrow(/markers/);
  });
});
