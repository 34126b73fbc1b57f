/**
 * The agent's coaching settings, kept in extension storage (`browser.storage.local`, never the
 * page's storage): which categories are on and how loud they are, the sites where Rapport stays
 * quiet, and the personal ignore list. Team packs are stored next to them (./packs.ts).
 *
 * Plain validation without a schema library, so the content script can read settings cheaply.
 * Reading is forgiving (a bad entry is dropped, the rest kept); changing is strict (./edit.ts).
 */
import { SEVERITIES, type Severity } from '../engine/types';

const SETTINGS_VERSION = 1;

export interface CategorySetting {
  enabled: boolean;
  /** Overrides the severity of every rule in the category; absent = each rule's own. */
  severity?: Severity;
}

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Only the categories the agent changed; the rest use the defaults (on, the rules' severity). */
  categories: Record<string, CategorySetting>;
  /** Host names (e.g. "acme.zendesk.com") where Rapport stays quiet. */
  disabledSites: string[];
  /** Phrases never to flag, as the agent typed them. */
  ignorePhrases: string[];
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  version: SETTINGS_VERSION,
  categories: {},
  disabledSites: [],
  ignorePhrases: [],
}) as Settings;

export const SETTINGS_LIMITS = {
  ignorePhrases: 500,
  ignorePhraseChars: 80,
  disabledSites: 500,
  categories: 200,
} as const;

const CATEGORY = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/;

export function isCategoryId(value: string): boolean {
  return value.length <= 40 && CATEGORY.test(value);
}

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

export function freshSettings(): Settings {
  return { version: SETTINGS_VERSION, categories: {}, disabledSites: [], ignorePhrases: [] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A site as the agent means it: "https://desk.acme.local:8443/path" or "Desk.Acme.Local" → the host
 * name "desk.acme.local". Undefined when it isn't one.
 */
export function siteHost(input: string): string | undefined {
  const text = input.trim().toLowerCase();
  if (!text) return undefined;
  let host = text;
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(text)) {
    if (!/^https?:/.test(text)) return undefined;
    try {
      host = new URL(text).hostname;
    } catch {
      return undefined;
    }
  } else if (/^[a-z][a-z0-9+.-]*:(?!\d)/.test(text)) {
    // "javascript:…", "mailto:…": a scheme, not "host:port".
    return undefined;
  } else {
    host = text.replace(/[/:?#].*$/, '');
  }
  host = host.replace(/\.$/, '');
  if (/^\[[0-9a-f:.]+\]$/.test(host)) return host;
  return HOST.test(host) ? host : undefined;
}

/** An ignore-list phrase, trimmed with inner spaces collapsed; undefined when unusable. */
export function cleanPhrase(input: string): string | undefined {
  const phrase = input.replace(/\s+/g, ' ').trim();
  if (!phrase || phrase.length > SETTINGS_LIMITS.ignorePhraseChars) return undefined;
  if (!/[\p{L}\p{N}]/u.test(phrase)) return undefined;
  return phrase;
}

export interface ReadSettings {
  settings: Settings;
  /** What was dropped while reading, and why. */
  problems: string[];
}

/** Settings from storage, keeping every valid entry. Never throws. */
export function readSettings(raw: unknown): ReadSettings {
  const problems: string[] = [];
  const settings = freshSettings();
  if (raw === undefined || raw === null) return { settings, problems };
  if (!isRecord(raw)) return { settings, problems: ['settings are not an object; defaults used'] };

  if (isRecord(raw.categories)) {
    for (const [id, value] of Object.entries(raw.categories).slice(0, SETTINGS_LIMITS.categories)) {
      if (!isCategoryId(id) || !isRecord(value) || typeof value.enabled !== 'boolean') {
        problems.push(`categories.${id.slice(0, 40)}: not a valid category setting; dropped`);
        continue;
      }
      const entry: CategorySetting = { enabled: value.enabled };
      if (value.severity !== undefined) {
        if (isSeverity(value.severity)) entry.severity = value.severity;
        else problems.push(`categories.${id}.severity: not a severity; dropped`);
      }
      settings.categories[id] = entry;
    }
  } else if (raw.categories !== undefined) problems.push('categories: not an object; dropped');

  const list = (key: 'disabledSites' | 'ignorePhrases', clean: (s: string) => string | undefined, max: number): string[] => {
    const value = raw[key];
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      problems.push(`${key}: not a list; dropped`);
      return [];
    }
    const out: string[] = [];
    const seen = new Set<string>();
    for (const item of value.slice(0, max)) {
      const cleaned = typeof item === 'string' ? clean(item) : undefined;
      if (cleaned === undefined) {
        problems.push(`${key}: ${JSON.stringify(item)?.slice(0, 60)} dropped`);
        continue;
      }
      if (seen.has(cleaned.toLowerCase())) continue;
      seen.add(cleaned.toLowerCase());
      out.push(cleaned);
    }
    return out;
  };
  settings.disabledSites = list('disabledSites', siteHost, SETTINGS_LIMITS.disabledSites);
  settings.ignorePhrases = list('ignorePhrases', cleanPhrase, SETTINGS_LIMITS.ignorePhrases);
  return { settings, problems };
}
