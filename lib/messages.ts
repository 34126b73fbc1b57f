/**
 * Every runtime message an extension context may send to the background, in one place.
 *
 * Senders import only types from here (content scripts stay free of validation code); the
 * background validates every message with `parseMessage` before acting on it, because a message is
 * data from a context that touches web pages. Families:
 *  - `stats:*`  — suggestion/draft events and stats maintenance; schemas in lib/stats/events.ts.
 *  - `rapport:*` — the extension's own control messages (below).
 * Messages never carry draft text (the stats schema allows a flagged span only when the agent opted in).
 */
import { isStatsMessageType, statsMessageSchema, type StatsMessage } from './stats/events';

/** Health check, used by tests and the popup to see that the background is alive. */
export interface PingMessage {
  type: 'rapport:ping';
}

/**
 * Popup → background, after the agent granted this tab's origin ("Enable on this site"): register
 * the content script for the granted origins and start it in this tab (lib/settings/site-access.ts).
 */
export interface EnableSiteMessage {
  type: 'rapport:enable-site';
  tabId: number;
}

/** Popup → the active tab's content script (`tabs.sendMessage`): what Rapport sees on this page. */
export interface TabStatusRequest {
  type: 'rapport:tab-status';
}

/** The content script's answer to TabStatusRequest. Counts only, never draft text. */
export interface TabStatus {
  ok: true;
  /** The page's host name, as the per-site switch uses it. */
  host: string;
  /** The page's origin (the popup may not see the tab's address itself). */
  origin: string;
  /** False when the agent (or nobody, with a policy) switched Rapport off for this site. */
  siteEnabled: boolean;
  /** The desk recognised on this page (the generic adapter: "Any reply box"). */
  desk: { id: string; name: string };
  /** True while a reply box is being coached. */
  attached: boolean;
  /** Reply or internal note, while attached. */
  kind: 'reply' | 'internal-note' | null;
  /** Suggestions shown for the current draft. */
  counts: { total: number; warning: number; suggestion: number; info: number };
  /** The site profile for this origin ("Teach Rapport this desk"), when there is one. */
  profile?: ProfileStatus;
}

/** What the popup shows about this origin's site profile. Page text only as a short excerpt, never the draft. */
export interface ProfileStatus {
  name: string;
  /** The agent's own, a team pack's, or the organisation's. */
  source: 'own' | 'pack' | 'policy';
  /** The pack it came with, for pack and policy profiles. */
  from?: string;
  /** Broken selectors; a profile with any is ignored on this page. */
  problems: string[];
  /** The coach reads the reply box through this profile right now. */
  inUse: boolean;
  /** The start of the customer's message it reads (at most 120 characters). */
  customerExcerpt?: string;
}

/**
 * Popup → the active tab's top frame (`tabs.sendMessage`): start "Teach Rapport this desk" (the
 * pick mode, lib/content/teach.ts). Exactly `{ type: 'rapport:teach' }`.
 */
export interface TeachRequest {
  type: 'rapport:teach';
}

/**
 * Content script → background: the tone model's weights (an extension resource, read by the
 * background), so the content script doesn't carry ~20 KB gzip of weights in its bundle.
 */
export interface ToneModelRequest {
  type: 'rapport:tone-model';
}

/** Content script → background: the coach model's weights (~1.3 MB, an extension resource). */
export interface CoachModelRequest {
  type: 'rapport:coach-model';
}

/**
 * Content script → background: the keyboard shortcuts as the browser has them now (content scripts
 * can't read the commands API), for the sidebar's tooltips. Answer: `{ ok, shortcuts: [{ name, shortcut }] }`.
 */
export interface ShortcutsRequest {
  type: 'rapport:shortcuts';
}

/**
 * Content script → background: how many suggestions this tab's draft has, for the toolbar button's
 * badge (lib/content/toolbar-count.ts). A number only; 0 clears the badge.
 */
export interface ToolbarCountMessage {
  type: 'rapport:toolbar-count';
  count: number;
}

/** The most the badge needs to tell apart ("99+" beyond it); a larger count is refused as malformed. */
export const MAX_TOOLBAR_COUNT = 100_000;

/**
 * Background → a tab's top frame (`tabs.sendMessage`): a keyboard shortcut (commands API).
 * Validated in the content script by lib/commands.ts (no schema library there).
 */
export type { CommandMessage } from './commands';

export type RapportMessage = StatsMessage | PingMessage | EnableSiteMessage | ToneModelRequest | CoachModelRequest | ShortcutsRequest | ToolbarCountMessage;

/** The requests that are exactly `{ type }`: no fields at all. */
const BARE_REQUESTS = ['rapport:tone-model', 'rapport:coach-model', 'rapport:shortcuts', 'rapport:ping'] as const satisfies readonly RapportMessage['type'][];

export type ParseResult = { ok: true; message: RapportMessage } | { ok: false; error: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Validate an incoming message. Unknown types and unknown fields are rejected, never guessed at. */
export function parseMessage(raw: unknown): ParseResult {
  if (!isRecord(raw) || typeof raw.type !== 'string') return { ok: false, error: 'a message is an object with a string "type"' };
  if (isStatsMessageType(raw)) {
    const parsed = statsMessageSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { ok: false, error: `invalid ${raw.type} message: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid'}` };
    }
    return { ok: true, message: parsed.data };
  }
  const bare = BARE_REQUESTS.find((type) => type === raw.type);
  if (bare) {
    if (Object.keys(raw).length !== 1) return { ok: false, error: `${bare} takes no fields` };
    return { ok: true, message: { type: bare } };
  }
  if (raw.type === 'rapport:enable-site') {
    const tabId = raw.tabId;
    if (Object.keys(raw).length !== 2 || typeof tabId !== 'number' || !Number.isSafeInteger(tabId) || tabId < 0) {
      return { ok: false, error: 'rapport:enable-site takes exactly a tabId (a non-negative integer)' };
    }
    return { ok: true, message: { type: 'rapport:enable-site', tabId } };
  }
  if (raw.type === 'rapport:toolbar-count') {
    const count = raw.count;
    if (Object.keys(raw).length !== 2 || typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0 || count > MAX_TOOLBAR_COUNT) {
      return { ok: false, error: `rapport:toolbar-count takes exactly a count (an integer from 0 to ${MAX_TOOLBAR_COUNT})` };
    }
    return { ok: true, message: { type: 'rapport:toolbar-count', count } };
  }
  return { ok: false, error: `unknown message type "${raw.type.slice(0, 64)}"` };
}

/** Is the sender one of our own contexts (content script or extension page), not another extension? */
export function isOwnSender(sender: { id?: string | undefined }, ownId: string): boolean {
  return sender.id === ownId;
}
