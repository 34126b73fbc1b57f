/**
 * Team import: a lead loads several agents' JSON exports. Every file is checked completely before
 * anything is written — size, JSON syntax, hostile keys, the versioned schema, its signature and the
 * key pinned for its agent (./team-trust.ts) — and the whole batch is then written in one Dexie
 * transaction, so a bad file (or a failed write) changes nothing.
 *
 * Re-importing is idempotent: imported rows are keyed by agent id + day + category + site + kind, and
 * each day of an export replaces that agent's day from an older (or the same) export as a whole.
 */
import { z } from 'zod';
import { addDays, dayOf, daysBetween, type Day } from './day';
import { buildExportSchema, EXPORT_FORMAT, EXPORT_SCHEMA_VERSION, MAX_EXPORT_CHARS, upgradeExport, type StatsExport } from './export-schema';
import { practiceExportSection } from './practice-section';
import type { StatsDb, TeamAgentRow, TeamSeriesRow } from './schema';
import { findHostileStructure, formatPath } from './safe-json';
import { decodeSeries, encodeSeries } from './team-series';
import { checkTrust, type CandidateFile } from './team-trust';

export { formatPath };

export interface ExportFile {
  /** Shown in messages, e.g. the picked file's name. */
  name: string;
  text: string;
}

export interface ImportProblem {
  file: string;
  /** Where in the file, e.g. `daily[3].shown`; `(file)` for the file as a whole. */
  path: string;
  message: string;
  /** Set when the lead may import the file anyway by replacing this agent (a key that changed). */
  replaceAgent?: { agentId: string; label: string };
}

export interface ImportedFile {
  file: string;
  agentId: string;
  displayName: string | null;
  /** Days whose data came from this file. */
  daysImported: number;
  /** Days already imported from a newer export of the same agent, left as they were. */
  daysKeptNewer: number;
  /** Whether the file was signed (and its signature verified). */
  signed: boolean;
}

export type ImportResult =
  | { ok: true; files: ImportedFile[]; notes: string[] }
  | { ok: false; problems: ImportProblem[]; /** All problems in one readable text. */ message: string };

const MAX_PROBLEMS_PER_FILE = 5;

function describeJsonError(error: unknown, text: string): string {
  const reason = error instanceof Error ? error.message : String(error);
  if (error instanceof RangeError) return 'is nested too deeply to read';
  const looksLikeJson = /^\s*[{[]/.test(text);
  const truncated = /end of (JSON )?input|unterminated|unexpected end/i.test(reason) || (looksLikeJson && !/[}\]]\s*$/.test(text));
  return truncated ? `is not complete JSON — the file looks truncated (${reason})` : `is not valid JSON (${reason})`;
}

/**
 * A file too large to be an export, from its size in bytes before it is read. UTF-8 takes at least
 * a byte per character, so a file within this many bytes is within the character limit too.
 */
export function exportFileTooLarge(name: string, bytes: number): ImportProblem | undefined {
  if (bytes <= MAX_EXPORT_CHARS) return undefined;
  return { file: name, path: '(file)', message: `is too large (${(bytes / 1e6).toFixed(1)} MB; the limit is ${MAX_EXPORT_CHARS / 1e6} MB), so it was not read` };
}

/** `payload` is the file's JSON object as read: what its signature covers. */
export type ParsedExport = { ok: true; data: StatsExport; payload: object } | { ok: false; problems: ImportProblem[] };

/** Checks one file completely; `now` decides which dates are "in the future". */
export function parseExportFile(file: ExportFile, now: number = Date.now()): ParsedExport {
  const problem = (path: string, message: string): ParsedExport => ({ ok: false, problems: [{ file: file.name, path, message }] });
  if (file.text.length > MAX_EXPORT_CHARS) {
    return problem('(file)', `is too large (${(file.text.length / 1e6).toFixed(1)} million characters; the limit is ${MAX_EXPORT_CHARS / 1e6} million)`);
  }
  const text = file.text.replace(/^\uFEFF/, '');
  if (text.trim() === '') return problem('(file)', 'is empty');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return problem('(file)', describeJsonError(error, text));
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return problem('(file)', `must be a JSON object (a Rapport stats export), not ${Array.isArray(raw) ? 'an array' : raw === null ? 'null' : `a ${typeof raw}`}`);
  }
  const hostile = findHostileStructure(raw);
  if (hostile) return problem(hostile.path, hostile.message);
  const header = raw as { format?: unknown; schemaVersion?: unknown };
  if (header.format !== EXPORT_FORMAT) {
    return problem('format', `must be "${EXPORT_FORMAT}" — this is not a Rapport stats export`);
  }
  const version = header.schemaVersion;
  const known = Number.isInteger(version) && (version as number) >= 1 && (version as number) <= EXPORT_SCHEMA_VERSION;
  if (typeof version === 'number' && !known) {
    const newer = version > EXPORT_SCHEMA_VERSION;
    return problem(
      'schemaVersion',
      `is ${version}, but this Rapport reads export schema versions 1 to ${EXPORT_SCHEMA_VERSION}` +
        (newer ? ' — the file comes from a newer Rapport; update Rapport to import it' : ''),
    );
  }
  if (!known) return problem('schemaVersion', `must be a whole number from 1 to ${EXPORT_SCHEMA_VERSION}`);
  const latest = addDays(dayOf(now), 1); // a day of slack for agents east of the lead
  const practice = practiceExportSection();
  const parsed = buildExportSchema(latest, practice?.schema ?? z.unknown(), version as number).safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.slice(0, MAX_PROBLEMS_PER_FILE).map((issue) => ({
        file: file.name,
        path: formatPath(issue.path),
        message: describeIssue(issue),
      })),
    };
  }
  return { ok: true, data: upgradeExport(parsed.data), payload: raw };
}

/** Zod's wording, rephrased where it is vague, so that "path + message" reads as one sentence. */
function describeIssue(issue: z.core.$ZodIssue): string {
  // Our schemas set their own messages; only zod's generic "Invalid input…" wording is rephrased.
  if (issue.code !== 'unrecognized_keys' && !/^Invalid/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'unrecognized_keys':
      return `has fields this format does not define: ${issue.keys.join(', ')}`;
    case 'invalid_type':
      return /received undefined/.test(issue.message) ? `is missing (expected ${issue.expected})` : `must be ${issue.expected === 'object' ? 'an object' : issue.expected === 'array' ? 'a list (array)' : `a ${issue.expected}`}`;
    case 'invalid_value':
      return `must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    default:
      return issue.message;
  }
}

export function describeProblems(problems: readonly ImportProblem[]): string {
  return problems.map((p) => `${p.file}: ${p.path === '(file)' ? 'the file' : p.path} ${p.message}`).join('\n');
}

const time = (iso: string) => Date.parse(iso);

/**
 * Writes one checked file. `thumbprint` is its verified key (null: unsigned). Each day of the export
 * replaces the agent's day from an older (or the same) export as a whole — and, from a signed file,
 * any day that came from an unsigned one, however new that claimed to be.
 */
async function mergeExport(db: StatsDb, file: string, exp: StatsExport, thumbprint: string | null, now: number): Promise<ImportedFile> {
  const agentId = exp.agent.id;
  const exportedAt = new Date(time(exp.exportedAt)).toISOString();
  const [storedSeries, storedAgent] = await Promise.all([db.teamSeries.get(agentId), db.teamAgents.get(agentId)]);
  const stored = storedSeries ? decodeSeries(storedSeries) : { daily: [], tone: [], exportedAt: new Map<Day, string>() };
  const pinned = storedAgent?.keyThumbprint;
  // An agent not pinned holds unsigned days only (rows from before signing have no list).
  const unsigned = new Set<Day>(pinned ? (storedAgent?.unsignedDays ?? []) : stored.exportedAt.keys());
  const signedOverUnsigned = thumbprint !== null;
  const replace = new Set<Day>();
  let kept = 0;
  for (const day of daysBetween(exp.range.from, exp.range.to)) {
    const prev = stored.exportedAt.get(day);
    if (prev === undefined || time(prev) <= time(exportedAt) || (signedOverUnsigned && unsigned.has(day))) replace.add(day);
    else kept++;
  }
  const days = new Map(stored.exportedAt);
  for (const day of replace) days.set(day, exportedAt);
  const daily = [...stored.daily.filter((r) => !replace.has(r.day)), ...exp.daily.filter((r) => replace.has(r.day))];
  const tone = [...stored.tone.filter((r) => !replace.has(r.day)), ...exp.tone.filter((r) => replace.has(r.day)).map((r) => ({ ...r, buckets: [...r.buckets] }))];
  await db.teamSeries.put(encodeSeries(agentId, daily, tone, days));
  const unsignedDays = thumbprint === null ? [] : [...unsigned].filter((d) => !replace.has(d)).sort();

  // The first signed file of an agent held from unsigned ones is the newest word on them.
  const newest = !storedAgent || (thumbprint !== null && !pinned) || time(storedAgent.exportedAt) <= time(exportedAt);
  const keyThumbprint = thumbprint ?? pinned;
  const agentRow: TeamAgentRow & { practice?: unknown } = {
    agentId,
    displayName: newest ? exp.agent.displayName : (storedAgent?.displayName ?? null),
    exportedAt: newest ? exportedAt : storedAgent!.exportedAt,
    importedAt: now,
    files: [...(storedAgent?.files ?? []).filter((f) => f !== file), file].slice(-20),
    ...(keyThumbprint ? { keyThumbprint } : {}),
    ...(keyThumbprint && unsignedDays.length ? { unsignedDays } : {}),
    ...(newest && exp.practice !== undefined && practiceExportSection()
      ? { practice: exp.practice }
      : storedAgent && 'practice' in storedAgent && !(thumbprint !== null && !pinned) // nothing unsigned outlives the pin
        ? { practice: (storedAgent as { practice?: unknown }).practice }
        : {}),
  };
  await db.teamAgents.put(agentRow);
  return { file, agentId, displayName: exp.agent.displayName, daysImported: replace.size, daysKeptNewer: kept, signed: thumbprint !== null };
}

export interface ImportOptions {
  now?: number;
  /**
   * "Replace this agent": agent ids whose imported data and pinned key are dropped, in the same
   * transaction, before these files are imported as if the agents were new.
   */
  replace?: readonly string[];
}

/**
 * Imports agents' exports into the team view. All files are validated first; if any is bad, nothing is
 * written and every problem is reported (which file, which field, why).
 */
export async function importExports(db: StatsDb, files: readonly ExportFile[], options: ImportOptions = {}): Promise<ImportResult> {
  const now = options.now ?? Date.now();
  if (files.length === 0) return fail([{ file: '(none)', path: '(file)', message: 'no files were chosen' }]);
  const candidates: CandidateFile[] = [];
  const problems: ImportProblem[] = [];
  for (const file of files) {
    const parsed = parseExportFile(file, now);
    if (parsed.ok) candidates.push({ file: file.name, data: parsed.data, payload: parsed.payload });
    else problems.push(...parsed.problems);
  }
  if (problems.length) return fail(problems);
  const replace = new Set(options.replace ?? []);
  const trust = await checkTrust(db, candidates, replace);
  if (!trust.ok) return fail(trust.problems);
  const valid = trust.files;

  const notes: string[] = [];
  if (!practiceExportSection() && valid.some((v) => v.data.practice !== undefined)) {
    notes.push('Practice history in these files was not imported: this version of Rapport does not read it yet.');
  }
  // Oldest first, so each day ends up holding the newest export's numbers.
  valid.sort((a, b) => time(a.data.exportedAt) - time(b.data.exportedAt));
  try {
    const imported = await db.transaction('rw', db.teamTables, async () => {
      const replaced = [...new Set(valid.map((v) => v.data.agent.id))].filter((id) => replace.has(id));
      await db.teamAgents.bulkDelete(replaced);
      await db.teamSeries.bulkDelete(replaced);
      const out: ImportedFile[] = [];
      for (const { file, data, thumbprint } of valid) out.push(await mergeExport(db, file, data, thumbprint, now));
      return out;
    });
    return { ok: true, files: imported, notes };
  } catch (error) {
    return fail([{ file: valid.map((v) => v.file).join(', '), path: '(file)', message: `could not be saved, nothing was imported (${error instanceof Error ? error.message : String(error)})` }]);
  }
}

function fail(problems: ImportProblem[]): ImportResult {
  return { ok: false, problems, message: describeProblems(problems) };
}

/** What a removal took away, so it can be put back ("Undo"). */
export interface TeamSnapshot {
  agents: TeamAgentRow[];
  series: TeamSeriesRow[];
}

/** Removes some agents (all their imported days), or the whole team view; returns what went. */
export async function removeFromTeam(db: StatsDb, agentIds?: readonly string[]): Promise<TeamSnapshot> {
  return db.transaction('rw', db.teamTables, async () => {
    const ids = agentIds ?? (await db.teamAgents.toCollection().primaryKeys());
    const snapshot: TeamSnapshot = {
      agents: (await db.teamAgents.bulkGet([...ids])).filter((r) => r !== undefined),
      series: (await db.teamSeries.bulkGet([...ids])).filter((r) => r !== undefined),
    };
    await db.teamAgents.bulkDelete([...ids]);
    await db.teamSeries.bulkDelete([...ids]);
    return snapshot;
  });
}

/**
 * Puts removed agents back. An agent imported again since the removal keeps the newer import: the
 * snapshot never overwrites what the lead did after it.
 */
export async function restoreTeam(db: StatsDb, snapshot: TeamSnapshot): Promise<void> {
  await db.transaction('rw', db.teamTables, async () => {
    const present = new Set(await db.teamAgents.toCollection().primaryKeys());
    await db.teamAgents.bulkPut(snapshot.agents.filter((a) => !present.has(a.agentId)));
    await db.teamSeries.bulkPut(snapshot.series.filter((s) => !present.has(s.agentId)));
  });
}
