/** The extension's background service worker in the test browser, and the commands tests send through it. */
import assert from 'node:assert/strict';
import type { BrowserContext, Page, Worker } from 'playwright-core';

/** The extension API used inside the service worker (the evaluate callback runs there, not in Node). */
declare const chrome: {
  tabs: {
    query(q: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
};

/** The extension's service worker; throws when it is not running. */
export function serviceWorker(t: { context: BrowserContext; extensionId: string }): Worker {
  const worker = t.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${t.extensionId}/`));
  if (!worker) throw new Error('The extension service worker is not running');
  return worker;
}

/**
 * Sends a shortcut's command message from the background to the active tab, as the background's
 * commands relay does (headless Chromium can't press browser shortcuts reliably).
 */
export async function sendCommand(t: { context: BrowserContext; extensionId: string }, page: Page, command: string): Promise<void> {
  await page.bringToFront();
  const answer = await serviceWorker(t).evaluate(async (command) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) return { ok: false, error: 'no active tab' };
    return chrome.tabs.sendMessage(tab.id, { type: 'rapport:command', command }, { frameId: 0 });
  }, command);
  assert.deepEqual(answer, { ok: true }, `the content script accepts the ${command} command`);
}
