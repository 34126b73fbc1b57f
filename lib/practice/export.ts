/**
 * Practice history for the team stats export (the `practice` section; see docs/export-schema.md).
 * Scores, rubric results and finding counts only: reply text never leaves, even when kept locally.
 */
import { z } from 'zod';
import { dayOf } from '../stats/day';
import { toneScore } from '../stats/tone-score';
import { listAttempts, practiceDb, type PracticeDb } from './history';
import { habitChanges, progressByScenario } from './progress';

/**
 * v2: each attempt's tone on the 0 (curt) … 100 (warm) scale the sidebar, the dashboard and the
 * stats export use (v1 gave the model's 0…1). A v1 section is still read, its tones converted.
 */
const PRACTICE_EXPORT_VERSION = 2;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const counts = z.record(z.string().regex(/^[a-z][a-z0-9-]{0,40}$/), z.number().int().min(0).max(10_000));

const currentSchema = z.strictObject({
  schemaVersion: z.literal(PRACTICE_EXPORT_VERSION),
  attempts: z
    .array(
      z.strictObject({
        day,
        scenarioId: z.string().max(64),
        packId: z.string().max(64),
        difficulty: z.enum(['easy', 'medium', 'hard']),
        score: z.number().int().min(0).max(100),
        findingCounts: counts,
        tone: z.number().int().min(0).max(100).nullable(),
      }),
    )
    .max(5000),
  scenarios: z
    .array(
      z.strictObject({
        scenarioId: z.string().max(64),
        title: z.string().max(100),
        attempts: z.number().int().min(1),
        best: z.number().int().min(0).max(100),
        first: z.number().int().min(0).max(100),
        last: z.number().int().min(0).max(100),
      }),
    )
    .max(5000),
  habitsImproved: z.array(z.strictObject({ category: z.string().max(41), before: z.number().min(0), after: z.number().min(0) })).max(100),
});

/** A v1 section as v2: tones 0…1 become 0…100 (unclamped, so one out of range is still refused). */
function fromVersion1(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || (raw as { schemaVersion?: unknown }).schemaVersion !== 1) return raw;
  const v1 = raw as { attempts?: unknown };
  if (!Array.isArray(v1.attempts)) return { ...raw, schemaVersion: PRACTICE_EXPORT_VERSION };
  const attempts = v1.attempts.map((a: unknown) => {
    const tone = (a as { tone?: unknown } | null)?.tone;
    return typeof a === 'object' && a !== null && typeof tone === 'number' ? { ...a, tone: Math.round(tone * 100) } : a;
  });
  return { ...raw, schemaVersion: PRACTICE_EXPORT_VERSION, attempts };
}

export const practiceExportSchema = z.preprocess(fromVersion1, currentSchema);
export type PracticeExport = z.infer<typeof currentSchema>;

export interface PracticeExportRange {
  from: string;
  to: string;
}

/**
 * The agent's practice history, optionally limited to local days `from`…`to` (inclusive), or
 * undefined when there is nothing to export.
 */
export async function exportPracticeHistory(
  range?: PracticeExportRange,
  db: PracticeDb = practiceDb(),
): Promise<PracticeExport | undefined> {
  const all = await listAttempts(db);
  const inRange = all.filter((a) => {
    const d = dayOf(a.at);
    return !range || (d >= range.from && d <= range.to);
  });
  if (inRange.length === 0) return undefined;
  const titles = new Map(inRange.map((a) => [a.scenarioId, a.scenarioTitle]));
  const progress = [...progressByScenario(inRange).values()].sort((a, b) => a.scenarioId.localeCompare(b.scenarioId));
  return {
    schemaVersion: PRACTICE_EXPORT_VERSION,
    attempts: inRange.map((a) => ({
      day: dayOf(a.at),
      scenarioId: a.scenarioId,
      packId: a.packId,
      difficulty: a.difficulty,
      score: a.score,
      findingCounts: { ...a.findingCounts },
      tone: toneScore(a.tone),
    })),
    scenarios: progress.map((p) => ({
      scenarioId: p.scenarioId,
      title: titles.get(p.scenarioId) ?? p.scenarioId,
      attempts: p.attempts,
      best: p.best,
      first: p.first,
      last: p.last,
    })),
    habitsImproved: habitChanges(inRange).improved,
  };
}
