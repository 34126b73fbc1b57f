/**
 * A pack's own examples are its tests, run through the real engine when the pack is loaded: a
 * pack whose examples fail is rejected, naming the failing example, before any agent sees it.
 */
import { createChecker } from '../engine/check';
import type { InvalidExample, ValidExample } from '../engine/rule';
import type { Finding, RuleSet } from '../engine/types';
import type { PackProblem } from './errors';

const quote = (s: string) => JSON.stringify(s.length > 80 ? `${s.slice(0, 77)}…` : s);

export function selfTest(ruleSet: RuleSet, file: string): PackProblem[] {
  const checker = createChecker([ruleSet]);
  const problems: PackProblem[] = [];
  ruleSet.rules.forEach((rule, index) => {
    const run = (ex: ValidExample): Finding[] =>
      checker.check(ex.text, { context: ex.kind ?? 'reply' }).filter((f) => f.ruleId === rule.meta.id);
    const at = (list: 'valid' | 'invalid', i: number) => ['rules', index, 'examples', list, i];

    rule.examples.valid.forEach((raw, i) => {
      const ex = typeof raw === 'string' ? { text: raw } : raw;
      const found = run(ex);
      if (found.length) {
        const spans = found.map((f) => quote(ex.text.slice(f.start, f.end))).join(', ');
        problems.push({ file, path: at('valid', i), message: `example ${quote(ex.text)} must not be flagged, but the rule flags ${spans}` });
      }
    });

    rule.examples.invalid.forEach((ex: InvalidExample, i) => {
      const found = run(ex);
      if (found.length === 0) {
        const note = ex.kind === 'internal-note' && rule.meta.inNotes === 'quiet' ? ' (customer-facing rules are quiet in internal notes: set audience: any)' : '';
        problems.push({ file, path: at('invalid', i), message: `example ${quote(ex.text)} must be flagged, but the rule does not flag it${note}` });
        return;
      }
      if (ex.flagged !== undefined) {
        const expected = Array.isArray(ex.flagged) ? ex.flagged : [ex.flagged];
        const actual = found.map((f) => ex.text.slice(f.start, f.end));
        if (JSON.stringify(actual) !== JSON.stringify(expected)) {
          problems.push({
            file,
            path: at('invalid', i),
            message: `example ${quote(ex.text)} should flag ${expected.map(quote).join(', ')}, but flags ${actual.map(quote).join(', ')}`,
          });
        }
      }
      if (ex.fix !== undefined) {
        const first = found[0]!;
        const replacement = first.replacements[0];
        if (replacement === undefined) {
          problems.push({ file, path: at('invalid', i), message: `example ${quote(ex.text)} has a "fix", but only substitution rules offer fixes` });
        } else {
          const fixed = ex.text.slice(0, first.start) + replacement + ex.text.slice(first.end);
          if (fixed !== ex.fix) {
            problems.push({ file, path: at('invalid', i), message: `fixing example ${quote(ex.text)} gives ${quote(fixed)}, expected ${quote(ex.fix)}` });
          }
        }
      }
    });
  });
  return problems;
}
