/**
 * Settings in a tab, live: the content script reads the settings, team packs and resolved policy
 * from extension storage, compiles the enabled packs, and hears about every change through
 * `storage.onChanged`, so the coach re-checks the open draft with the new options without a reload.
 *
 * Light on purpose (no schema or YAML library): packs were validated when they were imported (or by
 * the background for forced packs); here they are only compiled.
 */
import { browser } from 'wxt/browser';
import type { CheckOptions, RuleSet } from '../engine/types';
import { compilePack } from '../packs/compile';
import type { Pack } from '../packs/schema';
import { activePacks, checkPreferences, isSiteEnabled, mergePolicy, type EffectiveSettings } from '../policy/merge';
import { EMPTY_POLICY } from '../policy/schema';
import { freshSettings } from './schema';
import { loadState, subscribeState, type ChangeEvents, type StorageArea } from './store';
import { readProfile, type SiteProfile, type SourcedProfile } from '../profiles/profile';

export type CoachOptions = Pick<CheckOptions, 'disabled' | 'severity' | 'ignorePhrases' | 'pack'> & {
  /** Categories the organisation keeps on (the coach won't remember "Ignore this rule" there). */
  lockedCategories?: readonly string[];
};

export interface LiveSettings {
  effective: EffectiveSettings;
  /** Options for the engine's check(); `pack` keeps its identity while the packs don't change. */
  checkOptions: CoachOptions;
  siteEnabled(host: string): boolean;
  /** Every site profile that may apply: the organisation's forced packs', enabled packs', the agent's own. */
  siteProfiles: SourcedProfile[];
}

/** The site profiles from the enabled packs (forced ones are the organisation's) and the agent's own. */
export function collectProfiles(effective: EffectiveSettings, own: readonly SiteProfile[]): SourcedProfile[] {
  const out: SourcedProfile[] = [];
  for (const pack of effective.packs) {
    if (!pack.enabled) continue;
    for (const raw of pack.pack.siteProfiles ?? []) {
      // Validated on import; read again here because stored data is never trusted blindly.
      const profile = readProfile(raw);
      if (profile) out.push({ profile, source: pack.forced ? 'policy' : 'pack', from: pack.name });
    }
  }
  for (const profile of own) out.push({ profile, source: 'own' });
  return out;
}

/** Compiles packs, reusing earlier results, and keeps the same array while nothing changed (the engine caches checkers by it). */
export function createPackCompiler(onProblem: (message: string) => void = () => undefined): (packs: readonly Pack[]) => RuleSet[] {
  let cache = new Map<string, RuleSet>();
  let last: { keys: string[]; sets: RuleSet[] } = { keys: [], sets: [] };
  return (packs) => {
    const next = new Map<string, RuleSet>();
    const keys: string[] = [];
    const sets: RuleSet[] = [];
    for (const pack of packs) {
      const key = JSON.stringify(pack);
      let set = cache.get(key) ?? next.get(key);
      if (!set) {
        try {
          set = compilePack(pack);
        } catch (error) {
          onProblem(`team pack "${String(pack.name)}" could not be compiled (${error instanceof Error ? error.message : String(error)}); skipped`);
          continue;
        }
      }
      next.set(key, set);
      keys.push(key);
      sets.push(set);
    }
    cache = next;
    if (keys.length === last.keys.length && keys.every((k, i) => k === last.keys[i])) return last.sets;
    last = { keys, sets };
    return sets;
  };
}

export interface WatchOptions {
  area?: StorageArea;
  events?: ChangeEvents;
}

/**
 * Calls `onChange` with the settings now and after every change. Storage failures leave the defaults
 * in place (coaching continues) and are logged. Returns a function that stops watching.
 */
export function watchSettings(onChange: (live: LiveSettings) => void, options: WatchOptions = {}): () => void {
  let area: StorageArea | undefined = options.area;
  let events: ChangeEvents | undefined = options.events;
  try {
    area ??= browser.storage?.local as unknown as StorageArea | undefined;
    events ??= browser.storage?.onChanged as unknown as ChangeEvents | undefined;
  } catch {
    // The extension was reloaded under the page: no storage; the defaults apply (below).
  }
  const compile = createPackCompiler((m) => console.warn(`Rapport: ${m}`));
  let stopped = false;
  let generation = 0;

  const refresh = async (): Promise<void> => {
    const mine = ++generation;
    try {
      if (!area) throw new Error('extension storage is not available');
      const state = await loadState(area);
      if (stopped || mine !== generation) return;
      const effective = mergePolicy(state.settings, state.packs, state.policy);
      const sets = compile(activePacks(effective));
      onChange({
        effective,
        checkOptions: {
          ...checkPreferences(effective),
          ...(sets.length ? { pack: sets } : {}),
          ...(effective.lockedCategories.length ? { lockedCategories: effective.lockedCategories } : {}),
        },
        siteEnabled: (host) => isSiteEnabled(effective, host),
        siteProfiles: collectProfiles(effective, state.profiles),
      });
    } catch (error) {
      // Unreadable storage (or the extension going away): coach with the defaults rather than not at all.
      console.warn('Rapport: could not read settings; using the defaults', error);
      if (stopped || mine !== generation) return;
      const effective = mergePolicy(freshSettings(), [], { ...EMPTY_POLICY, forcedPacks: [] });
      onChange({ effective, checkOptions: checkPreferences(effective), siteEnabled: () => true, siteProfiles: [] });
    }
  };

  let unsubscribe: () => void = () => undefined;
  try {
    if (events) unsubscribe = subscribeState(events, () => void refresh());
  } catch (error) {
    console.warn('Rapport: settings changes will not apply until the page reloads', error);
  }
  void refresh();
  return () => {
    stopped = true;
    unsubscribe();
  };
}
