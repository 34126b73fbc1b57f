/**
 * Admin-managed policy: parse (./schema, pure), resolve forced packs (./resolve, uses lib/packs),
 * merge with the agent's settings (./merge, pure), read storage.managed (./read), and keep the
 * resolved policy in extension storage for the tabs (./sync, background only).
 * Content scripts import ./merge and ./schema directly (no schema or YAML library there).
 * Keys and examples: docs/admin-policy.md.
 */
export * from './schema';
export * from './merge';
export { resolvePolicy, NO_POLICY, type ResolvedPolicy, type ResolvedForcedPack } from './resolve';
export { isExportAllowed, readManagedPolicy, readManagedStorage, EXPORT_DISABLED_MESSAGE } from './read';
