/**
 * Turns managed storage into a resolved policy: the parsed settings plus each forced pack loaded
 * with the same all-or-nothing validation and self-test as an agent's import. A pack that fails is
 * left out (the others still apply) and its problems are listed for the admin.
 *
 * Uses lib/packs (zod, yaml): call it from the background or an extension page, not a content
 * script. The background writes the result to extension storage (see ./sync.ts) for the tabs.
 */
import { formatProblem, loadPack, type Pack, type PackLoad } from '../packs';
import { parsePolicy, type ManagedPolicy } from './schema';

export interface ResolvedForcedPack {
  file: string;
  /** The validated, self-tested pack data (compile with compilePack). */
  pack: Pack;
  /** The text as the admin supplied it (for the options page preview). */
  text: string;
}

export interface ResolvedPolicy extends Omit<ManagedPolicy, 'forcedPacks'> {
  forcedPacks: ResolvedForcedPack[];
  /** Every value that was ignored, and why (logged by the background, shown in the options page). */
  problems: string[];
}

export const NO_POLICY: ResolvedPolicy = { forcedPacks: [], lockedCategories: [], disableSiteSwitch: false, disableExport: false, problems: [] };

/**
 * Fails closed: whatever goes wrong with one forced pack leaves that pack out with a reason, and the
 * rest of the policy (locked categories, the site switch, the other packs) still applies.
 */
function loadForcedPack(text: string, file: string): PackLoad {
  try {
    return loadPack(text, file);
  } catch (error) {
    return { ok: false, problems: [{ file, path: [], message: `the pack could not be loaded (${error instanceof Error ? error.message : String(error)})` }] };
  }
}

export function resolvePolicy(raw: unknown): ResolvedPolicy {
  const { policy, problems } = parsePolicy(raw);
  const forcedPacks: ResolvedForcedPack[] = [];
  policy.forcedPacks.forEach((source, i) => {
    const loaded = loadForcedPack(source.text, source.file);
    if (!loaded.ok) {
      problems.push(`forcedPacks[${i}] (${source.file}): pack ignored:\n  ${loaded.problems.map(formatProblem).join('\n  ')}`);
      return;
    }
    const clash = forcedPacks.find((p) => p.pack.name === loaded.pack.name);
    if (clash) {
      problems.push(`forcedPacks[${i}] (${source.file}): a pack named "${loaded.pack.name}" is already forced by ${clash.file}; ignored`);
      return;
    }
    forcedPacks.push({ file: source.file, pack: loaded.pack, text: source.text });
  });
  return { ...policy, forcedPacks, problems };
}
