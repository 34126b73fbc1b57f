/**
 * Store zips (`npm run zip`) don't inject into local apps: the manifest's install-time matches
 * leave out http://localhost and http://127.0.0.1 in WXT's "store" mode, while `npm run build`
 * (the demo and the test suites) keeps them. The real config hook is run on a manifest as WXT
 * generates it, for Chrome (MV3) and Firefox (MV2).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DESK_HOST_PATTERNS, LOCAL_HOST_PATTERNS } from '../../lib/sites/host-permissions';
import { generated } from './helpers/manifest';

describe('store builds', () => {
  it('npm run zip builds both browsers in store mode; npm run build does not', () => {
    const scripts = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.zip).toBe('wxt zip --mode store && wxt zip -b firefox --mode store');
    expect(scripts.build).toMatch(/^wxt build(?: |$)/);
    expect(scripts.build).not.toMatch(/--mode\s+store/);
  });

  for (const manifestVersion of [3, 2] as const) {
    it(`store mode leaves the local desks out of the MV${manifestVersion} manifest, and keeps every desk`, () => {
      const store = generated('store', manifestVersion);
      const matches = store.content_scripts.flatMap((c) => c.matches);
      for (const local of LOCAL_HOST_PATTERNS) expect(matches).not.toContain(local);
      expect(matches.sort()).toEqual([...DESK_HOST_PATTERNS].sort());
      expect([...store.permissions, ...(store.optional_permissions ?? [])].filter((p) => /localhost|127\.0\.0\.1/.test(p))).toEqual([]);
      // Local desks can still be enabled one by one: the optional origins stay.
      expect(manifestVersion === 3 ? store.optional_host_permissions : store.optional_permissions).toEqual(expect.arrayContaining(['http://*/*']));
    });

    it(`production mode (npm run build) keeps the local desks in the MV${manifestVersion} manifest`, () => {
      const matches = generated('production', manifestVersion).content_scripts.flatMap((c) => c.matches);
      for (const local of LOCAL_HOST_PATTERNS) expect(matches).toContain(local);
    });
  }
});
