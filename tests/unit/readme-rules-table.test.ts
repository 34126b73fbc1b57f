/** The README's rule catalogue is generated from lib/rules; this fails when it has drifted. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinRuleList } from '../../lib/rules';
import { README, rulesTable, withTable } from '../../scripts/docs/rules-table';

describe('README rule catalogue', () => {
  const readme = readFileSync(README, 'utf8');

  it('is current with lib/rules (run `npm run docs:rules` to regenerate)', () => {
    expect(withTable(readme)).toBe(readme);
  });

  it('lists every built-in rule once, with its category and principle', () => {
    const table = rulesTable();
    for (const rule of builtinRuleList) {
      const rows = table.split('\n').filter((line) => line.startsWith(`| \`${rule.meta.id}\` |`));
      expect(rows).toHaveLength(1);
      expect(rows[0]).toContain(`| ${rule.meta.category} |`);
      expect(rows[0]).toContain(`(#principle-${rule.meta.principle.id})`);
    }
  });

  it('refuses a README without the markers rather than appending a table', () => {
    expect(() => withTable('# Rapport\n')).toThrow(/markers/);
  });
});
