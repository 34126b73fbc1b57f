/**
 * Importing a team pack in the options page: all or nothing. The text is parsed, validated and
 * self-tested (lib/packs loadPack); any problem rejects the whole file with precise reasons and
 * nothing is stored. A pack that passes is shown as a preview first; only "Enable" stores it.
 */
import { describePack, loadPack, limits, type PackProblem } from '../packs';
import { MAX_STORED_PACK_CHARS, MAX_STORED_PACKS, type StoredPack } from './packs';

export type PackPreview = ReturnType<typeof describePack>;

export type PackImport =
  | {
      ok: true;
      /** What will be stored once the agent confirms. */
      stored: StoredPack;
      preview: PackPreview;
      /** The stored pack of the same name this one replaces, if any. */
      replaces?: StoredPack;
      /** The pack's name is forced by the organisation: the organisation's copy wins. */
      shadowedByPolicy: boolean;
    }
  | { ok: false; problems: PackProblem[] };

/** A file too large to be a pack is refused before its text is read. */
export function packFileTooLarge(fileName: string, bytes: number): PackProblem | undefined {
  // UTF-8 can take up to 4 bytes per character; the character limit is checked again on the text.
  if (bytes <= limits.fileChars * 4) return undefined;
  return { file: fileName, path: [], message: `the file is too large (${Math.round(bytes / 1024)} KB; a pack may be at most ${limits.fileChars / 1024} KB)` };
}

export function preparePackImport(
  text: string,
  fileName: string,
  existing: readonly StoredPack[],
  options: { now?: number; forcedNames?: readonly string[] } = {},
): PackImport {
  if (!/\.(ya?ml|json)$/i.test(fileName)) {
    return { ok: false, problems: [{ file: fileName, path: [], message: 'a team pack is a .yaml, .yml or .json file' }] };
  }
  const loaded = loadPack(text, fileName);
  if (!loaded.ok) return { ok: false, problems: loaded.problems };
  const { pack } = loaded;
  const replaces = existing.find((p) => p.name === pack.name);
  if (!replaces && existing.length >= MAX_STORED_PACKS) {
    return { ok: false, problems: [{ file: fileName, path: [], message: `you already have ${MAX_STORED_PACKS} team packs; remove one first` }] };
  }
  const kept = existing.filter((p) => p.name !== pack.name).reduce((sum, p) => sum + p.source.length, 0);
  if (kept + text.length > MAX_STORED_PACK_CHARS) {
    return {
      ok: false,
      problems: [{ file: fileName, path: [], message: `your team packs would take more than ${MAX_STORED_PACK_CHARS / 1024 / 1024} MB together; remove one first` }],
    };
  }
  const stored: StoredPack = {
    name: pack.name,
    version: pack.version,
    fileName,
    source: text,
    pack,
    enabled: true,
    importedAt: options.now ?? Date.now(),
  };
  return {
    ok: true,
    stored,
    preview: describePack(pack),
    ...(replaces ? { replaces } : {}),
    shadowedByPolicy: (options.forcedNames ?? []).includes(pack.name),
  };
}
