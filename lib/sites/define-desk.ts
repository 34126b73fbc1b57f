/**
 * Most desks differ only in their selectors, so an adapter is a small description: which hosts,
 * which DOM markers (self-hosted desks), where the reply box is, how to tell a note from a reply,
 * and where the customer's messages are. Desks with odd composers override single answers.
 */
import type { DraftKind } from '../engine/types';
import type { SiteAdapter } from './types';
import { ancestorsAcross, closestAcross, frameElementOf, messageText, queryDeep } from './dom';
import { checkDeskHost, onDeskHost } from './hosts';
import { latestMessage, type ThreadOrder } from './thread-order';

export interface DeskSpec {
  id: string;
  name: string;
  /** Hosts the desk is served from: `app.example.com`, or `*.example.com` for every subdomain. */
  hosts?: readonly string[];
  /** A selector that identifies the desk on any host (self-hosted installs, custom domains). */
  markers?: string;
  /** The editable root, or one of its ancestors, matches this when it is a reply box. */
  replyBox: string;
  /** Customer reply or internal note; given the editable root. Defaults to 'reply'. */
  draftKind?: (editor: HTMLElement) => DraftKind;
  customer: {
    /** Each customer (requester) message body; the latest one (see `order`) wins. */
    message: string;
    /** Further filter on a matched message (e.g. "sent by the requester"). */
    where?: (message: Element) => boolean;
    /** Parts of a message that are not the customer's words this time (quoted history, signature). */
    skip?: string;
    /** How the desk lists its thread (timestamps, when every message has one, decide first). */
    order?: ThreadOrder;
    /**
     * A number that grows with each message (the desk's own entry id), when the desk has one: where
     * timestamps don't decide (missing, or two in the same second) it does, before the listing
     * order, since agents can sort a thread either way.
     */
    sequence?: (message: Element) => number | undefined;
  };
}

/** Quoted history and chrome found inside message bodies on most desks. */
export const QUOTED =
  'blockquote, .gmail_quote, .quoted-text, .quote, .signature, .email-signature, [data-test-id="quoted-text"], button';

/** The documents from the editor's own outwards: its frame, then each same-origin parent. */
export function documentsOutward(element: Element): Document[] {
  const docs: Document[] = [];
  let doc: Document | null = element.ownerDocument;
  while (doc) {
    docs.push(doc);
    const frame = frameElementOf(doc);
    doc = frame ? frame.ownerDocument : null;
  }
  return docs;
}

export function defineDesk(spec: DeskSpec): SiteAdapter {
  const hosts = (spec.hosts ?? []).map(checkDeskHost);
  return {
    id: spec.id,
    name: spec.name,
    hosts,
    matches(url, doc) {
      if (onDeskHost(url, hosts)) return true;
      return !!spec.markers && !!doc.querySelector(spec.markers);
    },
    isReplyBox(editor) {
      return closestAcross(editor, spec.replyBox) !== null;
    },
    draftKind(editor) {
      return spec.draftKind ? spec.draftKind(editor) : 'reply';
    },
    customerMessage(editor) {
      const { message, where, skip = QUOTED, order = 'oldest-first', sequence } = spec.customer;
      for (const doc of documentsOutward(editor)) {
        const found = queryDeep(doc, message).filter(
          (el) => !editor.contains(el) && !el.contains(editor) && (where ? where(el) : true) && messageText(el, { skip }) !== '',
        );
        const latest = latestMessage(found, editor, order, sequence);
        if (latest) return messageText(latest, { skip });
      }
      return undefined;
    },
  };
}

/**
 * The nearest element matching `selector` around `editor`: searched inside each ancestor in turn
 * (crossing shadow roots and frames), so the composer's own controls win over other composers'.
 */
export function nearest(editor: Element, selector: string): Element | null {
  for (const el of ancestorsAcross(editor)) {
    if (el.matches(selector)) return el;
    const found = el.querySelector(selector);
    if (found) return found;
  }
  return null;
}
