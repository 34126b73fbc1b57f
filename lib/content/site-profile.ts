/**
 * The content script's side of site profiles (lib/profiles): which one applies on this page, what
 * the popup is told about it, and saving the one the agent just taught (lib/content/teach.ts).
 */
import { browser } from 'wxt/browser';
import type { ProfileStatus } from '../messages';
import { profileProblems } from '../profiles/adapter';
import { profileFor, profileOrigin, type SiteProfile, type SourcedProfile } from '../profiles/profile';
import { changeProfiles, type StorageArea } from '../settings/store';
import { t } from '../i18n';

/** The profile for this page's origin (the organisation's, a pack's, else the agent's own). */
export function pageProfile(win: Window, profiles: readonly SourcedProfile[]): SourcedProfile | undefined {
  try {
    return profileFor(profileOrigin(new URL(win.location.href)), profiles);
  } catch {
    return undefined;
  }
}

/** Exactly `{ type: 'rapport:teach' }` (no schema library in the page). */
export function isTeachRequest(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && (raw as { type?: unknown }).type === 'rapport:teach' && Object.keys(raw).length === 1;
}

/** What the popup shows: the profile, whether it works here, and what it reads. */
export function profileStatus(
  doc: Document,
  sourced: SourcedProfile | undefined,
  inUse: boolean,
  customerMessage: string | undefined,
): ProfileStatus | undefined {
  if (!sourced) return undefined;
  let problems: string[];
  try {
    problems = profileProblems(sourced.profile, doc);
  } catch (error) {
    problems = [t('profile_check_failed', error instanceof Error ? error.message : String(error))];
  }
  return {
    name: sourced.profile.name,
    source: sourced.source,
    ...(sourced.from ? { from: sourced.from } : {}),
    problems,
    inUse,
    ...(inUse && customerMessage ? { customerExcerpt: customerMessage.length > 120 ? `${customerMessage.slice(0, 120)}…` : customerMessage } : {}),
  };
}

/** Keep `profile` as the agent's own for its origin, replacing an earlier one. */
export async function saveOwnProfile(profile: SiteProfile): Promise<void> {
  const area = browser.storage.local as unknown as StorageArea;
  await changeProfiles(area, (list) => [...list.filter((p) => p.origin !== profile.origin), profile]);
}
