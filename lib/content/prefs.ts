/**
 * What the sidebar remembers for the agent, in the extension's own storage (`browser.storage.local`,
 * never the page's localStorage, which the desk can read):
 *   rapport.sidebar.<host>  — { collapsed } per site, so a desk where the agent keeps it as a badge
 *                            opens as a badge next time;
 *   rapport.ignoredRules    — rule ids the agent chose "Ignore this rule" for, on every site, until
 *                            they restore them (sidebar footer);
 *   rapport.siteIgnoredRules.<host> — rule ids ignored on that site only, likewise.
 * Reads are forgiving (damaged values read as defaults); storage failures never disturb typing.
 */
import { browser } from 'wxt/browser';

export const IGNORED_RULES_KEY = 'rapport.ignoredRules';
const SIDEBAR_KEY_PREFIX = 'rapport.sidebar.';
const SITE_IGNORED_RULES_PREFIX = 'rapport.siteIgnoredRules.';
const MAX_IGNORED_RULES = 500;
const RULE_ID = /^[a-z0-9][a-z0-9._:/-]{0,119}$/i;

export interface SidebarPrefs {
  collapsed: boolean;
  /** False when the agent never chose on this site: Rapport then opens the panel only where it has room. */
  chosen: boolean;
}

/** The part of `browser.storage` used here (a fake in unit tests). */
export interface PrefsStorage {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface PrefsEvents {
  addListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
  removeListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
}

export function sidebarKey(host: string): string {
  return SIDEBAR_KEY_PREFIX + (host.toLowerCase() || 'local');
}

/** The storage key of one site's ignored rules (the options page and tests read them all). */
export function siteIgnoredRulesKey(host: string): string {
  return SITE_IGNORED_RULES_PREFIX + (host.toLowerCase() || 'local');
}

export function readIgnoredRules(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const ids = raw.filter((id): id is string => typeof id === 'string' && RULE_ID.test(id));
  return [...new Set(ids)].slice(0, MAX_IGNORED_RULES);
}

export function readSidebarPrefs(raw: unknown): SidebarPrefs {
  const stored = typeof raw === 'object' && raw !== null ? (raw as { collapsed?: unknown }).collapsed : undefined;
  return { collapsed: stored === true, chosen: typeof stored === 'boolean' };
}

export interface Prefs {
  /** Resolves with what is stored (defaults when nothing or storage is unavailable). */
  load(): Promise<{ sidebar: SidebarPrefs; ignoredRules: string[]; siteIgnoredRules: string[] }>;
  saveSidebar(prefs: Pick<SidebarPrefs, 'collapsed'>): void;
  saveIgnoredRules(ids: readonly string[]): void;
  saveSiteIgnoredRules(ids: readonly string[]): void;
  /** Changes made elsewhere (another tab, the options page). Returns a function that stops listening. */
  onIgnoredRulesChanged(cb: (ids: string[]) => void): () => void;
  onSiteIgnoredRulesChanged(cb: (ids: string[]) => void): () => void;
}

function extensionStorage(): { area: PrefsStorage; events: PrefsEvents } | null {
  try {
    const area = browser.storage?.local as unknown as PrefsStorage | undefined;
    const events = browser.storage?.onChanged as unknown as PrefsEvents | undefined;
    return area && events ? { area, events } : null;
  } catch {
    // The extension was reloaded under the page: its APIs are gone.
    return null;
  }
}

export function createPrefs(host: string, storage = extensionStorage()): Prefs {
  const key = sidebarKey(host);
  const siteKey = siteIgnoredRulesKey(host);
  const write = (items: Record<string, unknown>): void => {
    try {
      void storage?.area.set(items).catch(() => undefined);
    } catch {
      // No storage left (extension reloaded): the preference lives for this page only.
    }
  };
  return {
    async load() {
      try {
        const got = storage ? await storage.area.get([key, IGNORED_RULES_KEY, siteKey]) : {};
        return { sidebar: readSidebarPrefs(got[key]), ignoredRules: readIgnoredRules(got[IGNORED_RULES_KEY]), siteIgnoredRules: readIgnoredRules(got[siteKey]) };
      } catch {
        return { sidebar: { collapsed: false, chosen: false }, ignoredRules: [], siteIgnoredRules: [] };
      }
    },
    saveSidebar(prefs) {
      write({ [key]: { collapsed: prefs.collapsed } });
    },
    saveIgnoredRules(ids) {
      write({ [IGNORED_RULES_KEY]: readIgnoredRules([...ids]) });
    },
    saveSiteIgnoredRules(ids) {
      write({ [siteKey]: readIgnoredRules([...ids]) });
    },
    onIgnoredRulesChanged: (cb) => listen(IGNORED_RULES_KEY, cb),
    onSiteIgnoredRulesChanged: (cb) => listen(siteKey, cb),
  };

  /** Follows one key's changes in extension storage (another tab, the options page). */
  function listen(watched: string, cb: (ids: string[]) => void): () => void {
    if (!storage) return () => undefined;
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
      if (area === 'local' && watched in changes) cb(readIgnoredRules(changes[watched]?.newValue));
    };
    try {
      storage.events.addListener(listener);
    } catch {
      return () => undefined;
    }
    return () => {
      try {
        storage.events.removeListener(listener);
      } catch {
        // Already gone with the extension context.
      }
    };
  }
}

/** Every rule the agent ignored, as the options page lists them: everywhere, then per site. */
export interface IgnoredRulesByScope {
  everywhere: string[];
  sites: { host: string; key: string; ids: string[] }[];
}

/** Reads the ignored rules out of all of extension storage (`storage.local.get(null)`); sites in name order. */
export function readAllIgnoredRules(items: Record<string, unknown>): IgnoredRulesByScope {
  const sites = Object.keys(items)
    .filter((key) => key.startsWith(SITE_IGNORED_RULES_PREFIX))
    .map((key) => ({ host: key.slice(SITE_IGNORED_RULES_PREFIX.length), key, ids: readIgnoredRules(items[key]) }))
    .filter((site) => site.ids.length > 0)
    .sort((a, b) => a.host.localeCompare(b.host));
  return { everywhere: readIgnoredRules(items[IGNORED_RULES_KEY]), sites };
}

/** Whether a storage change touches any ignored-rules list. */
export function isIgnoredRulesKey(key: string): boolean {
  return key === IGNORED_RULES_KEY || key.startsWith(SITE_IGNORED_RULES_PREFIX);
}
