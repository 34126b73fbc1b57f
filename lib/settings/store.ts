/**
 * Where settings live: `browser.storage.local` of the extension (never the page's storage). Three
 * keys, each read forgivingly and written whole:
 *   rapport.settings       — the agent's settings (./schema.ts)
 *   rapport.teamPacks      — the agent's team packs (./packs.ts)
 *   rapport.managedPolicy  — the organisation's policy, resolved by the background from
 *                            storage.managed (lib/policy/sync.ts); read-only for everyone else.
 *   rapport.siteProfiles   — desks the agent taught Rapport (lib/profiles), one per origin.
 * Every open tab listens to `storage.onChanged`, so a change applies live.
 */
import type { PolicyForMerge } from '../policy/merge';
import { EMPTY_POLICY } from '../policy/schema';
import { isCategoryId, readSettings, freshSettings, type Settings } from './schema';
import { readStoredPacks, type StoredPack } from './packs';
import { readStoredProfiles, type SiteProfile } from '../profiles/profile';

export const SETTINGS_KEY = 'rapport.settings';
export const PACKS_KEY = 'rapport.teamPacks';
export const POLICY_KEY = 'rapport.managedPolicy';
const PROFILES_KEY = 'rapport.siteProfiles';
export const STATE_KEYS = [SETTINGS_KEY, PACKS_KEY, POLICY_KEY, PROFILES_KEY] as const;

/** The part of `browser.storage.local` used here (an in-memory fake in unit tests). */
export interface StorageArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The resolved policy as stored for the tabs (lib/policy/resolve.ts writes it). */
export interface StoredPolicy extends PolicyForMerge {
  problems: string[];
}

export interface SettingsState {
  settings: Settings;
  packs: StoredPack[];
  policy: StoredPolicy;
  /** The agent's own site profiles. */
  profiles: SiteProfile[];
  /** Entries dropped while reading, and why. */
  problems: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The stored policy, defensively: it only ever restricts, so a damaged entry falls back to "no lock". */
export function readStoredPolicy(raw: unknown): StoredPolicy {
  if (!isRecord(raw)) return { ...EMPTY_POLICY, forcedPacks: [], problems: [] };
  const forcedPacks = Array.isArray(raw.forcedPacks)
    ? raw.forcedPacks.filter(
        (p): p is { file: string; pack: StoredPack['pack'] } =>
          isRecord(p) && typeof p.file === 'string' && isRecord(p.pack) && typeof p.pack.name === 'string' && Array.isArray(p.pack.rules),
      )
    : [];
  return {
    forcedPacks: forcedPacks.map((p) => ({ file: p.file, pack: p.pack })),
    lockedCategories: Array.isArray(raw.lockedCategories) ? raw.lockedCategories.filter((c): c is string => typeof c === 'string' && isCategoryId(c)) : [],
    disableSiteSwitch: raw.disableSiteSwitch === true,
    disableExport: raw.disableExport === true,
    problems: Array.isArray(raw.problems) ? raw.problems.filter((p): p is string => typeof p === 'string') : [],
  };
}

export async function loadState(area: StorageArea): Promise<SettingsState> {
  const raw = await area.get([...STATE_KEYS]);
  const settings = readSettings(raw[SETTINGS_KEY]);
  const packs = readStoredPacks(raw[PACKS_KEY]);
  const profiles = readStoredProfiles(raw[PROFILES_KEY]);
  return {
    settings: settings.settings,
    packs: packs.packs,
    policy: readStoredPolicy(raw[POLICY_KEY]),
    profiles: profiles.profiles,
    problems: [...settings.problems, ...packs.problems, ...profiles.problems],
  };
}

/** Read, change, write. `edit` may throw a SettingsError: then nothing is written. */
export async function changeSettings(area: StorageArea, edit: (settings: Settings) => Settings): Promise<Settings> {
  const { settings } = readSettings((await area.get([SETTINGS_KEY]))[SETTINGS_KEY]);
  const next = edit(settings);
  await area.set({ [SETTINGS_KEY]: next });
  return next;
}

export async function changePacks(area: StorageArea, edit: (packs: StoredPack[]) => StoredPack[]): Promise<StoredPack[]> {
  const { packs } = readStoredPacks((await area.get([PACKS_KEY]))[PACKS_KEY]);
  const next = edit(packs);
  await area.set({ [PACKS_KEY]: next });
  return next;
}

/** Back to the defaults: every category on at its own severity, no sites off, empty ignore list. Packs stay. */
export async function resetSettings(area: StorageArea): Promise<Settings> {
  const settings = freshSettings();
  await area.set({ [SETTINGS_KEY]: settings });
  return settings;
}

type ChangeListener = (changes: Record<string, unknown>, areaName: string) => void;

/** The part of `browser.storage.onChanged` used here. */
export interface ChangeEvents {
  addListener(listener: ChangeListener): void;
  removeListener(listener: ChangeListener): void;
}

/** Calls `onChange` whenever any of the settings keys changes in local storage. Returns an unsubscribe. */
export function subscribeState(events: ChangeEvents, onChange: () => void): () => void {
  const listener: ChangeListener = (changes, areaName) => {
    if (areaName !== 'local') return;
    if (STATE_KEYS.some((key) => key in changes)) onChange();
  };
  events.addListener(listener);
  return () => events.removeListener(listener);
}

/** Read, change, write the agent's own site profiles (one per origin). */
export async function changeProfiles(area: StorageArea, edit: (profiles: SiteProfile[]) => SiteProfile[]): Promise<SiteProfile[]> {
  const { profiles } = readStoredProfiles((await area.get([PROFILES_KEY]))[PROFILES_KEY]);
  const next = edit(profiles);
  await area.set({ [PROFILES_KEY]: next });
  return next;
}
