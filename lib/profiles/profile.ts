/**
 * A site profile: what an agent taught Rapport about one help desk origin ("Teach Rapport this
 * desk"), as plain data. Three CSS selectors, found on the live page and checked there: the reply
 * box, the control that switches the composer to an internal note, and the customer's messages.
 * Profiles are the agent's own (extension storage), ship inside a team pack, or come with an
 * organisation's forced pack; an organisation's beats a pack's, which beats the agent's own.
 *
 * This module has no schema library in it, so the content script can read profiles cheaply; the
 * strict schema for imported files and packs is ./schema.ts.
 */

export const PROFILE_VERSION = 1;

export interface SiteProfile {
  version: typeof PROFILE_VERSION;
  /** The page origin it applies to, e.g. "https://desk.acme.example" (scheme, host, port). */
  origin: string;
  /** What the agent called it (defaults to the host). */
  name: string;
  /** The reply box: the editable root, or an ancestor of it, matches this. */
  replyBox: string;
  /** The control (tab, toggle, checkbox, radio) that is on while the agent writes an internal note. */
  noteSwitch?: string;
  /** The customer's message bodies; the latest one is read. */
  customerMessage?: string;
}

export type ProfileSource = 'policy' | 'pack' | 'own';

/** A profile with where it came from (a pack's name for packs). */
export interface SourcedProfile {
  profile: SiteProfile;
  source: ProfileSource;
  from?: string;
}

export const PROFILE_LIMITS = {
  selectorChars: 500,
  nameChars: 80,
  ownProfiles: 200,
  packProfiles: 50,
} as const;

/** The origin of a page as profiles name it, or undefined for non-web pages. */
export function profileOrigin(url: URL): string | undefined {
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isOrigin(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 300) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}

function isSelectorText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0 && value.length <= PROFILE_LIMITS.selectorChars && !/[\r\n]/.test(value);
}

/** A stored profile with a plausible shape, or undefined. Never throws (selectors are checked on the page). */
export function readProfile(raw: unknown): SiteProfile | undefined {
  if (!isRecord(raw) || raw.version !== PROFILE_VERSION || !isOrigin(raw.origin) || !isSelectorText(raw.replyBox)) return undefined;
  if (raw.noteSwitch !== undefined && !isSelectorText(raw.noteSwitch)) return undefined;
  if (raw.customerMessage !== undefined && !isSelectorText(raw.customerMessage)) return undefined;
  const name = typeof raw.name === 'string' && raw.name.trim() ? raw.name.trim().slice(0, PROFILE_LIMITS.nameChars) : new URL(raw.origin).host;
  return {
    version: PROFILE_VERSION,
    origin: raw.origin,
    name,
    replyBox: raw.replyBox,
    ...(raw.noteSwitch !== undefined ? { noteSwitch: raw.noteSwitch as string } : {}),
    ...(raw.customerMessage !== undefined ? { customerMessage: raw.customerMessage as string } : {}),
  };
}

/** The agent's stored profiles, keeping every readable one (one per origin, the last wins). */
export function readStoredProfiles(raw: unknown): { profiles: SiteProfile[]; problems: string[] } {
  if (raw === undefined || raw === null) return { profiles: [], problems: [] };
  if (!Array.isArray(raw)) return { profiles: [], problems: ['site profiles: not a list; ignored'] };
  const byOrigin = new Map<string, SiteProfile>();
  const problems: string[] = [];
  raw.slice(0, PROFILE_LIMITS.ownProfiles).forEach((item, i) => {
    const profile = readProfile(item);
    if (profile) byOrigin.set(profile.origin, profile);
    else problems.push(`site profiles[${i}]: not a valid site profile; ignored`);
  });
  return { profiles: [...byOrigin.values()], problems };
}

/** The profile that applies on `origin`: the organisation's, else a pack's, else the agent's own. */
export function profileFor(origin: string | undefined, profiles: readonly SourcedProfile[]): SourcedProfile | undefined {
  if (!origin) return undefined;
  const rank: Record<ProfileSource, number> = { policy: 0, pack: 1, own: 2 };
  return profiles.filter((p) => p.profile.origin === origin).sort((a, b) => rank[a.source] - rank[b.source])[0];
}
