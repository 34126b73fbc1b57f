/**
 * Turns validated events into rows: raw events (within retention) and, through ./aggregate-rows,
 * the per-day aggregates the dashboard and exports read. Writes go through an in-memory queue so
 * that a failed write — storage full above all — never loses the agent's working session: events
 * wait in memory, are retried with back-off, and the status says so in a sentence the dashboard shows.
 */
import { AggregateDeltas } from './aggregate-rows';
import { dayOf } from './day';
import type { DraftCheckedEvent, RecordedEvent, StatsStatus, SuggestionEvent } from './events';
import { pruneStats } from './retention';
import type { DraftRow, EventRow, StatsDb } from './schema';
import { DEFAULT_STATS_SETTINGS, getStatsSettings, type StatsSettings } from './settings';
import type { PendingSpill, StampedEvent } from './pending-spill';

type Stamped = StampedEvent;

/** True for a storage-quota failure, however deeply Dexie or the browser wrapped it. */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const { name, inner } = e as { name?: unknown; inner?: unknown };
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
    e = inner;
  }
  return false;
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
        eventRows.push({ at, day, action: e.action, ruleId: e.ruleId, category: e.category, severity: e.severity, site: e.site, kind: e.kind });
        deltas.suggestion(day, e);
      } else if (event.type === 'promise') {
        deltas.promise(day, event.site, event.outcome);
      } else {
        // The latest check of a draft replaces its earlier one, so re-reporting never double counts.
        const old = newDrafts.get(event.draftId) ?? previous.get(event.draftId);
        if (old) deltas.draft(old, -1);
        const row: DraftRow = { draftId: event.draftId, at, day, site: event.site, kind: event.kind, toneScore: event.toneScore, counts: { ...event.counts } };
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
  async record(events: readonly RecordedEvent[]): Promise<{ recorded: number; buffered: number }> {
    const at = this.now();
    await this.restoreSpilled();
    let settings: StatsSettings;
    try {
      settings = await getStatsSettings(this.db);
    } catch {
      settings = { ...DEFAULT_STATS_SETTINGS, recording: this.recording };
    }
    this.recording = settings.recording;
    if (!settings.recording) return { recorded: 0, buffered: this.pending.length };
    this.pending.push(...events.map((event) => ({ event, at })));
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
