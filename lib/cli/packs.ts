/**
 * `--pack FILE`: team style packs for the CLI. All or nothing: when any pack has a problem, every
 * problem of every pack is listed and nothing is checked (exit 2), since results without the team's
 * rules would look like a pass. A pack with one problem gets one line, never a stack trace.
 */
import type { RuleSet } from '../engine/types';
import { formatProblem, loadPack } from '../packs';
import { describeReadError, readTextFile } from './inputs';

export type LoadedPacks = { ok: true; packs: RuleSet[] } | { ok: false; errors: string[] };

async function loadOne(file: string): Promise<RuleSet | string[]> {
  let text: string;
  try {
    text = await readTextFile(file);
  } catch (error) {
    return [`--pack ${describeReadError(error, file)}`];
  }
  const result = loadPack(text, file);
  return result.ok ? result.ruleSet : result.problems.map(formatProblem);
}

export async function loadPackFiles(files: readonly string[]): Promise<LoadedPacks> {
  const packs: RuleSet[] = [];
  const errors: string[] = [];
  let rejected = 0;
  for (const file of files) {
    const loaded = await loadOne(file);
    if (Array.isArray(loaded)) {
      rejected++;
      errors.push(...loaded);
    } else packs.push(loaded);
  }
  if (rejected === 0) return { ok: true, packs };
  if (errors.length === 1) return { ok: false, errors: [`${errors[0]} (pack rejected; nothing was checked)`] };
  const what = rejected === 1 ? '1 pack was rejected' : `${rejected} packs were rejected`;
  return { ok: false, errors: [...errors, `${what}; nothing was checked`] };
}
