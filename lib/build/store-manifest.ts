/**
 * Store builds (`npm run zip`, WXT mode "store") ship without the local-desk matches: a published
 * extension should not inject into every app on the agent's own machine (http://localhost,
 * http://127.0.0.1) in every frame. A local desk there is enabled like any self-hosted one, with
 * "Enable on this site" in the popup. `npm run build` keeps them: the demo and the test suites
 * coach on 127.0.0.1 with no extra step (the public test contract).
 */
import { DESK_HOST_PATTERNS, INSTALL_HOST_PATTERNS, LOCAL_HOST_PATTERNS } from '../sites/host-permissions';

export const STORE_MODE = 'store';

/** The coach's content script in the build (entrypoints/content.ts). */
const COACH_SCRIPT = 'content-scripts/content.js';

interface ManifestHosts {
  content_scripts?: { matches?: string[]; js?: string[] }[];
  host_permissions?: string[];
  permissions?: unknown[];
}

/** The manifest without the local-desk patterns anywhere Rapport asks for install-time access. */
export function withoutLocalDesks<M extends ManifestHosts>(manifest: M): M {
  const local = new Set<unknown>(LOCAL_HOST_PATTERNS);
  const keep = <T>(list: T[] | undefined): T[] | undefined => list?.filter((p) => !local.has(p));
  return {
    ...manifest,
    ...(manifest.content_scripts ? { content_scripts: manifest.content_scripts.map((c) => ({ ...c, ...(c.matches ? { matches: keep(c.matches) } : {}) })) } : {}),
    ...(manifest.host_permissions ? { host_permissions: keep(manifest.host_permissions) } : {}),
    ...(manifest.permissions ? { permissions: keep(manifest.permissions) } : {}),
  };
}

/** Where the coach is registered at install time: every desk adapter's hosts, and (not in store builds) local desks. */
function coachMatches(mode: string): string[] {
  return [...(mode === STORE_MODE ? DESK_HOST_PATTERNS : INSTALL_HOST_PATTERNS)];
}

/**
 * The manifest with the coach's content script registered for exactly the adapters' hosts
 * (lib/sites/host-permissions.ts), whatever the entrypoint declared: the one list of desk hosts.
 */
export function withDeskMatches<M extends ManifestHosts>(manifest: M, mode: string): M {
  if (!manifest.content_scripts) return manifest;
  const matches = coachMatches(mode);
  return {
    ...manifest,
    content_scripts: manifest.content_scripts.map((c) => (c.js?.includes(COACH_SCRIPT) ? { ...c, matches: [...matches] } : c)),
  };
}
