/**
 * Practice storage, in its own IndexedDB database (`rapport-practice`) in the extension's origin:
 * attempts (scores, rubric results and finding counts per category), imported scenario packs, and
 * the trainee's settings. Reply text is stored only when the trainee opts in ("Keep my replies").
 *
 * Only extension pages and the background open it; never a help desk page.
 */
import Dexie, { type Table } from 'dexie';
import { BUILTIN_PACK_ID, builtinPack } from './builtin';
import { validateImport, type ImportResult, type PackFile } from './pack';
import type { Difficulty, Scenario, ScenarioPack } from './schema';
import type { ScoreResult } from './score';

const PRACTICE_DB_NAME = 'rapport-practice';
/** Oldest attempts are dropped beyond this, so the database stays small over years of practice. */
const MAX_ATTEMPTS = 5000;

export interface AttemptRecord {
  id?: number;
  scenarioId: string;
  packId: string;
  scenarioTitle: string;
  difficulty: Difficulty;
  at: number;
  score: number;
  rubricPoints: number;
  deductions: number;
  rubric: { id: string; passed: boolean; points: number }[];
  findingCounts: Record<string, number>;
  tone: number | null;
  wordCount: number;
  /** Present only when the trainee chose to keep their replies. */
  reply?: string;
}

export interface StoredPack {
  id: string;
  name: string;
  importedAt: number;
  pack: ScenarioPack;
}

export interface PracticeSettings {
  keepReplies: boolean;
}

interface SettingRow {
  key: 'settings';
  value: PracticeSettings;
}

export class PracticeDb extends Dexie {
  attempts!: Table<AttemptRecord, number>;
  packs!: Table<StoredPack, string>;
  settings!: Table<SettingRow, string>;

  constructor(name: string = PRACTICE_DB_NAME) {
    super(name);
    this.version(1).stores({
      attempts: '++id, scenarioId, at',
      packs: 'id',
      settings: 'key',
    });
  }
}

let shared: PracticeDb | undefined;

/** The practice database of this extension origin (one connection per page). */
export function practiceDb(): PracticeDb {
  shared ??= new PracticeDb();
  return shared;
}

export const DEFAULT_SETTINGS: PracticeSettings = { keepReplies: false };

export async function getSettings(db: PracticeDb): Promise<PracticeSettings> {
  const row = await db.settings.get('settings');
  return { ...DEFAULT_SETTINGS, ...row?.value };
}

export async function setSettings(db: PracticeDb, patch: Partial<PracticeSettings>): Promise<PracticeSettings> {
  return db.transaction('rw', db.settings, db.attempts, async () => {
    const next = { ...(await getSettings(db)), ...patch };
    await db.settings.put({ key: 'settings', value: next });
    // Turning the option off forgets the replies already kept, not just future ones.
    if (patch.keepReplies === false) {
      await db.attempts.toCollection().modify((a) => {
        delete a.reply;
      });
    }
    return next;
  });
}

export async function recordAttempt(
  db: PracticeDb,
  scenario: Scenario,
  packId: string,
  result: ScoreResult,
  reply: string,
  now: number = Date.now(),
): Promise<AttemptRecord> {
  return db.transaction('rw', db.attempts, db.settings, async () => {
    const { keepReplies } = await getSettings(db);
    const record: AttemptRecord = {
      scenarioId: scenario.id,
      packId,
      scenarioTitle: scenario.title,
      difficulty: scenario.difficulty,
      at: now,
      score: result.score,
      rubricPoints: result.rubricPoints,
      deductions: result.deductions,
      rubric: result.rubric.map((r) => ({ id: r.id, passed: r.passed, points: r.points })),
      findingCounts: { ...result.findingCounts },
      tone: result.tone?.score ?? null,
      wordCount: result.wordCount,
      ...(keepReplies ? { reply } : {}),
    };
    record.id = await db.attempts.add(record);
    const count = await db.attempts.count();
    if (count > MAX_ATTEMPTS) {
      const oldest = await db.attempts.orderBy('at').limit(count - MAX_ATTEMPTS).primaryKeys();
      await db.attempts.bulkDelete(oldest);
    }
    return record;
  });
}

/** Attempts, oldest first; for one scenario when `scenarioId` is given. */
export async function listAttempts(db: PracticeDb, scenarioId?: string): Promise<AttemptRecord[]> {
  const rows = scenarioId ? await db.attempts.where('scenarioId').equals(scenarioId).toArray() : await db.attempts.toArray();
  return rows.sort((a, b) => a.at - b.at || (a.id ?? 0) - (b.id ?? 0));
}

/** Deletes every attempt and returns what it deleted, so the page can offer Undo. */
export async function clearHistory(db: PracticeDb): Promise<AttemptRecord[]> {
  return db.transaction('rw', db.attempts, async () => {
    const removed = await db.attempts.toArray();
    await db.attempts.clear();
    return removed;
  });
}

/** Undo of clearHistory: the attempts back as they were, ids included. */
export async function restoreAttempts(db: PracticeDb, attempts: readonly AttemptRecord[]): Promise<void> {
  await db.attempts.bulkPut([...attempts]);
}

export interface ScenarioEntry {
  scenario: Scenario;
  packId: string;
  packName: string;
}

/** Built-in scenarios first, then each imported pack's, in import order. */
export async function allScenarios(db: PracticeDb): Promise<ScenarioEntry[]> {
  const builtin = builtinPack();
  const packs = await listPacks(db);
  return [
    ...builtin.scenarios.map((scenario) => ({ scenario, packId: builtin.id, packName: builtin.name })),
    ...packs.flatMap((p) => p.pack.scenarios.map((scenario) => ({ scenario, packId: p.id, packName: p.name }))),
  ];
}

export async function listPacks(db: PracticeDb): Promise<StoredPack[]> {
  return (await db.packs.toArray()).sort((a, b) => a.importedAt - b.importedAt || a.id.localeCompare(b.id));
}

/**
 * Validates the files and stores every pack in one transaction, or nothing at all. The check of ids
 * against installed packs runs inside the transaction so two imports can't race past each other.
 */
export async function importPacks(db: PracticeDb, files: readonly PackFile[], now: number = Date.now()): Promise<ImportResult> {
  return db.transaction('rw', db.packs, async () => {
    const scenarioOwners = new Map<string, string>();
    for (const s of builtinPack().scenarios) scenarioOwners.set(s.id, BUILTIN_PACK_ID);
    for (const p of await db.packs.toArray()) for (const s of p.pack.scenarios) scenarioOwners.set(s.id, p.id);
    const result = validateImport(files, { scenarioOwners, reservedPackIds: new Set([BUILTIN_PACK_ID]) });
    if (!result.ok) return result;
    await db.packs.bulkPut(result.packs.map((pack, i) => ({ id: pack.id, name: pack.name, importedAt: now + i, pack })));
    return result;
  });
}

/** Removes an imported pack and returns it (for Undo); the built-in pack can't be removed. */
export async function removePack(db: PracticeDb, packId: string): Promise<StoredPack | undefined> {
  if (packId === BUILTIN_PACK_ID) return undefined;
  return db.transaction('rw', db.packs, async () => {
    const existing = await db.packs.get(packId);
    if (existing) await db.packs.delete(packId);
    return existing;
  });
}

/**
 * Undo of removePack: the pack back as it was, unless a pack with the same id or one of its
 * scenario ids was imported meanwhile (then false, and nothing changes).
 */
export async function restorePack(db: PracticeDb, stored: StoredPack): Promise<boolean> {
  return db.transaction('rw', db.packs, async () => {
    const others = await db.packs.toArray();
    const taken = new Set([...builtinPack().scenarios, ...others.flatMap((p) => p.pack.scenarios)].map((s) => s.id));
    if (others.some((p) => p.id === stored.id) || stored.pack.scenarios.some((s) => taken.has(s.id))) return false;
    await db.packs.put(stored);
    return true;
  });
}

export async function getPack(db: PracticeDb, packId: string): Promise<ScenarioPack | undefined> {
  if (packId === BUILTIN_PACK_ID) return builtinPack();
  return (await db.packs.get(packId))?.pack;
}
