/**
 * Where the recorder keeps events it could not write yet, so they survive the browser stopping
 * the service worker (issue 17): the recorder saves its waiting events here before it answers a
 * record() call, and a new worker's recorder takes them back before recording anything else.
 * The extension uses storage.session: it outlives a stopped worker, stays off the disk (so
 * nothing of a draft is written anywhere new) and does not depend on the IndexedDB that failed.
 */
import { browser } from 'wxt/browser';
import type { RecordedEvent } from './events';

export interface StampedEvent {
  event: RecordedEvent;
  at: number;
}

export interface PendingSpill {
  save(events: readonly StampedEvent[]): Promise<void>;
  /** Events saved by an earlier worker ([] when none, or when what is there is not a list). */
  load(): Promise<StampedEvent[]>;
  clear(): Promise<void>;
}

export const PENDING_SPILL_KEY = 'rapport-stats-pending';
const KEY = PENDING_SPILL_KEY;

function isStamped(v: unknown): v is StampedEvent {
  const s = v as Partial<StampedEvent> | null;
  return typeof s === 'object' && s !== null && typeof s.at === 'number' && Number.isFinite(s.at) && typeof s.event === 'object' && s.event !== null;
}

/** The extension's spill: browser.storage.session (null where the browser has none). */
export function sessionSpill(): PendingSpill | null {
  const area = browser.storage?.session;
  if (!area) return null;
  return {
    save: (events) => area.set({ [KEY]: events }),
    async load() {
      const saved = (await area.get(KEY))[KEY];
      return Array.isArray(saved) ? saved.filter(isStamped) : [];
    },
    clear: () => area.remove(KEY),
  };
}
