/**
 * Install-time host access: the hosts of every desk adapter (each adapter's `hosts`, the same list
 * it matches pages by), plus local desks. Self-hosted desks on other hosts (Request Tracker,
 * osTicket, FreeScout, ServiceNow on a custom domain) are enabled per site from the popup through
 * optional host permissions ("Enable on this site").
 *
 * wxt.config.ts writes these into the manifest's content script matches; entrypoints/content.ts
 * declares them too (WXT's dev server reads them from there).
 */
import { deskAdapters } from './desks';
import { deskHostPattern } from './hosts';

export const DESK_HOST_PATTERNS: readonly string[] = [...new Set(deskAdapters.flatMap((adapter) => adapter.hosts.map(deskHostPattern)))];

/** Local desks (the demo, tests, a desk on the agent's own machine). */
export const LOCAL_HOST_PATTERNS: readonly string[] = ['http://127.0.0.1/*', 'http://localhost/*'];

/** Everything a content script is registered for at install time. */
export const INSTALL_HOST_PATTERNS: readonly string[] = [...DESK_HOST_PATTERNS, ...LOCAL_HOST_PATTERNS];

/** Does a match pattern (scheme://host/path, `*.` host wildcard) cover `url`? For tests and the popup. */
export function patternMatches(pattern: string, url: URL): boolean {
  const m = /^(\*|https?):\/\/(\*|\*\.[^/]+|[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`Not a host match pattern: ${pattern}`);
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  if (scheme === '*' && url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const hostname = url.hostname.toLowerCase();
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (hostname !== base && !hostname.endsWith(`.${base}`)) return false;
    } else if (hostname !== host) return false;
  }
  const pathRe = new RegExp(`^${path.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return pathRe.test(url.pathname + url.search);
}
