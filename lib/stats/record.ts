/**
 * Turns validated events into rows: raw events (within retention) and the per-day aggregates the
 * dashboard and exports read. Writes go through an in-memory queue so that a failed write — storage
 * full above all — never loses the agent's working session: events wait in memory, are retried with
 * back-off, and the status says so in a sentence the dashboard shows.
 */
import { dayOf } from './day';
import {
  MAX_EXAMPLE_LENGTH,
  type DraftCheckedEvent,
  type StatsEvent,
  type StatsStatus,
  type SuggestionAction,
  type SuggestionEvent,
} from './events';
import { pruneStats } from './retention';
import type { DailyKey, DailyRow, DraftRow, EventRow, StatsDb, ToneKey, ToneRow } from './schema';
import { getStatsSettings, type StatsSettings } from './settings';
import type { PendingSpill, StampedEvent } from './pending-spill';

type Stamped = StampedEvent;

const ACTION_FIELD: Record<SuggestionAction, 'shown' | 'applied' | 'ignoredOnce' | 'ruleIgnored'> = {
  shown: 'shown',
  applied: 'applied',
  'ignored-once': 'ignoredOnce',
  'rule-ignored': 'ruleIgnored',
};

/** True for a storage-quota failure, however deeply Dexie or the browser wrapped it. */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const { name, inner } = e as { name?: unknown; inner?: unknown };
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
    e = inner;
  }
  return false;
}

/** Only the flagged span, and only when the agent opted in; otherwise the field is dropped entirely. */
function withoutTextUnlessOptedIn(event: StatsEvent, settings: StatsSettings): StatsEvent {
  if (event.type !== 'suggestion') return event;
  const { example, ...rest } = event;
  if (!settings.keepExamples || example === undefined || example.trim() === '') return rest;
  return { ...rest, example: example.trim().slice(0, MAX_EXAMPLE_LENGTH) };
}

const dailyKeyOf = (r: Pick<DailyRow, 'day' | 'category' | 'site' | 'kind'>): DailyKey => [r.day, r.category, r.site, r.kind];
const toneKeyOf = (r: Pick<ToneRow, 'day' | 'site' | 'kind'>): ToneKey => [r.day, r.site, r.kind];

/** Accumulates changes to aggregate rows during one write, then applies them with two bulk reads/writes. */
class AggregateDeltas {
  readonly daily = new Map<string, DailyRow>();
  readonly tone = new Map<string, ToneRow>();

  dailyRow(day: string, category: string, site: string, kind: DailyRow['kind']): DailyRow {
    const key = JSON.stringify([day, category, site, kind]);
    let row = this.daily.get(key);
    if (!row) {
      row = { day, category, site, kind, shown: 0, applied: 0, ignoredOnce: 0, ruleIgnored: 0, found: 0 };
      this.daily.set(key, row);
    }
    return row;
  }

  toneRow(day: string, site: string, kind: ToneRow['kind']): ToneRow {
    const key = JSON.stringify([day, site, kind]);
    let row = this.tone.get(key);
    if (!row) {
      row = { day, site, kind, drafts: 0, buckets: [0, 0, 0, 0, 0], unscored: 0 };
      this.tone.set(key, row);
    }
    return row;
  }

  /** Adds (sign 1) or removes (sign -1) one checked draft's contribution. */
  draft(d: Pick<DraftRow, 'day' | 'site' | 'kind' | 'tone' | 'counts'>, sign: 1 | -1): void {
    for (const [category, count] of Object.entries(d.counts)) {
      if (count > 0) this.dailyRow(d.day, category, d.site, d.kind).found += sign * count;
    }
    const tone = this.toneRow(d.day, d.site, d.kind);
    tone.drafts += sign;
    if (d.tone === null) tone.unscored += sign;
    else tone.buckets[d.tone] = (tone.buckets[d.tone] ?? 0) + sign;
  }

  async applyTo(db: StatsDb): Promise<void> {
    const dailyDeltas = [...this.daily.values()];
    const existingDaily = await db.daily.bulkGet(dailyDeltas.map(dailyKeyOf));
    await db.daily.bulkPut(
      dailyDeltas.map((delta, i) => {
        const old = existingDaily[i];
        if (!old) return clampDaily(delta);
        return clampDaily({
          ...old,
          shown: old.shown + delta.shown,
          applied: old.applied + delta.applied,
          ignoredOnce: old.ignoredOnce + delta.ignoredOnce,
          ruleIgnored: old.ruleIgnored + delta.ruleIgnored,
          found: old.found + delta.found,
        });
      }),
    );
    const toneDeltas = [...this.tone.values()];
    const existingTone = await db.tone.bulkGet(toneDeltas.map(toneKeyOf));
    await db.tone.bulkPut(
      toneDeltas.map((delta, i) => {
        const old = existingTone[i];
        if (!old) return clampTone(delta);
        return clampTone({
          ...old,
          drafts: old.drafts + delta.drafts,
          buckets: old.buckets.map((n, b) => n + (delta.buckets[b] ?? 0)),
          unscored: old.unscored + delta.unscored,
        });
      }),
    );
  }
}

// A draft replaced after its old aggregate was pruned would subtract from nothing: never go below zero.
function clampDaily(r: DailyRow): DailyRow {
  return {
    ...r,
    shown: Math.max(0, r.shown),
    applied: Math.max(0, r.applied),
    ignoredOnce: Math.max(0, r.ignoredOnce),
    ruleIgnored: Math.max(0, r.ruleIgnored),
    found: Math.max(0, r.found),
  };
}
function clampTone(r: ToneRow): ToneRow {
  return { ...r, drafts: Math.max(0, r.drafts), buckets: r.buckets.map((n) => Math.max(0, n)), unscored: Math.max(0, r.unscored) };
}

/** Writes a batch of stamped events in one transaction: all of them or none. */
export async function writeEvents(db: StatsDb, batch: readonly Stamped[]): Promise<void> {
  if (batch.length === 0) return;
  await db.transaction('rw', [db.events, db.drafts, db.daily, db.tone], async () => {
    const deltas = new AggregateDeltas();
    const eventRows: EventRow[] = [];
    const draftEvents = batch.filter((s): s is { event: DraftCheckedEvent; at: number } => s.event.type === 'draft-checked');
    const previous = new Map<string, DraftRow>();
    const stored = await db.drafts.bulkGet([...new Set(draftEvents.map((s) => s.event.draftId))]);
    for (const row of stored) if (row) previous.set(row.draftId, row);
    const newDrafts = new Map<string, DraftRow>();

    for (const { event, at } of batch) {
      const day = dayOf(at);
      if (event.type === 'suggestion') {
        const e: SuggestionEvent = event;
        eventRows.push({
          at,
          day,
          action: e.action,
          ruleId: e.ruleId,
          category: e.category,
          severity: e.severity,
          site: e.site,
          kind: e.kind,
          tone: e.tone,
          ...(e.example !== undefined ? { example: e.example } : {}),
        });
        deltas.dailyRow(day, e.category, e.site, e.kind)[ACTION_FIELD[e.action]] += 1;
      } else {
        // The latest check of a draft replaces its earlier one, so re-reporting never double counts.
        const old = newDrafts.get(event.draftId) ?? previous.get(event.draftId);
        if (old) deltas.draft(old, -1);
        const row: DraftRow = { draftId: event.draftId, at, day, site: event.site, kind: event.kind, tone: event.tone, counts: { ...event.counts } };
        deltas.draft(row, 1);
        newDrafts.set(row.draftId, row);
      }
    }
    if (eventRows.length) await db.events.bulkAdd(eventRows);
    if (newDrafts.size) await db.drafts.bulkPut([...newDrafts.values()]);
    await deltas.applyTo(db);
  });
}

export interface RecorderOptions {
  /** Most events held in memory while storage is failing; the oldest are dropped beyond it. */
  maxPending?: number;
  /** Back-off between retries after a failed write. */
  retryDelaysMs?: readonly number[];
  /** Timer, injectable for tests. Returns a cancel function. */
  schedule?: (fn: () => void, ms: number) => () => void;
  now?: () => number;
  onStatus?: (status: StatsStatus) => void;
  /** Keeps unwritten events across a service-worker stop (see pending-spill.ts). */
  spill?: PendingSpill | null;
}

const DEFAULT_RETRY_DELAYS = [5_000, 30_000, 120_000, 600_000];

export class StatsRecorder {
  private pending: Stamped[] = [];
  private dropped = 0;
  private storageFull = false;
  private problem: string | null = null;
  private recording = true;
  private retryIndex = 0;
  private cancelRetry: (() => void) | undefined;
  private queue: Promise<void> = Promise.resolve();
  private readonly maxPending: number;
  private readonly retryDelays: readonly number[];
  private readonly schedule: NonNullable<RecorderOptions['schedule']>;
  private readonly now: () => number;

  constructor(
    private readonly db: StatsDb,
    private readonly options: RecorderOptions = {},
  ) {
    this.maxPending = options.maxPending ?? 20_000;
    this.retryDelays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS;
    this.schedule =
      options.schedule ??
      ((fn, ms) => {
        const t = setTimeout(fn, ms);
        return () => clearTimeout(t);
      });
    this.now = options.now ?? Date.now;
  }

  /** Records validated events (stamped now). Resolves once written or safely buffered; never rejects. */
  async record(events: readonly StatsEvent[]): Promise<{ recorded: number; buffered: number }> {
    const at = this.now();
    await this.restoreSpilled();
    let settings: StatsSettings;
    try {
      settings = await getStatsSettings(this.db);
    } catch {
      settings = { recording: this.recording, keepExamples: false, retentionDays: 90 };
    }
    this.recording = settings.recording;
    if (!settings.recording) return { recorded: 0, buffered: this.pending.length };
    this.pending.push(...events.map((event) => ({ event: withoutTextUnlessOptedIn(event, settings), at })));
    if (this.pending.length > this.maxPending) {
      this.dropped += this.pending.length - this.maxPending;
      this.pending.splice(0, this.pending.length - this.maxPending);
    }
    // The write also brings the spill up to date: events still waiting outlive this worker
    // before record() answers.
    await this.flush();
    return { recorded: this.storageFull ? 0 : events.length, buffered: this.pending.length };
  }

  private restoring: Promise<void> | undefined;

  /** Once per recorder: take back what a stopped worker left waiting, in front of anything new. */
  restoreSpilled(): Promise<void> {
    const spill = this.options.spill;
    this.restoring ??= spill
      ? spill.load().then(
          (saved) => {
            this.pending = [...saved, ...this.pending];
          },
          () => undefined,
        )
      : Promise.resolve();
    return this.restoring;
  }

  private async spillPending(): Promise<void> {
    const spill = this.options.spill;
    if (!spill) return;
    try {
      await (this.pending.length ? spill.save(this.pending) : spill.clear());
    } catch {
      // Nowhere to keep them: they stay in memory, as before.
    }
  }

  /** Writes whatever is waiting. Serialised: concurrent calls share one write at a time. */
  flush(): Promise<void> {
    this.queue = this.queue.then(() => this.writePending());
    return this.queue;
  }

  /** Forgets events still waiting in memory ("delete all my data"). */
  discardPending(): void {
    this.pending = [];
    void this.options.spill?.clear().catch(() => undefined);
    this.dropped = 0;
    this.setHealthy();
  }

  status(): StatsStatus {
    return { recording: this.recording, pending: this.pending.length, storageFull: this.storageFull, problem: this.problem };
  }

  private async writePending(): Promise<void> {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    try {
      await this.writeWithPruneOnQuota(batch);
      this.setHealthy();
    } catch (error) {
      // Put the batch back in front of anything that arrived meanwhile, and try again later.
      this.pending = [...batch, ...this.pending];
      this.storageFull = isQuotaError(error);
      this.problem = this.describeFailure(error);
      this.scheduleRetry();
      this.options.onStatus?.(this.status());
    }
    await this.spillPending();
  }

  private async writeWithPruneOnQuota(batch: Stamped[]): Promise<void> {
    try {
      await writeEvents(this.db, batch);
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      // Old days past retention may still be around (no alarm yet today): free them and try once more.
      await pruneStats(this.db, this.now()).catch(() => undefined);
      await writeEvents(this.db, batch);
    }
  }

  private describeFailure(error: unknown): string {
    const waiting = `${this.pending.length} recent event${this.pending.length === 1 ? ' is' : 's are'} kept in memory and will be saved automatically`;
    const lost = this.dropped ? ` (${this.dropped} older ones could not be kept)` : '';
    if (isQuotaError(error)) {
      return `The browser's storage for Rapport is full, so your latest stats are not saved yet: ${waiting}${lost}. Free some disk space, or shorten the retention period on the dashboard. Coaching keeps working meanwhile.`;
    }
    const reason = error instanceof Error ? error.message : String(error);
    return `Saving your stats failed (${reason}): ${waiting}${lost}. Coaching keeps working meanwhile.`;
  }

  private scheduleRetry(): void {
    this.cancelRetry?.();
    const delay = this.retryDelays[Math.min(this.retryIndex, this.retryDelays.length - 1)] ?? 60_000;
    this.retryIndex++;
    this.cancelRetry = this.schedule(() => {
      this.cancelRetry = undefined;
      void this.flush();
    }, delay);
  }

  private setHealthy(): void {
    const changed = this.storageFull || this.problem !== null;
    this.cancelRetry?.();
    this.cancelRetry = undefined;
    this.retryIndex = 0;
    this.storageFull = false;
    this.problem = this.dropped ? `${this.dropped} events could not be kept while storage was full.` : null;
    if (changed) this.options.onStatus?.(this.status());
  }
}
