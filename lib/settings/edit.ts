/**
 * Changes to the settings, as pure functions: each returns new settings or throws a SettingsError
 * saying why (and changes nothing). The options page and popup call these through ./store.ts.
 */
import type { Severity } from '../engine/types';
import { cleanPhrase, isCategoryId, isSeverity, siteHost, SETTINGS_LIMITS, type Settings } from './schema';

export class SettingsError extends Error {
  override name = 'SettingsError';
}

function copy(settings: Settings): Settings {
  return {
    version: settings.version,
    categories: Object.fromEntries(Object.entries(settings.categories).map(([k, v]) => [k, { ...v }])),
    disabledSites: [...settings.disabledSites],
    ignorePhrases: [...settings.ignorePhrases],
  };
}

/** Switch a category on/off and/or set its severity (`null` = back to the rules' own severity). */
export function setCategory(settings: Settings, id: string, change: { enabled?: boolean; severity?: Severity | null }): Settings {
  if (!isCategoryId(id)) throw new SettingsError(`"${id.slice(0, 40)}" is not a category`);
  if (change.severity != null && !isSeverity(change.severity)) throw new SettingsError(`"${String(change.severity)}" is not a severity`);
  const next = copy(settings);
  const current = next.categories[id] ?? { enabled: true };
  const entry = { ...current, ...(change.enabled !== undefined ? { enabled: change.enabled } : {}) };
  if (change.severity === null) delete entry.severity;
  else if (change.severity !== undefined) entry.severity = change.severity;
  // Back to the default (on, rules' own severity): forget the entry, so new defaults reach the agent.
  if (entry.enabled && entry.severity === undefined) delete next.categories[id];
  else {
    if (!(id in next.categories) && Object.keys(next.categories).length >= SETTINGS_LIMITS.categories) {
      throw new SettingsError(`at most ${SETTINGS_LIMITS.categories} categories can be customised`);
    }
    next.categories[id] = entry;
  }
  return next;
}

/** Rapport on or off for a site (host name or URL). */
export function setSiteEnabled(settings: Settings, site: string, enabled: boolean): Settings {
  const host = siteHost(site);
  if (!host) throw new SettingsError(`"${site.slice(0, 80)}" is not a site address (for example desk.example.com)`);
  const next = copy(settings);
  const listed = next.disabledSites.includes(host);
  if (enabled) next.disabledSites = next.disabledSites.filter((h) => h !== host);
  else if (!listed) {
    if (next.disabledSites.length >= SETTINGS_LIMITS.disabledSites) throw new SettingsError(`at most ${SETTINGS_LIMITS.disabledSites} sites can be switched off`);
    next.disabledSites.push(host);
  }
  return next;
}

export function addIgnorePhrase(settings: Settings, input: string): Settings {
  const phrase = cleanPhrase(input);
  if (phrase === undefined) {
    throw new SettingsError(
      input.trim().length > SETTINGS_LIMITS.ignorePhraseChars
        ? `a phrase may be at most ${SETTINGS_LIMITS.ignorePhraseChars} characters`
        : 'type a word or phrase (with at least one letter or digit)',
    );
  }
  if (settings.ignorePhrases.some((p) => p.toLowerCase() === phrase.toLowerCase())) throw new SettingsError(`"${phrase}" is already on your list`);
  if (settings.ignorePhrases.length >= SETTINGS_LIMITS.ignorePhrases) throw new SettingsError(`the list holds at most ${SETTINGS_LIMITS.ignorePhrases} phrases`);
  const next = copy(settings);
  next.ignorePhrases.push(phrase);
  return next;
}

/** Removes a phrase; `index` is where it was, so an undo can put it back in place. */
export function removeIgnorePhrase(settings: Settings, phrase: string): { settings: Settings; index: number } {
  const index = settings.ignorePhrases.indexOf(phrase);
  const next = copy(settings);
  if (index >= 0) next.ignorePhrases.splice(index, 1);
  return { settings: next, index };
}

/** Undo of removeIgnorePhrase: the phrase goes back where it was (unless it is there already). */
export function restoreIgnorePhrase(settings: Settings, phrase: string, index: number): Settings {
  if (settings.ignorePhrases.some((p) => p.toLowerCase() === phrase.toLowerCase())) return settings;
  const next = copy(settings);
  next.ignorePhrases.splice(Math.max(0, Math.min(index, next.ignorePhrases.length)), 0, phrase);
  return next;
}
