/**
 * What a content script may tell the background about the agent's activity, and nothing more.
 * Every event is validated here (strict: unknown fields reject the whole message) before it comes
 * near the database; events never carry draft text, not even the flagged words.
 */
import { z } from 'zod';
import { DRAFT_KINDS, SEVERITIES } from '../engine/types';
import { SUGGESTION_ACTIONS, type PromiseOutcome } from './counters';

export { SUGGESTION_ACTIONS, type SuggestionAction } from './counters';
export { toneWord, type ToneWord } from './tone-score';

// Identifiers are lowercase slugs: they name rules, categories and desks, never free text.
export const categorySchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,63}$/, 'must be a lowercase slug (a-z, 0-9, "-") of at most 64 characters');
const ruleIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._:/-]{0,127}$/, 'must be a lowercase rule id of at most 128 characters');
/** A hostname (`desk.example.com`, `127.0.0.1`) or a desk id (`zendesk`). */
export const siteSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9.-]{0,252}$/, 'must be a lowercase hostname or desk id of at most 253 characters');
/** A draft's tone, 0 (curt) … 100 (warm), as the sidebar's meter shows it. */
const toneScoreSchema = z.number().int().min(0).max(100);
export const draftKindSchema = z.enum(DRAFT_KINDS, { error: 'must be "reply" or "internal-note"' });
const severitySchema = z.enum(SEVERITIES, { error: 'must be "info", "suggestion" or "warning"' });

const suggestionEventSchema = z.strictObject({
  type: z.literal('suggestion'),
  action: z.enum(SUGGESTION_ACTIONS),
  ruleId: ruleIdSchema,
  category: categorySchema,
  severity: severitySchema,
  site: siteSchema,
  kind: draftKindSchema,
});
export type SuggestionEvent = z.infer<typeof suggestionEventSchema>;

const draftCheckedEventSchema = z.strictObject({
  type: z.literal('draft-checked'),
  /**
   * A random id per draft (per composer session). Sending the same draft again replaces its earlier
   * counts rather than adding to them, so the content script may report after each pause in typing.
   */
  draftId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8–64 characters of [A-Za-z0-9_-]'),
  site: siteSchema,
  kind: draftKindSchema,
  /** The draft's tone score (0–100), null when no tone model scored it. */
  toneScore: toneScoreSchema.nullable(),
  /** Findings per category in the checked draft. */
  counts: z
    .record(categorySchema, z.number().int().min(0).max(10_000))
    .refine((c) => Object.keys(c).length <= 64, 'at most 64 categories per draft'),
});
export type DraftCheckedEvent = z.infer<typeof draftCheckedEventSchema>;

/** What content scripts and pages may report. */
export const statsEventSchema = z.discriminatedUnion('type', [suggestionEventSchema, draftCheckedEventSchema]);

/**
 * How a promise ended (lib/followup). Raised by the background itself, where the reminders live;
 * no message may carry one, so a page can't inflate an agent's counts.
 */
export interface PromiseEvent {
  type: 'promise';
  outcome: PromiseOutcome;
  site: string;
}

export type StatsEvent = z.infer<typeof statsEventSchema>;
/** What the recorder writes: reported events and the background's own promise events. */
export type RecordedEvent = StatsEvent | PromiseEvent;

/** Most events a single message may carry; content scripts batch (e.g. all cards shown by one check). */
export const MAX_EVENTS_PER_MESSAGE = 200;

// ---- Runtime messages (content scripts → background; extension pages → background) ----

export const STATS_MESSAGE_TYPES = {
  record: 'stats:record',
  status: 'stats:status',
  flush: 'stats:flush',
  deleteAll: 'stats:delete-all',
} as const;

/** Sent by content scripts (and extension pages). The background stamps the time; senders cannot. */
const statsRecordMessageSchema = z.strictObject({
  type: z.literal(STATS_MESSAGE_TYPES.record),
  events: z.array(statsEventSchema).min(1).max(MAX_EVENTS_PER_MESSAGE),
});
export type StatsRecordMessage = z.infer<typeof statsRecordMessageSchema>;

/** Extension pages only: storage status (is anything waiting because storage is full?). */
const statsStatusMessageSchema = z.strictObject({ type: z.literal(STATS_MESSAGE_TYPES.status) });
/** Extension pages only: retry writing buffered events now. */
const statsFlushMessageSchema = z.strictObject({ type: z.literal(STATS_MESSAGE_TYPES.flush) });
/** Extension pages only: "delete all my data" (also drops events still buffered in memory). */
const statsDeleteAllMessageSchema = z.strictObject({ type: z.literal(STATS_MESSAGE_TYPES.deleteAll) });

export const statsMessageSchema = z.discriminatedUnion('type', [
  statsRecordMessageSchema,
  statsStatusMessageSchema,
  statsFlushMessageSchema,
  statsDeleteAllMessageSchema,
]);
export type StatsMessage = z.infer<typeof statsMessageSchema>;

/** True when `msg` claims to be a stats message (its `type` starts with "stats:"); it still needs validating. */
export function isStatsMessageType(msg: unknown): boolean {
  return (
    typeof msg === 'object' &&
    msg !== null &&
    typeof (msg as { type?: unknown }).type === 'string' &&
    (msg as { type: string }).type.startsWith('stats:')
  );
}

export interface StatsStatus {
  recording: boolean;
  /** Events held in memory because the last write failed (e.g. storage full). */
  pending: number;
  storageFull: boolean;
  /** A sentence for the agent when something is wrong, else null. */
  problem: string | null;
}

export type StatsResponse =
  | { ok: true; recorded: number; buffered: number; status: StatsStatus }
  | { ok: true; status: StatsStatus }
  | { ok: false; error: string };
