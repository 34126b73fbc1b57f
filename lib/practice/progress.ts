/**
 * Progress from practice history: pure functions over attempt records, so the page, the stats export
 * and the tests all read the same figures.
 */

export interface AttemptSummary {
  scenarioId: string;
  at: number;
  score: number;
  findingCounts: Record<string, number>;
}

export interface ScenarioProgress {
  scenarioId: string;
  attempts: number;
  best: number;
  first: number;
  last: number;
  lastAt: number;
}

export interface HabitChange {
  category: string;
  /** Findings per attempt in the earlier attempts. */
  before: number;
  /** Findings per attempt in the recent attempts. */
  after: number;
}

function byTime<T extends { at: number }>(attempts: readonly T[]): T[] {
  return [...attempts].sort((a, b) => a.at - b.at);
}

export function progressByScenario(attempts: readonly AttemptSummary[]): Map<string, ScenarioProgress> {
  const out = new Map<string, ScenarioProgress>();
  for (const a of byTime(attempts)) {
    const p = out.get(a.scenarioId);
    if (!p) out.set(a.scenarioId, { scenarioId: a.scenarioId, attempts: 1, best: a.score, first: a.score, last: a.score, lastAt: a.at });
    else {
      p.attempts++;
      p.best = Math.max(p.best, a.score);
      p.last = a.score;
      p.lastAt = a.at;
    }
  }
  return out;
}

/**
 * Habits compared between the earlier and the recent half of the attempts (at most `window` each,
 * so one early bad week doesn't dominate forever). A category improved when its findings per attempt
 * fell; it got worse when they rose. Needs at least two attempts.
 */
export function habitChanges(attempts: readonly AttemptSummary[], window = 5): { improved: HabitChange[]; worse: HabitChange[] } {
  const sorted = byTime(attempts);
  if (sorted.length < 2) return { improved: [], worse: [] };
  const n = Math.min(window, Math.floor(sorted.length / 2));
  const earlier = sorted.slice(0, n);
  const recent = sorted.slice(sorted.length - n);
  const rate = (group: readonly AttemptSummary[], category: string) =>
    group.reduce((sum, a) => sum + (a.findingCounts[category] ?? 0), 0) / group.length;
  const categories = new Set<string>();
  for (const a of [...earlier, ...recent]) for (const c of Object.keys(a.findingCounts)) categories.add(c);
  const improved: HabitChange[] = [];
  const worse: HabitChange[] = [];
  for (const category of [...categories].sort()) {
    const change = { category, before: round2(rate(earlier, category)), after: round2(rate(recent, category)) };
    if (change.after < change.before) improved.push(change);
    else if (change.after > change.before) worse.push(change);
  }
  improved.sort((a, b) => b.before - b.after - (a.before - a.after) || a.category.localeCompare(b.category));
  return { improved, worse };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Points for the progress chart: every attempt in time order, and the running average of the last five. */
export function progressSeries(attempts: readonly AttemptSummary[]): { at: number; score: number; average: number; scenarioId: string }[] {
  const sorted = byTime(attempts);
  return sorted.map((a, i) => {
    const recent = sorted.slice(Math.max(0, i - 4), i + 1);
    return { at: a.at, score: a.score, scenarioId: a.scenarioId, average: Math.round(recent.reduce((s, r) => s + r.score, 0) / recent.length) };
  });
}
