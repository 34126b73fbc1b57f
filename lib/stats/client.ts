/**
 * The content script's side of stats: `recordEvent()` queues an event and sends the queue to the
 * background in one `stats:record` message a moment later. No Dexie here — this file is safe to import
 * from content scripts. Events carry no draft text (only the flagged span in `example`, which the
 * background drops unless the agent opted in to keeping examples).
 */
import { browser } from 'wxt/browser';
import { MAX_EVENTS_PER_MESSAGE, STATS_MESSAGE_TYPES, type StatsEvent, type StatsRecordMessage } from './events';

const SEND_DELAY_MS = 250;
let queue: StatsEvent[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;

async function send(events: StatsEvent[]): Promise<void> {
  for (let i = 0; i < events.length; i += MAX_EVENTS_PER_MESSAGE) {
    const message: StatsRecordMessage = { type: STATS_MESSAGE_TYPES.record, events: events.slice(i, i + MAX_EVENTS_PER_MESSAGE) };
    try {
      await browser.runtime.sendMessage(message);
    } catch {
      // The extension was reloaded or the background is unavailable: stats are best effort, coaching goes on.
    }
  }
}

/** Queues one event; the queue is sent shortly after, in one message. */
export function recordEvent(event: StatsEvent): void {
  queue.push(event);
  timer ??= setTimeout(flushStatsEvents, SEND_DELAY_MS);
}

/** Sends queued events now (e.g. on `pagehide`). */
export function flushStatsEvents(): Promise<void> {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  const events = queue;
  queue = [];
  return events.length ? send(events) : Promise.resolve();
}

/** A random id for a draft (one per composer session), for `draft-checked` events. */
export function newDraftId(): string {
  return crypto.randomUUID().replace(/-/g, '');
}
