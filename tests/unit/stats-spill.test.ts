/**
 * Issue 17: stats events survive a service-worker stop. While storage refuses writes, the
 * recorder keeps waiting events in its spill (storage.session in the extension) before record()
 * answers; a new recorder, as a restarted worker makes, takes them back and writes them once
 * storage works, and the spill is emptied after the write.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { PendingSpill, StampedEvent } from '../../lib/stats/pending-spill';
import { StatsRecorder } from '../../lib/stats/record';
import type { StatsDb } from '../../lib/stats/schema';
import { draftChecked, freshDbs, noon, suggestion } from './stats-fixtures';

const db = freshDbs();

/** A spill like storage.session: values are copied in and out (structured clone), as the browser does. */
function memorySpill(): PendingSpill & { saved: () => StampedEvent[] | undefined } {
  let saved: StampedEvent[] | undefined;
  return {
    save: async (events) => void (saved = structuredClone([...events])),
    load: async () => structuredClone(saved ?? []),
    clear: async () => void (saved = undefined),
    saved: () => saved,
  };
}

/** Writes to the events table fail with a quota error while `full()` says so. */
function refuseWrites(d: StatsDb, full: () => boolean): void {
  const real = d.transaction.bind(d) as (...args: unknown[]) => unknown;
  (d as unknown as { transaction: unknown }).transaction = (...args: unknown[]) => {
    const writesEvents = args.some((a) => a === d.events || (Array.isArray(a) && a.includes(d.events)));
    if (full() && writesEvents) return Promise.reject(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
    return real(...args);
  };
}

describe('stats events across a service-worker stop', () => {
  it('spills waiting events before answering and writes them from the next worker', async () => {
    const d = db();
    let full = true;
    refuseWrites(d, () => full);
    const spill = memorySpill();
    const options = { now: () => noon('2025-03-10'), schedule: () => () => {}, spill };

    const first = new StatsRecorder(d, options);
    const answer = await first.record([suggestion(), suggestion({ action: 'applied' }), draftChecked()]);
    expect(answer).toEqual({ recorded: 0, buffered: 3 });
    // Acknowledged only once they are in the spill.
    expect(spill.saved()?.map((s) => s.event.type)).toEqual(['suggestion', 'suggestion', 'draft-checked']);

    // The browser stops the worker: `first` is gone. Storage recovers; a new worker starts.
    full = false;
    const second = new StatsRecorder(d, options);
    await second.restoreSpilled();
    await second.flush();
    expect(await d.events.count()).toBe(2);
    expect(await d.drafts.count()).toBe(1);
    expect(spill.saved()).toBeUndefined();

    // Nothing written twice by a third worker.
    const third = new StatsRecorder(d, options);
    await third.record([suggestion({ action: 'ignored-once' })]);
    expect(await d.events.count()).toBe(3);
  });

  it('leaves the spill empty when storage takes every write', async () => {
    const d = db();
    const spill = memorySpill();
    await spill.save([{ event: suggestion(), at: noon('2025-03-09') }]);
    const recorder = new StatsRecorder(d, { now: () => noon('2025-03-10'), schedule: () => () => {}, spill });
    expect(await recorder.record([suggestion()])).toEqual({ recorded: 1, buffered: 0 });
    expect(await d.events.count()).toBe(2);
    expect(spill.saved()).toBeUndefined();
  });
});
