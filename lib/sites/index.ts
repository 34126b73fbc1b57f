/**
 * Site adapters: the desks (lib/sites/desks.ts, most specific first), then the generic adapter,
 * which matches every page and stays last.
 */
import { deskAdapters } from './desks';
import { genericAdapter } from './generic';
import type { SiteAdapter } from './types';
import { profileAdapter, profileProblems } from '../profiles/adapter';
import type { SiteProfile } from '../profiles/profile';

export type { SiteAdapter } from './types';
export { genericAdapter } from './generic';

/** `ask()`, or false when it throws: one desk's broken selector must not stop the rest (warned, by desk). */
function safely(adapter: SiteAdapter, what: string, ask: () => boolean): boolean {
  try {
    return ask();
  } catch (error) {
    console.warn(`Rapport: the ${adapter.name} adapter failed (${what})`, error);
    return false;
  }
}

/** The adapter for this page: the first desk whose hosts or markers match, else the generic one. */
export function adapterFor(url: URL, doc: Document): SiteAdapter {
  return deskAdapters.find((a) => safely(a, 'matches', () => a.matches(url, doc))) ?? genericAdapter;
}

/**
 * The adapter that claims `editor` as a reply box on the page `url`/`doc` (the top document): the
 * page's desk adapter, or the generic one when the desk's selectors don't cover it (a changed desk
 * UI should degrade, not go silent; so should a desk adapter that throws).
 * A working site profile for the page's origin (lib/profiles) is asked first.
 * Undefined when the editor is not a reply box at all (a search field, our own UI).
 */
export function adapterForEditor(url: URL, doc: Document, editor: HTMLElement, profile?: SiteProfile): SiteAdapter | undefined {
  const desk = adapterFor(url, doc);
  // A profile the agent (or their team) taught for this origin comes first, when it works here.
  const deskClaims = safely(desk, 'isReplyBox', () => desk.isReplyBox(editor));
  if (profile && profile.origin === url.origin && profileProblems(profile, doc).length === 0) {
    const taught = profileAdapter(profile, deskClaims ? desk : genericAdapter);
    if (taught.isReplyBox(editor)) return taught;
  }
  if (deskClaims) return desk;
  if (desk !== genericAdapter && genericAdapter.isReplyBox(editor)) return genericAdapter;
  return undefined;
}
