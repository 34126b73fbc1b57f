/**
 * The settings that apply: the agent's own settings and team packs, with the organisation's policy
 * on top. Pure data in, data out — the content script, the options page and the popup all call it,
 * so what is shown as locked is exactly what is enforced.
 *
 *  - `lockedCategories`: on, whatever the agent chose (severity stays theirs to set).
 *  - `forcedPacks`: always enabled, cannot be removed; they apply after the agent's packs, so on a
 *    clash the organisation's rule wins. An agent's pack with the same name is shadowed.
 *  - `disableSiteSwitch`: no per-site off switch; Rapport runs wherever it is installed or enabled.
 *  - `disableExport`: no exports.
 */
import type { CheckOptions, Severity } from '../engine/types';
import type { Pack } from '../packs/schema';
import type { StoredPack } from '../settings/packs';
import type { Settings } from '../settings/schema';
import type { ManagedPolicy } from './schema';

/** The policy as the merge needs it: forced packs already validated (lib/policy/resolve.ts). */
export interface PolicyForMerge extends Omit<ManagedPolicy, 'forcedPacks'> {
  forcedPacks: readonly { file: string; pack: Pack }[];
}

export interface EffectiveCategory {
  enabled: boolean;
  severity?: Severity;
  /** Set by the organisation: the agent cannot switch it off. */
  locked: boolean;
}

export interface EffectivePack {
  name: string;
  version: string;
  fileName: string;
  pack: Pack;
  enabled: boolean;
  /** Installed by the organisation: always on, not removable. */
  forced: boolean;
  /** The agent's pack whose name an organisation pack also uses: the organisation's copy applies. */
  shadowed: boolean;
}

export interface EffectiveSettings {
  /** Categories the agent changed or the policy locks; any other category is on with its own severity. */
  categories: Readonly<Record<string, EffectiveCategory>>;
  lockedCategories: readonly string[];
  disabledSites: readonly string[];
  siteSwitchLocked: boolean;
  ignorePhrases: readonly string[];
  /** The agent's packs (in import order), then the organisation's. */
  packs: readonly EffectivePack[];
  exportAllowed: boolean;
}

export function mergePolicy(settings: Settings, userPacks: readonly StoredPack[], policy: PolicyForMerge): EffectiveSettings {
  const categories: Record<string, EffectiveCategory> = {};
  for (const [id, entry] of Object.entries(settings.categories)) {
    categories[id] = { enabled: entry.enabled, ...(entry.severity ? { severity: entry.severity } : {}), locked: false };
  }
  for (const id of policy.lockedCategories) {
    const own = categories[id];
    categories[id] = { enabled: true, ...(own?.severity ? { severity: own.severity } : {}), locked: true };
  }
  const forcedNames = new Set(policy.forcedPacks.map((p) => p.pack.name));
  const packs: EffectivePack[] = [
    ...userPacks.map((p) => ({
      name: p.name,
      version: p.version,
      fileName: p.fileName,
      pack: p.pack,
      enabled: p.enabled && !forcedNames.has(p.name),
      forced: false,
      shadowed: forcedNames.has(p.name),
    })),
    ...policy.forcedPacks.map((p) => ({
      name: p.pack.name,
      version: p.pack.version,
      fileName: p.file,
      pack: p.pack,
      enabled: true,
      forced: true,
      shadowed: false,
    })),
  ];
  return {
    categories,
    lockedCategories: [...policy.lockedCategories],
    disabledSites: policy.disableSiteSwitch ? [] : [...settings.disabledSites],
    siteSwitchLocked: policy.disableSiteSwitch,
    ignorePhrases: [...settings.ignorePhrases],
    packs,
    exportAllowed: !policy.disableExport,
  };
}

export function isCategoryEnabled(effective: EffectiveSettings, id: string): boolean {
  return effective.categories[id]?.enabled ?? true;
}

/** Is Rapport on for this host name? */
export function isSiteEnabled(effective: EffectiveSettings, host: string): boolean {
  return !effective.disabledSites.includes(host.toLowerCase().replace(/\.$/, ''));
}

/** The packs to run, in the order they win: later over earlier (organisation last). */
export function activePacks(effective: EffectiveSettings): Pack[] {
  return effective.packs.filter((p) => p.enabled).map((p) => p.pack);
}

/** The agent's preferences as engine options (the packs are compiled separately). */
export function checkPreferences(effective: EffectiveSettings): Required<Pick<CheckOptions, 'disabled' | 'severity' | 'ignorePhrases'>> {
  const disabled: string[] = [];
  const severity: Record<string, Severity> = {};
  for (const [id, entry] of Object.entries(effective.categories)) {
    if (!entry.enabled && !entry.locked) disabled.push(id);
    if (entry.severity) severity[id] = entry.severity;
  }
  return { disabled, severity, ignorePhrases: [...effective.ignorePhrases] };
}
