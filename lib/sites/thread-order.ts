/**
 * Which of a ticket's customer messages is the latest. Desks list threads oldest first (Zendesk,
 * Freshdesk, Gmail) or newest first (FreeScout, Help Scout, ServiceNow's activity stream), so
 * document order alone is not enough: timestamps decide when every message has one; otherwise the
 * composer's place does (a composer above the thread means newest first, below it oldest first).
 * Desks that number their entries (osTicket, FreeScout) break ties with those numbers.
 * When neither tells, the answer is "don't know": no customer message beats the wrong one.
 */
import { ancestorsAcross } from './dom';

export type ThreadOrder = 'oldest-first' | 'newest-first';

/** How far up from a message body its thread item (where the timestamp sits) is looked for. */
const ITEM_DEPTH = 5;
const TIME_ATTRIBUTES = ['datetime', 'data-timestamp', 'data-created-at', 'data-time', 'data-date'];

function parseTime(raw: string | null): number | undefined {
  if (!raw) return undefined;
  const value = raw.trim();
  if (/^\d{10}$/.test(value)) return Number(value) * 1000;
  if (/^\d{13}$/.test(value)) return Number(value);
  // Only machine-readable dates: "2 hours ago" or a localized tooltip is not a timestamp.
  if (!/^\d{4}-\d{2}-\d{2}/.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

function ownTime(el: Element): number | undefined {
  for (const attr of TIME_ATTRIBUTES) {
    const time = parseTime(el.getAttribute(attr));
    if (time !== undefined) return time;
  }
  return undefined;
}

/** The timestamp of the thread item around `message`: on the message, an ancestor, or a `<time>` in it. */
function messageTime(message: Element): number | undefined {
  let el: Element | null = message;
  for (let depth = 0; el && depth <= ITEM_DEPTH; depth++, el = el.parentElement) {
    const own = ownTime(el);
    if (own !== undefined) return own;
    const times = Array.from(el.querySelectorAll('time[datetime], [data-timestamp], [data-created-at]'));
    // A timestamp is the item's only when the item holds one; more means we reached the list.
    if (times.length === 1) return ownTime(times[0]!);
    if (times.length > 1) return undefined;
  }
  return undefined;
}

/** The trees `element` lives in, innermost first: its shadow roots and documents, outwards. */
function treesOf(element: Element): Node[] {
  const trees: Node[] = [];
  for (const el of ancestorsAcross(element)) {
    const root = el.getRootNode();
    if (trees[trees.length - 1] !== root) trees.push(root);
  }
  return trees;
}

/** `element`, or its ancestor (across shadow roots and frames) that lives in `tree`. */
function liftInto(element: Element, tree: Node): Element | undefined {
  for (const el of ancestorsAcross(element)) if (el.getRootNode() === tree) return el;
  return undefined;
}

const PRECEDING = 2;
const FOLLOWING = 4;

/** Is `editor` before or after `message` in the page, compared in the innermost tree they share? */
function placeOf(editor: Element, message: Element): 'before' | 'after' | undefined {
  const messageTrees = new Set(treesOf(message));
  const shared = treesOf(editor).find((tree) => messageTrees.has(tree));
  if (!shared) return undefined;
  const a = liftInto(editor, shared);
  const b = liftInto(message, shared);
  // One inside the other (a message quoted inside the composer, a composer inside a frame that is
  // itself a message): no order to read.
  if (!a || !b || a === b || a.contains(b) || b.contains(a)) return undefined;
  const relation = a.compareDocumentPosition(b);
  return relation & FOLLOWING ? 'before' : relation & PRECEDING ? 'after' : undefined;
}

/** Where the composer sits relative to every message: before them all, after them all, or neither. */
function composerPlace(editor: Element, messages: readonly Element[]): 'before' | 'after' | undefined {
  let place: 'before' | 'after' | undefined;
  for (const message of messages) {
    const here = placeOf(editor, message);
    if (!here || (place && place !== here)) return undefined;
    place = here;
  }
  return place;
}

/** The index of the highest of `numbers`, when every one is known and distinct. */
function highest(numbers: readonly (number | undefined)[]): number | undefined {
  if (!numbers.every((n): n is number => n !== undefined && Number.isFinite(n)) || new Set(numbers).size !== numbers.length) return undefined;
  let best = 0;
  for (let i = 1; i < numbers.length; i++) if (numbers[i]! > numbers[best]!) best = i;
  return best;
}

/**
 * The latest of `messages` (given in document order): by timestamps when every message has a
 * distinct one, else by the desk's own entry numbers (`sequence`, ids that grow with each entry)
 * when it has them, else by the desk's known listing `order`, else by where the composer is.
 */
export function latestMessage<T extends Element>(
  messages: readonly T[],
  editor: Element,
  order?: ThreadOrder,
  sequence?: (message: T) => number | undefined,
): T | undefined {
  if (messages.length <= 1) return messages[0];
  const byTime = highest(messages.map(messageTime));
  if (byTime !== undefined) return messages[byTime];
  const bySequence = sequence ? highest(messages.map(sequence)) : undefined;
  if (bySequence !== undefined) return messages[bySequence];
  if (order) return order === 'newest-first' ? messages[0] : messages[messages.length - 1];
  const place = composerPlace(editor, messages);
  if (place === 'before') return messages[0];
  if (place === 'after') return messages[messages.length - 1];
  return undefined;
}
