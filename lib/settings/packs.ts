/**
 * Team packs as the extension stores them: the text the agent imported (kept for export and as the
 * record of what was approved) and the validated pack data, which the content script compiles with
 * compilePack. Validation happens once, on import (./pack-import.ts), in the options page.
 *
 * This module has no schema library in it, so the content script can read packs cheaply.
 */
import type { Pack } from '../packs/schema';

export interface StoredPack {
  /** The pack's own name; one stored pack per name (re-importing replaces it). */
  name: string;
  version: string;
  /** The file it was imported from, for messages and export. */
  fileName: string;
  /** The imported text, byte for byte. */
  source: string;
  /** The validated, self-tested pack (compile with compilePack). */
  pack: Pack;
  enabled: boolean;
  importedAt: number;
}

export const MAX_STORED_PACKS = 10;
/**
 * Characters of pack text kept in all (each pack is stored as text and as validated data, so about
 * twice this in storage): well inside extension storage's 10 MB, with room for everything else.
 */
export const MAX_STORED_PACK_CHARS = 2 * 1024 * 1024;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Stored packs with a plausible shape; anything else is dropped with a reason. Never throws. */
export function readStoredPacks(raw: unknown): { packs: StoredPack[]; problems: string[] } {
  if (raw === undefined || raw === null) return { packs: [], problems: [] };
  if (!Array.isArray(raw)) return { packs: [], problems: ['team packs: not a list; ignored'] };
  const packs: StoredPack[] = [];
  const problems: string[] = [];
  raw.slice(0, MAX_STORED_PACKS).forEach((item, i) => {
    const ok =
      isRecord(item) &&
      typeof item.name === 'string' &&
      typeof item.version === 'string' &&
      typeof item.fileName === 'string' &&
      typeof item.source === 'string' &&
      typeof item.enabled === 'boolean' &&
      typeof item.importedAt === 'number' &&
      isRecord(item.pack) &&
      Array.isArray(item.pack.rules) &&
      item.pack.name === item.name;
    if (!ok) {
      problems.push(`team packs[${i}]: damaged entry; ignored`);
      return;
    }
    if (packs.some((p) => p.name === item.name)) return;
    packs.push(item as unknown as StoredPack);
  });
  return { packs, problems };
}

/** The list with `pack` added, or replacing the stored pack of the same name in its place. */
export function withPack(list: readonly StoredPack[], pack: StoredPack): StoredPack[] {
  const at = list.findIndex((p) => p.name === pack.name);
  if (at < 0) return [...list, pack];
  return list.map((p, i) => (i === at ? pack : p));
}

export function withoutPack(list: readonly StoredPack[], name: string): { packs: StoredPack[]; removed?: StoredPack; index: number } {
  const index = list.findIndex((p) => p.name === name);
  if (index < 0) return { packs: [...list], index };
  return { packs: list.filter((_, i) => i !== index), removed: list[index]!, index };
}

/** Undo of withoutPack: back in its old place (unless a pack of that name was imported since). */
export function restorePack(list: readonly StoredPack[], pack: StoredPack, index: number): StoredPack[] {
  if (list.some((p) => p.name === pack.name)) return [...list];
  const next = [...list];
  next.splice(Math.max(0, Math.min(index, next.length)), 0, pack);
  return next;
}

export function withPackEnabled(list: readonly StoredPack[], name: string, enabled: boolean): StoredPack[] {
  return list.map((p) => (p.name === name ? { ...p, enabled } : p));
}
