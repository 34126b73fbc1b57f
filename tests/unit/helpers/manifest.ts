/** The real wxt.config.ts manifest hook, run on a manifest shaped as WXT generates it. */
import config from '../../../wxt.config';

type Manifest = { content_scripts: { matches: string[]; js?: string[] }[]; optional_host_permissions?: string[]; optional_permissions?: string[]; permissions: string[] };
type Hook = (wxt: { config: { mode: string; manifestVersion: 2 | 3 } }, manifest: Manifest) => void;

export function generated(mode: string, manifestVersion: 2 | 3): Manifest {
  const manifest: Manifest = {
    // As WXT generates it from entrypoints/content.ts; the hook rewrites the matches from the adapters.
    content_scripts: [{ matches: ['https://declared.example/*'], js: ['content-scripts/content.js'] }],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    permissions: ['storage', 'alarms', 'notifications', 'scripting', 'activeTab'],
  };
  const hook = (config.hooks as Record<string, Hook>)['build:manifestGenerated']!;
  hook({ config: { mode, manifestVersion } }, manifest);
  return manifest;
}

