/**
 * "Enable on this site": self-hosted desks on hosts Rapport doesn't know at install time. The popup
 * asks for that origin's host permission (optional_host_permissions); the background keeps one
 * dynamically registered content script whose matches are exactly the origins granted that way,
 * re-checked at every start and whenever a permission is added or removed (so revoking access in
 * the browser's extension settings also stops the script).
 */
import { browser } from 'wxt/browser';
import { INSTALL_HOST_PATTERNS } from '../sites/host-permissions';

export const SITE_SCRIPT_ID = 'rapport-enabled-sites';
/** The content script's file in the build (WXT: content-scripts/<entrypoint>.js). */
const CONTENT_SCRIPT_FILE = '/content-scripts/content.js' as const;

/** The match pattern for a page's origin (match patterns cover every port of the host). */
export function originPattern(url: URL): string | undefined {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  return `${url.protocol}//${url.hostname}/*`;
}

const SINGLE_ORIGIN = /^https?:\/\/[^/*]+\/\*$/;

/**
 * The hosts this build's content script is registered for at install time, read from its manifest:
 * store builds leave the local desks out (lib/build/store-manifest.ts), so a list compiled into the
 * code would claim localhost is covered when it is not. Falls back to the full list outside the
 * extension (tests).
 */
export function manifestInstallPatterns(): string[] {
  try {
    const scripts = browser.runtime.getManifest().content_scripts ?? [];
    const patterns = scripts.flatMap((c) => c.matches ?? []);
    return patterns.length ? patterns : [...INSTALL_HOST_PATTERNS];
  } catch {
    return [...INSTALL_HOST_PATTERNS];
  }
}

/** Granted host patterns that came from "Enable on this site": single origins not in the install list. */
export function enabledSitePatterns(granted: readonly string[], installPatterns: readonly string[] = INSTALL_HOST_PATTERNS): string[] {
  const install = new Set(installPatterns);
  return [...new Set(granted.filter((p) => SINGLE_ORIGIN.test(p) && !install.has(p)))].sort();
}

export type SiteScriptPlan =
  | { action: 'none' }
  | { action: 'register'; matches: string[] }
  | { action: 'update'; matches: string[] }
  | { action: 'unregister' };

/** What to do so the registered script matches exactly the wanted origins. Pure. */
export function planSiteScript(wanted: readonly string[], registered: readonly string[] | undefined): SiteScriptPlan {
  const sorted = [...new Set(wanted)].sort();
  if (registered === undefined) return sorted.length ? { action: 'register', matches: sorted } : { action: 'none' };
  if (sorted.length === 0) return { action: 'unregister' };
  const same = sorted.length === registered.length && [...registered].sort().every((m, i) => m === sorted[i]);
  return same ? { action: 'none' } : { action: 'update', matches: sorted };
}

/** Background: make the registered content script match the granted origins. */
export async function syncSiteScripts(): Promise<string[]> {
  const granted = (await browser.permissions.getAll()).origins ?? [];
  const wanted = enabledSitePatterns(granted, manifestInstallPatterns());
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SITE_SCRIPT_ID] });
  const plan = planSiteScript(wanted, existing[0]?.matches);
  const script = { id: SITE_SCRIPT_ID, js: [CONTENT_SCRIPT_FILE], allFrames: true, runAt: 'document_idle' as const, persistAcrossSessions: true };
  if (plan.action === 'register') await browser.scripting.registerContentScripts([{ ...script, matches: plan.matches }]);
  else if (plan.action === 'update') await browser.scripting.updateContentScripts([{ ...script, matches: plan.matches }]);
  else if (plan.action === 'unregister') await browser.scripting.unregisterContentScripts({ ids: [SITE_SCRIPT_ID] });
  return wanted;
}

/** Background: start the coach in a tab that was open before its site was enabled. */
export async function injectIntoTab(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [CONTENT_SCRIPT_FILE] });
}

let started = false;

export function startSiteAccess(): void {
  if (started) return;
  started = true;
  const sync = (): void => {
    syncSiteScripts().catch((error: unknown) => console.warn('Rapport: could not register the enabled sites', error));
  };
  sync();
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
}
