/** Shared helpers for the stats tests (fake-indexeddb must be imported by the test first). */
import { afterEach } from 'vitest';
import type { StatsEvent, SuggestionEvent, DraftCheckedEvent } from '../../lib/stats/events';
import { StatsDb } from '../../lib/stats/schema';

let counter = 0;
/** A fresh, empty database with a unique name. */
export function newDb(): StatsDb {
  counter += 1;
  return new StatsDb(`rapport-stats-test-${counter}-${Math.random().toString(36).slice(2)}`);
}

/** A maker of fresh databases, each deleted after the test that made it (call at module level). */
export function freshDbs(): () => StatsDb {
  const made: StatsDb[] = [];
  afterEach(async () => {
    for (const d of made.splice(0)) await d.delete();
  });
  return () => {
    const d = newDb();
    made.push(d);
    return d;
  };
}

/** Local noon on the given day, so local-day arithmetic is unambiguous. */
export function noon(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12, 0, 0).getTime();
}

export function suggestion(overrides: Partial<SuggestionEvent> = {}): SuggestionEvent {
  return {
    type: 'suggestion',
    action: 'shown',
    ruleId: 'blame/you-must-have',
    category: 'blame',
    severity: 'warning',
    site: 'desk.example.com',
    kind: 'reply',
    ...overrides,
  };
}

export function draftChecked(overrides: Partial<DraftCheckedEvent> = {}): DraftCheckedEvent {
  return {
    type: 'draft-checked',
    draftId: 'draft-0001',
    site: 'desk.example.com',
    kind: 'reply',
    toneScore: 65,
    counts: { blame: 1, 'help-wording': 2 },
    ...overrides,
  };
}

/** Every row of every table, for "nothing changed" and "no text anywhere" checks. */
export async function dumpDb(db: StatsDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

export type { StatsEvent };
