/**
 * Team style packs: data over three declarative rule types (substitution, phrase, existence), in
 * JSON or YAML, validated, self-tested and compiled into ordinary engine rules.
 *
 *   const result = loadPack(text, 'acme.yaml');            // never throws
 *   if (result.ok) check(draft, { pack: result.ruleSet });
 *   else show(result.problems.map(formatProblem));
 *
 *   parsePack(text, fileName) → Pack (throws PackError);  compilePack(pack) → RuleSet
 *
 * Conflict order (see createChecker): packs passed later win over earlier ones, and every pack wins
 * over the built-in rules — on the same rule id (the pack's rule replaces the built-in one) and on
 * the same text (a pack finding covering a built-in finding's span hides the built-in one).
 */
import { builtinRuleList } from '../rules';
import type { RuleSet } from '../engine/types';
import { compilePack, phrasesOf, variantsOf } from './compile';
import { PackError, type PackProblem } from './errors';
import type { Pack } from './schema';
import { selfTest } from './self-test';
import { readPackSource } from './source';
import { schemaProblems, senseProblems } from './validate';

export { compilePack } from './compile';
export { formatPath, formatProblem, PackError, type PackPath, type PackProblem } from './errors';
export { limits, type Pack } from './schema';

export type PackLoad = { ok: true; pack: Pack; ruleSet: RuleSet } | { ok: false; problems: PackProblem[] };

const byPosition = (a: PackProblem, b: PackProblem) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);

/** Past a few problems the rest are mostly echoes of the first ones (a YAML syntax error cascades). */
const MAX_PROBLEMS = 12;

function capped(problems: PackProblem[], file: string): PackProblem[] {
  const sorted = [...problems].sort(byPosition);
  if (sorted.length <= MAX_PROBLEMS) return sorted;
  return [...sorted.slice(0, MAX_PROBLEMS), { file, path: [], message: `…and ${sorted.length - MAX_PROBLEMS} more problems` }];
}

/**
 * Parse, validate, compile and self-test a pack. All or nothing: any problem rejects the pack.
 * Never throws: a failure nobody foresaw (a bug in compiling some rule) rejects the pack like any
 * other problem, so callers — the CLI, the options page, the admin policy — fail closed on it.
 */
export function loadPack(text: string, fileName: string): PackLoad {
  let result: PackLoad;
  try {
    result = loadUncapped(text, fileName);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ file: fileName, path: [], message: `the pack could not be loaded (${reason.split('\n')[0]})` }] };
  }
  return result.ok ? result : { ok: false, problems: capped(result.problems, fileName) };
}

function loadUncapped(text: string, fileName: string): PackLoad {
  const source = readPackSource(text, fileName);
  if (Array.isArray(source)) return { ok: false, problems: source };
  const schema = schemaProblems(source, fileName);
  if ('problems' in schema) return { ok: false, problems: schema.problems };
  const sense = senseProblems(schema.pack, source, fileName);
  if (sense.length) return { ok: false, problems: sense };
  const ruleSet = compilePack(schema.pack);
  const failing = selfTest(ruleSet, fileName).map((p) => ({ ...p, ...source.locate(p.path) }));
  if (failing.length) return { ok: false, problems: failing };
  return { ok: true, pack: schema.pack, ruleSet };
}

/** The validated, self-tested pack; throws a PackError listing every problem. */
export function parsePack(text: string, fileName: string): Pack {
  const result = loadPack(text, fileName);
  if (!result.ok) throw new PackError(result.problems);
  return result.pack;
}

export interface PackRulePreview {
  id: string;
  type: Pack['rules'][number]['type'];
  category: string;
  severity: string;
  message: string;
  explanation: string;
  /** What the rule looks for, inflected forms included. */
  flags: string[];
  /** Substitutions only: each form and what it becomes. */
  swaps?: { from: string; to: string }[];
  /** True when it replaces a built-in rule of the same id. */
  replacesBuiltin: boolean;
}

/** What a pack adds, for a preview before it is enabled. */
export function describePack(pack: Pack): { name: string; version: string; description?: string; rules: PackRulePreview[] } {
  const builtinIds = new Set(builtinRuleList.map((r) => r.meta.id));
  return {
    name: pack.name,
    version: pack.version,
    ...(pack.description !== undefined ? { description: pack.description } : {}),
    rules: pack.rules.map((rule) => ({
      id: rule.id,
      type: rule.type,
      category: rule.category,
      severity: rule.severity,
      message: rule.message,
      explanation: rule.explanation,
      flags: phrasesOf(rule),
      ...(rule.type === 'substitution' ? { swaps: variantsOf(rule).map((v) => ({ from: v.text, to: v.replacement })) } : {}),
      replacesBuiltin: builtinIds.has(rule.id),
    })),
  };
}

export interface ExampleResult {
  text: string;
  /** 'flags': the rule must flag it; 'passes': it must not. */
  expects: 'flags' | 'passes';
  /** Why it fails now, or null when the engine does what the example says. */
  failure: string | null;
}

/**
 * Each rule's examples run through the engine now, for a preview: an imported pack passed them all
 * when it was loaded, but a pack kept from before an engine change (or set by policy) may not.
 */
export function exampleResults(pack: Pack): ExampleResult[][] {
  const problems = selfTest(compilePack(pack), 'preview');
  const failureAt = (rule: number, list: 'valid' | 'invalid', i: number) =>
    problems.find((p) => p.path[1] === rule && p.path[3] === list && p.path[4] === i)?.message ?? null;
  return pack.rules.map((rule, r) => [
    ...rule.examples.invalid.map((e, i) => ({ text: typeof e === 'string' ? e : e.text, expects: 'flags' as const, failure: failureAt(r, 'invalid', i) })),
    ...rule.examples.valid.map((e, i) => ({ text: typeof e === 'string' ? e : e.text, expects: 'passes' as const, failure: failureAt(r, 'valid', i) })),
  ]);
}
