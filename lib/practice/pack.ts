/**
 * Scenario pack import and export. Import is all-or-nothing: every file is read and validated, ids
 * are checked against each other, the built-ins and the packs already installed, and only when
 * nothing is wrong is anything handed back to be stored. Every error names the file, the path inside
 * it and why, so a team lead can fix their JSON without guessing.
 */
import { z } from 'zod';
import { LIMITS, PACK_FORMAT, packSchema, type ScenarioPack } from './schema';

export interface PackError {
  file: string;
  /** Where in the file: `scenarios[2].rubric[0].check.patterns[1]`, `(file)` for the whole file. */
  path: string;
  message: string;
}

export type PackResult = { ok: true; pack: ScenarioPack } | { ok: false; errors: PackError[] };
export type ImportResult = { ok: true; packs: ScenarioPack[] } | { ok: false; errors: PackError[] };

export interface PackFile {
  name: string;
  text: string;
}

export interface InstalledIds {
  /** Scenario ids that imported packs may not reuse, by the pack that owns them. */
  scenarioOwners: ReadonlyMap<string, string>;
  /** Pack ids that cannot be replaced (the built-in pack). */
  reservedPackIds: ReadonlySet<string>;
}

const MAX_ERRORS_PER_FILE = 50;

/** `["scenarios", 2, "rubric", 0, "id"]` → `scenarios[2].rubric[0].id`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Line and column (1-based) of a character offset, for JSON syntax errors. */
function lineCol(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const col = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${col}`;
}

function describeSyntaxError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  const clean = message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/^JSON\.parse: /, '');
  if (position && !/line \d+/.test(clean)) return `not valid JSON (${lineCol(text, Number(position[1]))}): ${clean}`;
  return `not valid JSON: ${clean}`;
}

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_union' && 'note' in issue && issue.note === 'No matching discriminator') {
    return 'unknown check "type"; use one of: cues, absent, no-findings, tone, all, any';
  }
  // zod's generic wording ("Too small: expected array to have >=1 items") rephrased for a person.
  if (issue.code === 'too_small' && !issue.message.startsWith('a ')) {
    const n = Number(issue.minimum);
    if (issue.origin === 'array') return `needs at least ${n} item${n === 1 ? '' : 's'}`;
    if (issue.origin === 'string') return n <= 1 ? 'cannot be empty' : `needs at least ${n} characters`;
    if (issue.origin === 'number') return `must be at least ${n}`;
  }
  if (issue.code === 'too_big' && !issue.message.startsWith('a ')) {
    const n = Number(issue.maximum);
    if (issue.origin === 'array') return `holds at most ${n} item${n === 1 ? '' : 's'}`;
    if (issue.origin === 'string') return `is at most ${n} characters`;
    if (issue.origin === 'number') return `must be at most ${n}`;
  }
  if (issue.code === 'invalid_value' && issue.message.startsWith('Invalid')) return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid')) return `expected ${issue.expected}${issue.input === undefined ? ' (missing)' : ''}`;
  return issue.message;
}

/** What is wrong with a picked file from its name and size alone, before its text is read. */
export function packFileTooLarge(name: string, bytes: number): PackError | undefined {
  if (bytes <= LIMITS.packBytes) return undefined;
  return { file: name || '(unnamed file)', path: '(file)', message: `the file is ${Math.ceil(bytes / 1024)} KB; a pack is at most ${LIMITS.packBytes / 1024} KB` };
}

/** Parses and validates one pack file. Never throws. */
export function parsePack(file: PackFile): PackResult {
  const name = file.name || '(unnamed file)';
  const fail = (path: string, message: string): PackResult => ({ ok: false, errors: [{ file: name, path, message }] });
  const tooLarge = packFileTooLarge(name, utf8Length(file.text));
  if (tooLarge) return { ok: false, errors: [tooLarge] };
  const text = file.text.replace(/^\uFEFF/, '');
  if (!text.trim()) return fail('(file)', 'the file is empty');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return fail('(file)', describeSyntaxError(text, error));
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail('(root)', `a pack is a JSON object with "format": "${PACK_FORMAT}", not ${Array.isArray(raw) ? 'an array' : typeof raw}`);
  }
  const parsed = packSchema.safeParse(raw);
  if (!parsed.success) {
    const errors = parsed.error.issues.slice(0, MAX_ERRORS_PER_FILE).map((issue) => ({
      file: name,
      path: formatPath(issue.path),
      message: issueMessage(issue),
    }));
    const more = parsed.error.issues.length - errors.length;
    if (more > 0) errors.push({ file: name, path: '(file)', message: `…and ${more} more problems` });
    return { ok: false, errors };
  }
  const errors: PackError[] = [];
  const seen = new Map<string, number>();
  parsed.data.scenarios.forEach((s, i) => {
    const first = seen.get(s.id);
    if (first !== undefined) errors.push({ file: name, path: `scenarios[${i}].id`, message: `duplicate scenario id "${s.id}" (also scenarios[${first}])` });
    else seen.set(s.id, i);
  });
  return errors.length ? { ok: false, errors } : { ok: true, pack: parsed.data };
}

/**
 * Validates a batch of pack files against each other and what is installed. Re-importing a pack with
 * the same pack id replaces it (its own scenario ids are free to reuse); everything else must be new.
 */
/** Too many files picked at once: known before any is read. */
export function tooManyFiles(count: number): PackError | undefined {
  if (count <= LIMITS.filesPerImport) return undefined;
  return { file: '(selection)', path: '(file)', message: `at most ${LIMITS.filesPerImport} files per import` };
}

export function validateImport(files: readonly PackFile[], installed: InstalledIds): ImportResult {
  if (files.length === 0) return { ok: false, errors: [{ file: '(none)', path: '(file)', message: 'no files chosen' }] };
  const tooMany = tooManyFiles(files.length);
  if (tooMany) return { ok: false, errors: [tooMany] };
  const errors: PackError[] = [];
  const packs: { file: string; pack: ScenarioPack }[] = [];
  for (const file of files) {
    const result = parsePack(file);
    if (result.ok) packs.push({ file: file.name, pack: result.pack });
    else errors.push(...result.errors);
  }
  const packIdFile = new Map<string, string>();
  const scenarioFile = new Map<string, string>();
  for (const { file, pack } of packs) {
    if (installed.reservedPackIds.has(pack.id)) {
      errors.push({ file, path: 'id', message: `pack id "${pack.id}" is reserved for the built-in scenarios` });
    }
    const otherFile = packIdFile.get(pack.id);
    if (otherFile !== undefined) errors.push({ file, path: 'id', message: `pack id "${pack.id}" is also used by ${otherFile} in this import` });
    packIdFile.set(pack.id, file);
    pack.scenarios.forEach((s, i) => {
      const owner = installed.scenarioOwners.get(s.id);
      if (owner !== undefined && owner !== pack.id) {
        errors.push({ file, path: `scenarios[${i}].id`, message: `scenario id "${s.id}" already exists in pack "${owner}"` });
      }
      const inFile = scenarioFile.get(s.id);
      if (inFile !== undefined && inFile !== file) {
        errors.push({ file, path: `scenarios[${i}].id`, message: `scenario id "${s.id}" is also in ${inFile} in this import` });
      }
      scenarioFile.set(s.id, file);
    });
  }
  return errors.length ? { ok: false, errors } : { ok: true, packs: packs.map((p) => p.pack) };
}

/** A pack as pretty JSON in schema field order (stable, so exports diff cleanly). */
export function exportPack(pack: ScenarioPack): string {
  const ordered = packSchema.parse(pack);
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** A file name for an exported pack: `rapport-pack-<id>.json`. */
export function packFileName(pack: Pick<ScenarioPack, 'id'>): string {
  return `rapport-pack-${pack.id}.json`;
}

/** A JSON Schema of the pack format, for team leads' editors (autocomplete, inline errors). */
export function packJsonSchema(): string {
  const schema = z.toJSONSchema(packSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return `${JSON.stringify({ ...schema, title: 'Rapport practice scenario pack (format version 1)' }, null, 2)}\n`;
}
