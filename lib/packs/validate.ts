/** Schema and sense checks: every problem with its path, line and a reason a person can act on. */
import type { z } from 'zod';
import type { PackPath, PackProblem } from './errors';
import { phrasesOf } from './compile';
import { normalisePhrase } from './matcher';
import { existenceRule, limits, packSchema, phraseRule, substitutionRule, type Pack } from './schema';
import type { PackSource } from './source';

const RULE_TYPES = ['substitution', 'phrase', 'existence'] as const;
const ruleShapes: Record<string, readonly string[]> = {
  substitution: Object.keys(substitutionRule.shape),
  phrase: Object.keys(phraseRule.shape),
  existence: Object.keys(existenceRule.shape),
};

function valueAt(data: unknown, path: PackPath): unknown {
  let v = data;
  for (const segment of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[segment];
  }
  return v;
}

function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  const s = JSON.stringify(v);
  return `${typeof v} ${s.length > 40 ? `${s.slice(0, 37)}…` : s}`;
}

function expectedName(expected: string): string {
  return { string: 'text', number: 'a number', boolean: 'true or false', object: 'an object', array: 'a list', record: 'an object' }[expected] ?? expected;
}

/** Field names allowed where an unknown one was found, to suggest the intended one. */
function knownFields(data: unknown, path: PackPath): readonly string[] {
  if (path.length === 0) return Object.keys(packSchema.shape);
  if (path.length === 2 && path[0] === 'rules') {
    const type = (valueAt(data, path) as { type?: unknown } | undefined)?.type;
    return typeof type === 'string' ? (ruleShapes[type] ?? []) : [];
  }
  if (path.at(-1) === 'examples') return ['valid', 'invalid'];
  if (path.at(-3) === 'examples') return path.at(-2) === 'valid' ? ['text', 'context'] : ['text', 'context', 'flagged', 'fix'];
  return [];
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const temp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = temp;
    }
  }
  return row[b.length]!;
}

function unknownField(key: string, known: readonly string[]): string {
  const close = known.filter((k) => distance(k.toLowerCase(), key.toLowerCase()) <= 2).sort((a, b) => distance(a, key) - distance(b, key))[0];
  return `unknown field "${key}"${close ? ` (did you mean "${close}"?)` : known.length ? ` (allowed: ${known.join(', ')})` : ''}`;
}

function messageFor(issue: z.core.$ZodIssue, data: unknown): string {
  const value = valueAt(data, issue.path as PackPath);
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined ? `is required (${expectedName(issue.expected)})` : `must be ${expectedName(issue.expected)}, not ${describeValue(value)}`;
    case 'invalid_value':
      return `must be ${issue.values.map((v) => JSON.stringify(v)).join(', ').replace(/, ([^,]*)$/, ' or $1')}, not ${describeValue(value)}`;
    case 'invalid_union':
      if ('discriminator' in issue && issue.discriminator === 'type') {
        const allowed = RULE_TYPES.map((t) => `"${t}"`).join(', ');
        return value === undefined ? `is required: one of ${allowed}` : `must be one of ${allowed}, not ${describeValue(value)}`;
      }
      return issue.path.includes('examples')
        ? `must be a text, or an object with "text" (and optionally "context", "flagged", "fix"), not ${describeValue(value)}`
        : issue.message;
    case 'too_big':
      if (issue.origin === 'string') return `is too long (${(value as string).length} characters; at most ${issue.maximum})`;
      if (issue.origin === 'array') return `has too many entries (${(value as unknown[]).length}; at most ${issue.maximum})`;
      return issue.message;
    case 'too_small':
      if (issue.origin === 'string') return 'must not be empty';
      if (issue.origin === 'array' && !issue.message.startsWith('Too small')) return issue.message;
      if (issue.origin === 'array') return `needs at least ${issue.minimum} ${issue.minimum === 1 ? 'entry' : 'entries'}`;
      return issue.message;
    default:
      return issue.message;
  }
}

/**
 * "Text or object" unions (examples) report only "invalid input": when the value was an object,
 * the object branch's own issues ("context must be …") say what is actually wrong.
 */
function unwrapUnion(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union' || ('discriminator' in issue && issue.discriminator)) return [issue];
  const matched = issue.errors.find((branch) => branch.length > 0 && branch.every((sub) => sub.path.length > 0 || sub.code === 'unrecognized_keys'));
  if (!matched) return [issue];
  return matched.map((sub) => ({ ...sub, path: [...issue.path, ...sub.path] }) as z.core.$ZodIssue).flatMap(unwrapUnion);
}

export function schemaProblems(source: PackSource, file: string): { pack: Pack } | { problems: PackProblem[] } {
  const data = source.data;
  if (data === null || data === undefined) return { problems: [{ file, path: [], message: 'the pack is empty' }] };
  // Refuse huge packs before validating every rule of them.
  const rules = (data as { rules?: unknown }).rules;
  if (Array.isArray(rules) && rules.length > limits.rules) {
    const pos = source.locate(['rules']);
    return { problems: [{ file, path: ['rules'], ...pos, message: `the pack has ${rules.length} rules; a pack may have at most ${limits.rules}` }] };
  }
  const parsed = packSchema.safeParse(data);
  if (parsed.success) return { pack: parsed.data };
  const problems: PackProblem[] = [];
  for (const issue of parsed.error.issues.flatMap(unwrapUnion)) {
    const path = issue.path as (string | number)[];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({ file, path: [...path, key], ...source.locate([...path, key], { key: true }), message: unknownField(key, knownFields(data, path)) });
      }
      continue;
    }
    problems.push({ file, path, ...source.locate(path), message: messageFor(issue, data) });
  }
  return { problems };
}

/** Checks the schema can't express: unique ids, known placeholders, sensible swaps, total size. */
export function senseProblems(pack: Pack, source: PackSource, file: string): PackProblem[] {
  const problems: PackProblem[] = [];
  const add = (path: PackPath, message: string, key = false) => problems.push({ file, path, ...source.locate(path, { key }), message });
  const firstIndex = new Map<string, number>();
  let patterns = 0;
  pack.rules.forEach((rule, i) => {
    const seen = firstIndex.get(rule.id);
    if (seen !== undefined) add(['rules', i, 'id'], `duplicate id "${rule.id}" (already used by rules[${seen}])`);
    else firstIndex.set(rule.id, i);

    const allowed = rule.type === 'substitution' ? ['found', 'replacement'] : ['found'];
    for (const [, name] of rule.message.matchAll(/\{\{\s*(\w*)\s*\}\}/g)) {
      if (!allowed.includes(name ?? '')) add(['rules', i, 'message'], `unknown placeholder {{${name}}}; use ${allowed.map((a) => `{{${a}}}`).join(' or ')}`);
    }
    if (rule.type === 'substitution') {
      const caseSensitive = rule.caseSensitive ?? false;
      for (const [from, to] of Object.entries(rule.swap)) {
        if (normalisePhrase(from, caseSensitive) === normalisePhrase(to, caseSensitive)) {
          add(['rules', i, 'swap', from], `replaces "${from}" with itself`);
        }
      }
    }
    patterns += phrasesOf(rule).length;
  });
  if (patterns > limits.patterns) {
    add(['rules'], `the pack matches ${patterns} words and phrases (inflections included); a pack may match at most ${limits.patterns}`);
  }
  return problems;
}
