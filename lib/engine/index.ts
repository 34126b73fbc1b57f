/** Rapport's coaching engine: text in, findings out. No DOM, no browser APIs. */
import { builtinRules } from '../rules';
import { createChecker, type Checker } from './check';
import type { CheckOptions, Finding, RuleSet } from './types';

export * from './types';
export { createChecker, type Checker } from './check';
export { defineRule } from './rule';

const defaultChecker = createChecker([builtinRules]);
const packCheckers = new WeakMap<readonly RuleSet[] | RuleSet, Checker>();

function checkerFor(pack: CheckOptions['pack']): Checker {
  if (!pack) return defaultChecker;
  let checker = packCheckers.get(pack);
  if (!checker) {
    checker = createChecker([builtinRules, ...(Array.isArray(pack) ? pack : [pack])]);
    packCheckers.set(pack, checker);
  }
  return checker;
}

/** Check a draft. Offsets are UTF-16 indices into `text`. */
export function check(text: string, options: CheckOptions = {}): Finding[] {
  return checkerFor(options.pack).check(text, options);
}
