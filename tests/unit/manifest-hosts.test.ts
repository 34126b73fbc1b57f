/**
 * The manifest's desk hosts come from the adapters: every host a desk adapter claims pages on is
 * in the content script's matches the real wxt.config.ts hook writes (Chrome MV3 and Firefox MV2,
 * `npm run build` and store builds), including moved and per-company hosts, and nothing else is.
 * Self-hosted desks stay out: they are enabled per site through the optional host permissions.
 */
import { describe, expect, it } from 'vitest';
import { deskAdapters } from '../../lib/sites/desks';
import { genericAdapter } from '../../lib/sites';
import { deskHostPattern, onDeskHost } from '../../lib/sites/hosts';
import { LOCAL_HOST_PATTERNS, patternMatches } from '../../lib/sites/host-permissions';
import { generated } from './helpers/manifest';

/** URLs an adapter's host entry stands for: the host itself and, for `*.`, a company subdomain. */
function urlsFor(host: string): URL[] {
  if (!host.startsWith('*.')) return [new URL(`https://${host}/agent/`)];
  const base = host.slice(2);
  return [new URL(`https://${base}/`), new URL(`https://acme-support.${base}/agent/tickets/1`)];
}

describe('manifest desk hosts come from the adapters', () => {
  const hosted = deskAdapters.filter((adapter) => adapter.hosts.length > 0);

  for (const mode of ['production', 'store'] as const) {
    for (const manifestVersion of [3, 2] as const) {
      const matches = generated(mode, manifestVersion).content_scripts.flatMap((c) => c.matches);

      it(`${mode} MV${manifestVersion}: every adapter's hosts are in the content script's matches`, () => {
        for (const adapter of hosted) {
          for (const host of adapter.hosts) {
            for (const url of urlsFor(host)) {
              expect(onDeskHost(url, adapter.hosts), `${adapter.id} claims ${url.href}`).toBe(true);
              expect(matches.some((p) => patternMatches(p, url)), `${adapter.id}: ${url.href} is registered`).toBe(true);
            }
          }
        }
      });

      it(`${mode} MV${manifestVersion}: no desk match the adapters don't claim, and no declared leftovers`, () => {
        const fromAdapters = new Set(hosted.flatMap((a) => a.hosts.map(deskHostPattern)));
        const extra = matches.filter((p) => !fromAdapters.has(p) && !LOCAL_HOST_PATTERNS.includes(p));
        expect(extra).toEqual([]);
      });
    }
  }

  it('covers the moved and per-company hosts by name', () => {
    const matches = generated('store', 3).content_scripts.flatMap((c) => c.matches);
    for (const url of [
      'https://app.helpscout.com/conversation/1/',
      'https://secure.helpscout.net/conversation/1/',
      'https://acme.frontapp.com/open/cnv_1',
      'https://app.frontapp.com/inboxes',
      'https://acme.zendesk.com/agent/tickets/1',
      'https://acme.lightning.force.com/lightning/r/Case/1/view',
      'https://app-eu1.hubspot.com/live-messages/1',
      'https://acme.gorgias.com/app/ticket/1',
      'https://outlook.cloud.microsoft/mail/',
      'https://desk.zoho.eu/agent/acme/',
    ]) {
      expect(matches.some((p) => patternMatches(p, new URL(url))), url).toBe(true);
    }
  });

  it('leaves every other host to "Enable on this site" (optional host permissions)', () => {
    for (const manifestVersion of [3, 2] as const) {
      const manifest = generated('store', manifestVersion);
      const matches = manifest.content_scripts.flatMap((c) => c.matches);
      for (const url of ['https://rt.acme.example/Ticket/Display.html?id=1', 'https://helpdesk.acme.example/scp/tickets.php', 'https://www.helpscout.com/pricing/']) {
        expect(matches.some((p) => patternMatches(p, new URL(url))), url).toBe(false);
      }
      const optional = manifestVersion === 3 ? manifest.optional_host_permissions : manifest.optional_permissions;
      expect(optional).toEqual(expect.arrayContaining(['https://*/*', 'http://*/*']));
    }
    expect(genericAdapter.hosts).toEqual([]);
  });

  it('claims pages over https only, on the host or (for *.) its subdomains', () => {
    expect(onDeskHost(new URL('http://acme.zendesk.com/'), ['*.zendesk.com'])).toBe(false);
    expect(onDeskHost(new URL('https://zendesk.com.evil.example/'), ['*.zendesk.com'])).toBe(false);
    expect(onDeskHost(new URL('https://notzendesk.com/'), ['*.zendesk.com'])).toBe(false);
    expect(onDeskHost(new URL('https://eu.app.helpscout.com/'), ['app.helpscout.com'])).toBe(false);
    expect(() => deskHostPattern('https://x.example')).toThrow(/Not a desk host/);
    expect(() => deskHostPattern('*.com')).toThrow(/Not a desk host/);
  });
});
