/**
 * Where a hosted desk is served from, written once per adapter as match-pattern hosts: an exact
 * host (`app.helpscout.com`) or a wildcard (`*.frontapp.com`: the domain and every subdomain, as
 * Chrome's match patterns read it). The same list decides which adapter claims a page and, through
 * lib/sites/host-permissions.ts, which hosts the manifest registers the content script for, so the
 * two cannot drift apart (a moved desk host is changed in one place).
 */

const HOST = /^(\*\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;

/** Throws on anything that is not `host.tld` or `*.host.tld` (a typo must fail the build, not the desk). */
export function checkDeskHost(host: string): string {
  if (!HOST.test(host)) throw new Error(`Not a desk host: "${host}" (write "app.example.com" or "*.example.com")`);
  return host;
}

/** Is `url` served from one of `hosts` (https only, as the manifest registers them)? */
export function onDeskHost(url: URL, hosts: readonly string[]): boolean {
  if (url.protocol !== 'https:') return false;
  const hostname = url.hostname.toLowerCase();
  return hosts.some((host) => {
    if (!host.startsWith('*.')) return hostname === host;
    const base = host.slice(2);
    return hostname === base || hostname.endsWith(`.${base}`);
  });
}

/** The manifest match pattern for a desk host. */
export function deskHostPattern(host: string): string {
  return `https://${checkDeskHost(host)}/*`;
}
