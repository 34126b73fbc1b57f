/**
 * Wiring for the background service worker: one recorder, message handling, and retention pruning
 * on startup and daily (chrome.alarms). The background entrypoint calls `startStatsBackground()` once
 * and routes stats messages with `statsMessageListener` (or `handleStatsMessageInBackground`).
 */
import { browser } from 'wxt/browser';
import { isStatsMessageType, type RecordedEvent, type StatsResponse } from './events';
import { handleStatsMessage, type StatsMessageSender } from './handler';
import { sessionSpill } from './pending-spill';
import { StatsRecorder } from './record';
import { pruneStats } from './retention';
import { statsDb } from './schema';

const PRUNE_ALARM = 'rapport-stats-prune';

let recorder: StatsRecorder | undefined;

function statsRecorder(): StatsRecorder {
  recorder ??= new StatsRecorder(statsDb(), {
    spill: sessionSpill(),
    onStatus: (status) => {
      // A visible hint that something needs the agent's attention; the dashboard explains it.
      void browser.action?.setBadgeText?.({ text: status.storageFull ? '!' : '' }).catch(() => undefined);
    },
  });
  return recorder;
}

async function prune(): Promise<void> {
  try {
    await pruneStats(statsDb());
    await statsRecorder().flush();
  } catch (error) {
    console.warn('Rapport: pruning stats failed', error);
  }
}

let started = false;

/** Prunes now, and once a day from then on. Safe to call more than once. */
export function startStatsBackground(): void {
  if (started) return;
  started = true;
  void prune();
  // Events a stopped worker could not write yet: write them now.
  void statsRecorder().restoreSpilled().then(() => statsRecorder().flush());
  void browser.alarms.get(PRUNE_ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(PRUNE_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 24 * 60 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PRUNE_ALARM) void prune();
  });
}

/** Handles a message if it is a stats message; returns undefined for anything else. */
export function handleStatsMessageInBackground(message: unknown, sender: StatsMessageSender): Promise<StatsResponse> | undefined {
  if (!isStatsMessageType(message)) return undefined;
  return handleStatsMessage(message, sender, {
    db: statsDb(),
    recorder: statsRecorder(),
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
  });
}

/**
 * A ready-made `runtime.onMessage` listener: answers stats messages (asynchronously, the way both
 * Chrome and Firefox support) and leaves every other message to other listeners.
 */
function statsMessageListener(message: unknown, sender: StatsMessageSender, sendResponse: (response: StatsResponse) => void): boolean {
  const pending = handleStatsMessageInBackground(message, sender);
  if (!pending) return false;
  void pending.then(sendResponse);
  return true;
}

/** Records events raised inside the background itself (promise outcomes, lib/followup/background.ts). */
export function recordEvent(...events: RecordedEvent[]): Promise<{ recorded: number; buffered: number }> {
  return statsRecorder().record(events);
}
