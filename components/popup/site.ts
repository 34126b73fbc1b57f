/** What the popup knows about the active tab, gathered from the browser and the tab's content script. */
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';
import type { EnableSiteMessage, TabStatus, TabStatusRequest, TeachRequest } from '../../lib/messages';
import { manifestInstallPatterns, originPattern } from '../../lib/settings/site-access';
import { patternMatches } from '../../lib/sites/host-permissions';

export interface ActiveSite {
  tabId: number;
  url: URL;
  host: string;
  /** The origin's match pattern, for "Enable on this site". */
  pattern: string;
  /** Rapport may run here: a known desk or local desk, or a site the agent enabled. */
  access: 'install' | 'enabled' | 'none';
  /** What the content script reports; undefined when none answers (not running, or page loaded before). */
  status?: TabStatus;
}

export type ActiveTab = { kind: 'site'; site: ActiveSite } | { kind: 'not-a-site'; reason: string };

const STATUS_TIMEOUT_MS = 800;

async function askStatus(tabId: number): Promise<TabStatus | undefined> {
  const request: TabStatusRequest = { type: 'rapport:tab-status' };
  try {
    const reply = await Promise.race([
      browser.tabs.sendMessage(tabId, request, { frameId: 0 }) as Promise<unknown>,
      new Promise<undefined>((resolve) => setTimeout(resolve, STATUS_TIMEOUT_MS)),
    ]);
    const status = reply as Partial<TabStatus> | undefined;
    return status && status.ok === true && typeof status.host === 'string' ? (status as TabStatus) : undefined;
  } catch {
    return undefined;
  }
}

export async function readActiveTab(): Promise<ActiveTab> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab?.id || tab.id < 0) return { kind: 'not-a-site', reason: t('popup_no_tab') };
  // The tab's address comes with activeTab (the toolbar click); where Rapport runs, its content script also says.
  const status = await askStatus(tab.id);
  let url: URL;
  try {
    url = new URL(tab.url ?? status?.origin ?? '');
  } catch {
    return { kind: 'not-a-site', reason: t('popup_not_a_page') };
  }
  const pattern = originPattern(url);
  if (!pattern) return { kind: 'not-a-site', reason: t('popup_not_http') };
  const install = manifestInstallPatterns().some((p) => patternMatches(p, url));
  const granted = install ? false : await browser.permissions.contains({ origins: [pattern] }).catch(() => false);
  return {
    kind: 'site',
    site: { tabId: tab.id, url, host: url.hostname, pattern, access: install ? 'install' : granted ? 'enabled' : 'none', ...(status ? { status } : {}) },
  };
}

/**
 * "Enable on this site": ask for the origin (must run in the click's user gesture), then let the
 * background register the content script and start it in this tab. Firefox may close the popup while
 * it shows the prompt; the background then registers on permissions.onAdded anyway.
 */
export async function enableSite(site: ActiveSite): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [site.pattern] });
  if (!granted) return false;
  const message: EnableSiteMessage = { type: 'rapport:enable-site', tabId: site.tabId };
  const reply = (await browser.runtime.sendMessage(message)) as { ok: boolean; error?: string } | undefined;
  if (!reply?.ok) throw new Error(reply?.error ?? t('popup_no_background'));
  return true;
}

/**
 * "Teach Rapport this desk": the tab's content script shows its pick panel on the page; the popup
 * then closes, since the agent's next clicks are on the page.
 */
export async function startTeaching(site: ActiveSite): Promise<void> {
  const request: TeachRequest = { type: 'rapport:teach' };
  const reply = (await browser.tabs.sendMessage(site.tabId, request, { frameId: 0 })) as { ok?: boolean } | undefined;
  if (!reply?.ok) throw new Error(t('popup_not_running'));
}
