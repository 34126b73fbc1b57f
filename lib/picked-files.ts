/**
 * Files the agent or team lead picks for an import (team stats, team packs, practice packs). Their
 * size is known before any byte is read (`File.size`): every import checks it first, and reads no
 * file at all while any is too large, so a mistaken 2 GB pick can't take the page's memory.
 */

/** The part of a DOM `File` an import needs (a plain object in tests). */
export interface PickedFile {
  readonly name: string;
  readonly size: number;
  text(): Promise<string>;
}

export interface ReadFile {
  name: string;
  text: string;
}

export type ReadResult<P> = { ok: true; files: ReadFile[] } | { ok: false; problems: P[] };

/**
 * The files' text, read only when `problemBeforeReading` finds nothing wrong with any of them
 * from its name and size alone; otherwise every such problem, and nothing read.
 */
export async function readWithinLimits<P>(files: readonly PickedFile[], problemBeforeReading: (file: PickedFile) => P | undefined): Promise<ReadResult<P>> {
  const problems = files.map(problemBeforeReading).filter((p): p is P => p !== undefined);
  if (problems.length) return { ok: false, problems };
  return { ok: true, files: await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() }))) };
}
