/**
 * The background service worker: the only place that stores anything (stats in IndexedDB via
 * Dexie, lib/stats). Every message must come from this extension and is validated before use:
 * `stats:*` by the stats handler (which also checks who may send what), `rapport:*` by
 * lib/messages.ts. Anything else is refused with a reason. It makes no network requests.
 */
import { browser } from 'wxt/browser';
import { isOwnSender, parseMessage, type RapportMessage } from '../lib/messages';
import { handleStatsMessageInBackground, startStatsBackground } from '../lib/stats/background';
import type { StatsMessageSender } from '../lib/stats/handler';

type Reply = { ok: true; [key: string]: unknown } | { ok: false; error: string };

async function handleOwn(message: RapportMessage): Promise<Reply> {
  if (message.type === 'rapport:ping') return { ok: true, version: browser.runtime.getManifest().version };
  return { ok: false, error: `${message.type} is not handled here` };
}

export default defineBackground(() => {
  startStatsBackground();
  browser.runtime.onMessage.addListener((raw: unknown, sender: StatsMessageSender) => {
    if (!isOwnSender(sender, browser.runtime.id)) return undefined;
    const stats = handleStatsMessageInBackground(raw, sender);
    if (stats) return stats;
    const parsed = parseMessage(raw);
    if (!parsed.ok) return Promise.resolve<Reply>({ ok: false, error: parsed.error });
    return handleOwn(parsed.message).catch((error: unknown): Reply => ({ ok: false, error: error instanceof Error ? error.message : String(error) }));
  });
});
