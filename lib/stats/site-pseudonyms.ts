/**
 * Sites as stable pseudonyms in exports. Stats name a page by its desk adapter's id ("zendesk") or,
 * on pages only the generic adapter covers, by the page's host name — often an internal one
 * ("helpdesk.corp.example"). When the agent keeps the (default) option on, every host name in an
 * export becomes "site-" + the first 8 hex digits of HMAC-SHA256(host name) under a secret made
 * for this agent on first use: the same host always gets the same pseudonym in this agent's
 * exports, so a lead can still compare days and sites, but the name never leaves the machine and
 * cannot be recovered by hashing guesses without the secret. Desk ids are product names, not
 * hosts, and stay as they are.
 *
 * The secret is a non-extractable HMAC key in the stats database's `meta` table; "Delete all my
 * data" deletes it, so later pseudonyms are unlinkable to earlier ones, as the agent id is.
 */
import type { StatsDb } from './schema';

const SITE_SECRET_KEY = 'siteSecret';
const HMAC = { name: 'HMAC', hash: 'SHA-256' } as const;

/**
 * Site labels that are not host names: the desk adapters' ids (tests/unit/site-pseudonyms.test.ts
 * checks this matches lib/sites/desks.ts), a taught desk, and the label for an unnamed page.
 */
export const NAMED_SITES: ReadonlySet<string> = new Set([
  'zendesk',
  'freshdesk',
  'zoho-desk',
  'servicenow',
  'jira-service-management',
  'salesforce',
  'help-scout',
  'intercom',
  'front',
  'hubspot',
  'gorgias',
  'gmail',
  'outlook',
  'request-tracker',
  'osticket',
  'freescout',
  'profile',
  'local',
]);

const PSEUDONYM = /^site-[0-9a-f]{8}$/;

/** Whether this site label is a host name (the generic adapter's), which the option hides. */
export const isHostSite = (site: string) => !NAMED_SITES.has(site) && !PSEUDONYM.test(site);

async function siteSecret(db: StatsDb): Promise<CryptoKey> {
  const stored = (await db.meta.get(SITE_SECRET_KEY))?.value;
  if (typeof CryptoKey !== 'undefined' && stored instanceof CryptoKey) return stored;
  const fresh = (await crypto.subtle.generateKey(HMAC, false, ['sign'])) as CryptoKey;
  return db.transaction('rw', db.meta, async () => {
    const again = (await db.meta.get(SITE_SECRET_KEY))?.value;
    if (again instanceof CryptoKey) return again;
    await db.meta.put({ key: SITE_SECRET_KEY, value: fresh });
    return fresh;
  });
}

/**
 * A function from site label to what an export says: host names become their pseudonyms, desk ids
 * stay. Reads (or makes) the agent's secret once; computes each host's pseudonym once.
 */
export async function sitePseudonymiser(db: StatsDb): Promise<(sites: Iterable<string>) => Promise<Map<string, string>>> {
  const secret = await siteSecret(db);
  return async (sites) => {
    const out = new Map<string, string>();
    for (const site of new Set(sites)) {
      if (!isHostSite(site)) {
        out.set(site, site);
        continue;
      }
      const mac = new Uint8Array(await crypto.subtle.sign('HMAC', secret, new TextEncoder().encode(site)));
      out.set(site, `site-${Array.from(mac.subarray(0, 4), (b) => b.toString(16).padStart(2, '0')).join('')}`);
    }
    return out;
  };
}
