/**
 * A taught site profile (./profile.ts) as a site adapter. Its selectors are checked on the page
 * first: a profile whose selector is not valid CSS or matches nothing is broken, and is reported
 * (the popup says which selector) and ignored, so the desk's own adapter or the generic one applies
 * and the page never breaks. What the profile leaves out (no note switch, no customer messages)
 * falls back to that same adapter.
 */
import type { DraftKind } from '../engine/types';
import { closestAcross, isActive, messageText, queryDeep } from '../sites/dom';
import { nearest, QUOTED } from '../sites/define-desk';
import { latestMessage } from '../sites/thread-order';
import type { SiteAdapter } from '../sites/types';
import type { SiteProfile } from './profile';

const FIELDS = [
  ['replyBox', 'reply box'],
  ['noteSwitch', 'reply/note switch'],
  ['customerMessage', 'customer message'],
] as const;

/** The page's documents: the top one and its same-origin frames, all the way down. */
export function pageDocuments(doc: Document): Document[] {
  const docs = [doc];
  for (let i = 0; i < docs.length && docs.length < 20; i++) {
    for (const frame of Array.from(docs[i]!.querySelectorAll('iframe, frame'))) {
      try {
        const inner = (frame as HTMLIFrameElement).contentDocument;
        if (inner && !docs.includes(inner)) docs.push(inner);
      } catch {
        // Cross-origin frame: out of reach.
      }
    }
  }
  return docs;
}

function findAll(doc: Document, selector: string): Element[] {
  return pageDocuments(doc).flatMap((d) => queryDeep(d, selector));
}

/** What is wrong with `profile` on this page, one line per broken selector; empty when it works. */
export function profileProblems(profile: SiteProfile, doc: Document): string[] {
  const problems: string[] = [];
  for (const [field, label] of FIELDS) {
    const selector = profile[field];
    if (selector === undefined) continue;
    try {
      if (findAll(doc, selector).length === 0) problems.push(`the ${label} selector ${selector} matches nothing on this page`);
    } catch {
      problems.push(`the ${label} selector ${selector} is not valid CSS`);
    }
  }
  return problems;
}

function safely<T>(fn: () => T, otherwise: T): T {
  try {
    return fn();
  } catch {
    return otherwise;
  }
}

/** The adapter for a working profile; `fallback` answers what the profile doesn't say. */
export function profileAdapter(profile: SiteProfile, fallback: SiteAdapter): SiteAdapter {
  return {
    id: 'profile',
    name: `${profile.name} (taught)`,
    hosts: [],
    matches: (url) => url.origin === profile.origin,
    isReplyBox: (editor) => safely(() => closestAcross(editor, profile.replyBox) !== null, false),
    draftKind(editor): DraftKind {
      const selector = profile.noteSwitch;
      if (!selector) return fallback.draftKind(editor);
      const control = safely(() => nearest(editor, selector), null);
      return control && isActive(control) ? 'internal-note' : 'reply';
    },
    customerMessage(editor) {
      const selector = profile.customerMessage;
      if (!selector) return fallback.customerMessage(editor);
      const found = safely(() => findAll(editor.ownerDocument.defaultView?.top?.document ?? editor.ownerDocument, selector), [] as Element[]).filter(
        (el) => !el.contains(editor) && !editor.contains(el) && messageText(el, { skip: QUOTED }) !== '',
      );
      const latest = latestMessage(found, editor);
      return latest ? messageText(latest, { skip: QUOTED }) || undefined : undefined;
    },
  };
}
