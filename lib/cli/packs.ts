/** `--pack FILE`: team style packs for the CLI. Filled in by the packs work (lib/packs). */
import type { RuleSet } from '../engine/types';

export type LoadedPacks = { ok: true; packs: RuleSet[] } | { ok: false; errors: string[] };

export async function loadPackFiles(files: readonly string[]): Promise<LoadedPacks> {
  return { ok: false, errors: files.map((f) => `${f}: team style packs are not supported yet`) };
}
