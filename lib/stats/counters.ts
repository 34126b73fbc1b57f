/**
 * The stats counters, listed once. Rows, aggregation, the stats database's upgrades, the export
 * format and its schema, the CSV columns, the dashboard's tables and charts and the "What Rapport
 * keeps" panel are all derived from these lists (README "How to add a stats counter").
 *
 * No schema library and no database here: the content script and the practice page may import it.
 */

/** What an agent can do with a suggestion card; each stats event names one. */
const ACTIONS = ['shown', 'applied', 'edited-away', 'ignored-once', 'rule-ignored'] as const;
export type SuggestionAction = (typeof ACTIONS)[number];

export interface Counter {
  /** The field name in rows and in the JSON export. */
  id: string;
  /** Column header and chart label. */
  label: string;
  /** What it counts, for the docs and the "What Rapport keeps" panel. */
  description: string;
  /** Its column in CSV exports. */
  csv: string;
  /** Suggestion events that add one to it; none for counters fed by checked drafts. */
  actions?: readonly SuggestionAction[];
  /** The promise outcome that adds one to it (tone rows only). */
  outcome?: PromiseOutcome;
  /** When it is also shown as a share of `shown`: the CSV column of that rate. */
  rateCsv?: string;
  /** The stats database version and the export schema version that added it. */
  since: { db: number; export: number };
  /** Its value for rows written before it existed (rows without it); 0 when omitted. */
  backfill?: (row: Readonly<Record<string, unknown>>) => number;
}

/** Counters per day × category × site × kind (the `daily` rows). */
const DAILY = [
  { id: 'shown', label: 'Shown', csv: 'shown', description: 'suggestion cards shown (after a pause in typing)', actions: ['shown'], since: { db: 1, export: 1 } },
  { id: 'applied', label: 'Applied', csv: 'applied', rateCsv: 'applied_rate', description: 'one-click fixes applied', actions: ['applied'], since: { db: 1, export: 1 } },
  {
    id: 'resolved',
    label: 'Resolved',
    csv: 'resolved',
    rateCsv: 'resolved_rate',
    description: 'cards resolved: the fix applied, or the flagged words edited away before the reply was sent',
    actions: ['applied', 'edited-away'],
    since: { db: 3, export: 2 },
    // Before it existed only applied fixes were seen, and every one of them resolved its card.
    backfill: (row) => countOf(row, 'applied'),
  },
  { id: 'ignoredOnce', label: 'Ignored once', csv: 'ignored_once', description: 'cards dismissed with "Ignore"', actions: ['ignored-once'], since: { db: 1, export: 1 } },
  { id: 'ruleIgnored', label: 'Rule ignored', csv: 'rule_ignored', description: 'cards whose rule was switched off with "Ignore this rule"', actions: ['rule-ignored'], since: { db: 1, export: 1 } },
  { id: 'found', label: 'Found in drafts', csv: 'found_in_drafts', description: 'findings in checked drafts (the latest check of each draft)', since: { db: 1, export: 1 } },
] as const satisfies readonly Counter[];

/** Tone bands: drafts per 20-point band of the 0–100 tone score, lowest first. */
export const TONE_BANDS = 5;

/** How a promise the agent made in a reply ended (lib/followup): each adds one to one counter. */
const PROMISE_OUTCOMES = ['made', 'kept', 'late', 'dropped'] as const;
export type PromiseOutcome = (typeof PROMISE_OUTCOMES)[number];

/**
 * Counters per day × site × kind (the `tone` rows), next to their `buckets` (drafts per tone band):
 * checked drafts and their tone, and the promises made in replies (follow-through, counts only).
 */
const TONE = [
  { id: 'drafts', label: 'Drafts checked', csv: 'drafts', description: 'drafts checked', since: { db: 1, export: 1 } },
  { id: 'unscored', label: 'Drafts without a tone score', csv: 'unscored', description: 'checked drafts the tone model did not score', since: { db: 1, export: 1 } },
  {
    id: 'scoreSum',
    label: 'Sum of tone scores',
    csv: 'tone_score_sum',
    description: 'the tone scores (0–100) of the scored drafts added up, for the average',
    since: { db: 3, export: 2 },
    // Older rows only know each draft's band: count it at the band's middle (10, 30, 50, 70, 90).
    backfill: (row) => (Array.isArray(row.buckets) ? (row.buckets as unknown[]).reduce<number>((sum, n, band) => sum + (typeof n === 'number' ? n : 0) * (band * 20 + 10), 0) : 0),
  },
  { id: 'promisesMade', label: 'Promises made', csv: 'promises_made', description: 'promises in sent replies the agent asked to be reminded of', outcome: 'made', since: { db: 4, export: 3 } },
  { id: 'promisesKept', label: 'Promises kept on time', csv: 'promises_kept', description: 'promises marked done by their due time (or within 30 minutes of it)', outcome: 'kept', since: { db: 4, export: 3 } },
  { id: 'promisesLate', label: 'Promises kept late', csv: 'promises_late', description: 'promises marked done after their due time', outcome: 'late', since: { db: 4, export: 3 } },
  { id: 'promisesDropped', label: 'Promises dropped', csv: 'promises_dropped', description: 'promises dropped, or never marked done before their reminder was deleted', outcome: 'dropped', since: { db: 4, export: 3 } },
] as const satisfies readonly Counter[];

export type DailyCounterId = (typeof DAILY)[number]['id'];
export type ToneCounterId = (typeof TONE)[number]['id'];
export type DailyCounts = Record<DailyCounterId, number>;
export type ToneCounts = Record<ToneCounterId, number>;

/**
 * What every other module reads, derived from the lists. A function so that a test can derive the
 * same from a list with one more counter (tests/unit/stats-add-counter.test.ts).
 */
export function counterSet(daily: readonly Counter[], tone: readonly Counter[], actions: readonly string[]) {
  const all = [...daily, ...tone];
  return {
    SUGGESTION_ACTIONS: actions as readonly SuggestionAction[] as typeof ACTIONS,
    DAILY_COUNTERS: daily,
    TONE_COUNTERS: tone,
    /** The newest stats database version and export schema version any counter needs. */
    COUNTERS_DB_VERSION: Math.max(...all.map((c) => c.since.db)),
    COUNTERS_EXPORT_VERSION: Math.max(...all.map((c) => c.since.export)),
    /** The daily counters a suggestion action adds one to. */
    countersOfAction: (action: SuggestionAction): DailyCounterId[] => daily.filter((c) => c.actions?.includes(action)).map((c) => c.id as DailyCounterId),
    /** The tone-row counter a promise outcome adds one to. */
    counterOfOutcome: (outcome: PromiseOutcome): ToneCounterId | undefined => tone.find((c) => c.outcome === outcome)?.id as ToneCounterId | undefined,
  };
}

export const { SUGGESTION_ACTIONS, DAILY_COUNTERS, TONE_COUNTERS, COUNTERS_DB_VERSION, COUNTERS_EXPORT_VERSION, countersOfAction, counterOfOutcome } = counterSet(DAILY, TONE, ACTIONS);
export { PROMISE_OUTCOMES };

export function zeroCounts<C extends string>(list: readonly Counter[]): Record<C, number> {
  const out: Record<string, number> = {};
  for (const c of list) out[c.id] = 0;
  return out as Record<C, number>;
}

/** A counter's value in a row; 0 when the row lacks it. */
function countOf(row: object, id: string): number {
  const value = (row as Record<string, unknown>)[id];
  return typeof value === 'number' ? value : 0;
}

/** `into[c] += sign × from[c]` for every counter of `list`. */
export function addCounts(into: object, from: object, list: readonly Counter[], sign = 1): void {
  const target = into as Record<string, number>;
  for (const c of list) target[c.id] = countOf(into, c.id) + sign * countOf(from, c.id);
}

/** Never below zero (a draft replaced after its old aggregate was pruned subtracts from nothing). */
export function clampCounts<T extends object>(row: T, list: readonly Counter[]): T {
  const out: Record<string, unknown> = { ...(row as Record<string, unknown>) };
  for (const c of list) out[c.id] = Math.max(0, countOf(row, c.id));
  return out as T;
}

/** Whether any counter of `list` is non-zero (empty rows carry no information and are not exported). */
export function anyCount(row: object, list: readonly Counter[]): boolean {
  return list.some((c) => countOf(row, c.id) > 0);
}

/** The row with every counter of `list` it lacks filled in from what it has. */
export function withBackfill<T extends object>(row: T, list: readonly Counter[]): T {
  let out: Record<string, unknown> | undefined;
  for (const c of list) {
    if (typeof (row as Record<string, unknown>)[c.id] === 'number') continue;
    out ??= { ...(row as Record<string, unknown>) };
    out[c.id] = c.backfill?.(row as Record<string, unknown>) ?? 0;
  }
  return (out ?? row) as T;
}
