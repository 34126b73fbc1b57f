/**
 * Site adapters: the desks (lib/sites/desks.ts, most specific first), then the generic adapter,
 * which matches every page and stays last.
 */
import { deskAdapters } from './desks';
import { genericAdapter } from './generic';
import type { SiteAdapter } from './types';

export type { SiteAdapter } from './types';
export { genericAdapter } from './generic';
export { deskAdapters } from './desks';

/** The adapter for this page: the first desk whose hosts or markers match, else the generic one. */
export function adapterFor(url: URL, doc: Document): SiteAdapter {
  return deskAdapters.find((a) => a.matches(url, doc)) ?? genericAdapter;
}

/**
 * The adapter that claims `editor` as a reply box on the page `url`/`doc` (the top document): the
 * page's desk adapter, or the generic one when the desk's selectors don't cover it (a changed desk
 * UI should degrade, not go silent).
 * Undefined when the editor is not a reply box at all (a search field, our own UI).
 */
export function adapterForEditor(url: URL, doc: Document, editor: HTMLElement): SiteAdapter | undefined {
  const desk = adapterFor(url, doc);
  if (desk.isReplyBox(editor)) return desk;
  if (desk !== genericAdapter && genericAdapter.isReplyBox(editor)) return genericAdapter;
  return undefined;
}
