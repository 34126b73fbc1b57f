/** Retention: days older than the agent's setting are deleted, raw events and aggregates alike. */
import { dayOf, retentionStart, type Day } from './day';
import type { StatsDb } from './schema';
import { getStatsSettings } from './settings';

export interface PruneResult {
  /** The earliest day kept. */
  keptFrom: Day;
  events: number;
  drafts: number;
  daily: number;
  tone: number;
}

/**
 * Deletes the agent's own stats from before the retention window (today included in the window).
 * Imported team data is the lead's deliberate copy and is removed only by the lead (or "delete all").
 */
export async function pruneStats(db: StatsDb, now: number = Date.now()): Promise<PruneResult> {
  const { retentionDays } = await getStatsSettings(db);
  const keptFrom = retentionStart(dayOf(now), retentionDays);
  return db.transaction('rw', [db.events, db.drafts, db.daily, db.tone, db.meta], async () => {
    const result: PruneResult = {
      keptFrom,
      events: await db.events.where('day').below(keptFrom).delete(),
      drafts: await db.drafts.where('day').below(keptFrom).delete(),
      daily: await db.daily.where('day').below(keptFrom).delete(),
      tone: await db.tone.where('day').below(keptFrom).delete(),
    };
    await db.meta.put({ key: 'lastPrunedAt', value: now });
    return result;
  });
}

/**
 * "Delete all my data": every recorded event, kept example, aggregate, imported team export and the
 * pseudonymous identity (a later export gets a fresh id, unlinkable to earlier ones). Preferences stay.
 */
export async function deleteAllStats(db: StatsDb): Promise<void> {
  await db.transaction('rw', [...db.ownTables, ...db.teamTables, db.meta], async () => {
    await Promise.all([...db.ownTables, ...db.teamTables].map((t) => t.clear()));
    await db.meta.where('key').noneOf(['settings']).delete();
  });
}
