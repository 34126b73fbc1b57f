/**
 * The background service worker: the only place that stores anything (stats in IndexedDB via
 * Dexie, lib/stats). Every message must come from this extension and is validated before use:
 * `stats:*` by the stats handler (which also checks who may send what), `rapport:followup-*` by
 * lib/followup/background.ts, other `rapport:*` by lib/messages.ts. Anything else is refused with a reason. It makes no network requests.
 */
import { browser } from 'wxt/browser';
import { relayCommand } from '../lib/commands';
import { handleFollowUpMessage, startFollowUpBackground } from '../lib/followup/background';
import { isOwnSender, parseMessage, type RapportMessage } from '../lib/messages';
import { shortcutList, shortcutMap } from '../lib/shortcuts';
import { startPolicySync } from '../lib/policy/sync';
import { injectIntoTab, startSiteAccess, syncSiteScripts } from '../lib/settings/site-access';
import { handleStatsMessageInBackground, startStatsBackground } from '../lib/stats/background';
import type { StatsMessageSender } from '../lib/stats/handler';
import { t } from '../lib/i18n';

/** The models' weights, each read once from the extension's own files (not the network). */
const modelFiles = new Map<string, Promise<unknown>>();
function modelFile(path: '/models/tone/tone-model.json' | '/models/coach/coach-model.json'): Promise<unknown> {
  // public/models/…, the same files the engine reads in Node for the CLI and tests.
  let file = modelFiles.get(path);
  if (!file) {
    file = fetch(browser.runtime.getURL(path as Parameters<typeof browser.runtime.getURL>[0])).then((r) => {
      if (!r.ok) throw new Error(`no ${path} in this build (${r.status})`);
      return r.json() as Promise<unknown>;
    });
    file.catch(() => modelFiles.delete(path));
    modelFiles.set(path, file);
  }
  return file;
}

type Reply = { ok: true; [key: string]: unknown } | { ok: false; error: string };

/** The toolbar button's API: `action` in Manifest V3 (Chromium), `browserAction` in Firefox's MV2 build. */
type BadgeApi = {
  setBadgeText(details: { tabId: number; text: string | null }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
};
function toolbarButton(): BadgeApi | undefined {
  const api = browser as unknown as { action?: BadgeApi; browserAction?: BadgeApi };
  return api.action ?? api.browserAction;
}

/**
 * This tab's count on the toolbar button: the sidebar badge's blue, "99+" past two digits. At 0 the
 * tab's own text is dropped (null), so the button shows the global one again (the stats' "!").
 */
async function showToolbarCount(tabId: number, count: number): Promise<void> {
  const button = toolbarButton();
  if (!button) return;
  await button.setBadgeBackgroundColor({ tabId, color: '#14498c' });
  await button.setBadgeText({ tabId, text: count === 0 ? null : count > 99 ? '99+' : String(count) });
}

async function handleOwn(message: RapportMessage, sender: StatsMessageSender): Promise<Reply> {
  if (message.type === 'rapport:ping') return { ok: true, version: browser.runtime.getManifest().version };
  if (message.type === 'rapport:tone-model') return { ok: true, model: await modelFile('/models/tone/tone-model.json') };
  if (message.type === 'rapport:coach-model') return { ok: true, model: await modelFile('/models/coach/coach-model.json') };
  if (message.type === 'rapport:shortcuts') {
    const commands = browser.commands ? await browser.commands.getAll() : [];
    return { ok: true, shortcuts: shortcutList(shortcutMap(commands)) };
  }
  if (message.type === 'rapport:toolbar-count') {
    // A tab's own content script says its count; extension pages have no tab to badge.
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { ok: false, error: 'rapport:toolbar-count comes from a tab only' };
    await showToolbarCount(tabId, message.count);
    return { ok: true };
  }
  if (message.type === 'rapport:enable-site') {
    // Only the popup (an extension page) may start the coach in a tab; a content script may not.
    if (!sender.url?.startsWith(browser.runtime.getURL('/'))) return { ok: false, error: 'rapport:enable-site comes from the popup only' };
    const sites = await syncSiteScripts();
    const tab = await browser.tabs.get(message.tabId);
    const url = tab.url ? new URL(tab.url) : undefined;
    if (!url || !sites.includes(`${url.protocol}//${url.hostname}/*`)) return { ok: false, error: t('popup_site_not_granted') };
    await injectIntoTab(message.tabId);
    return { ok: true };
  }
  return { ok: false, error: `${message.type} is not handled here` };
}

export default defineBackground(() => {
  startStatsBackground();
  // Reminders of the agent's promises (off until turned on in the options): alarms and notifications.
  startFollowUpBackground();
  // The organisation's policy (storage.managed) → extension storage for the tabs; sites enabled from the popup.
  startPolicySync();
  startSiteAccess();
  // Keyboard shortcuts (manifest `commands`) go to the top frame of the tab they were pressed in.
  browser.commands?.onCommand.addListener((command: string, tab?: { id?: number }) => {
    void relayCommand(
      {
        activeTabId: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id,
        send: (tabId, message) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }),
      },
      command,
      tab?.id,
    );
  });
  browser.runtime.onMessage.addListener((raw: unknown, sender: StatsMessageSender) => {
    if (!isOwnSender(sender, browser.runtime.id)) return undefined;
    const stats = handleStatsMessageInBackground(raw, sender);
    if (stats) return stats;
    const followUp = handleFollowUpMessage(raw, sender);
    if (followUp) return followUp;
    const parsed = parseMessage(raw);
    if (!parsed.ok) return Promise.resolve<Reply>({ ok: false, error: parsed.error });
    return handleOwn(parsed.message, sender).catch((error: unknown): Reply => ({ ok: false, error: error instanceof Error ? error.message : String(error) }));
  });
});
