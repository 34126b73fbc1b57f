/**
 * Install-time host access: the hosted help desks Rapport has adapters for, plus local desks.
 * Self-hosted desks on other hosts (Request Tracker, osTicket, ServiceNow on a custom domain) are
 * enabled per site from the popup through optional host permissions.
 */
export const DESK_HOST_PATTERNS: readonly string[] = [
  'https://*.zendesk.com/*',
  'https://*.freshdesk.com/*',
  'https://desk.zoho.com/*',
  'https://desk.zoho.eu/*',
  'https://desk.zoho.in/*',
  'https://desk.zoho.com.au/*',
  'https://desk.zoho.jp/*',
  'https://*.service-now.com/*',
  'https://*.servicenowservices.com/*',
  'https://*.atlassian.net/*',
  'https://*.lightning.force.com/*',
  'https://*.my.salesforce.com/*',
  'https://secure.helpscout.net/*',
  'https://app.helpscout.com/*',
  'https://app.intercom.com/*',
  'https://app.eu.intercom.com/*',
  'https://app.au.intercom.com/*',
  'https://*.frontapp.com/*',
  'https://app.hubspot.com/*',
  'https://app-eu1.hubspot.com/*',
  'https://*.gorgias.com/*',
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
];

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
