/**
 * Reading the organisation's policy from `browser.storage.managed`. Chrome fills it from the
 * `3rdparty.extensions.<id>` policy (checked against public/managed_schema.json); Firefox from
 * `3rdparty.Extensions.<id>` in policies.json. Without a policy Chrome returns {} and Firefox
 * rejects ("Managed storage manifest not found"): both mean "no policy".
 */
import { browser } from 'wxt/browser';
import { parsePolicy, type ManagedPolicy } from './schema';

export async function readManagedStorage(): Promise<Record<string, unknown>> {
  try {
    const managed = browser.storage?.managed;
    if (!managed) return {};
    return ((await managed.get()) ?? {}) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** The organisation's policy (invalid values dropped; see parsePolicy for the reasons). */
export async function readManagedPolicy(): Promise<{ policy: ManagedPolicy; problems: string[] }> {
  return parsePolicy(await readManagedStorage());
}

/**
 * May the agent export (stats JSON/CSV, team CSV, team packs)? False when the organisation set
 * `disableExport`. Extension pages call this before showing export buttons.
 */
export async function isExportAllowed(): Promise<boolean> {
  return !(await readManagedPolicy()).policy.disableExport;
}

export const EXPORT_DISABLED_MESSAGE = 'Exports are turned off by your organisation.';
