/**
 * The follow-through's runtime messages (`rapport:followup-*`), validated strictly in the
 * background before use. Senders import only the types. The ticket's address is never taken from a
 * message: the background reads it from the sending tab, so a page can't point a reminder elsewhere.
 */
import { z } from 'zod';
import { PROMISE_MAX_CHARS } from './commitments';
import { TITLE_MAX_CHARS } from './store';

export const FOLLOW_UP_PREFIX = 'rapport:followup-';

const slug = z.string().regex(/^[a-z0-9][a-z0-9.-]{0,252}$/);
const id = z.string().regex(/^[A-Za-z0-9-]{8,64}$/);

/** Any context: is it on? (Extension pages also get the open reminders.) */
export const stateSchema = z.strictObject({ type: z.literal('rapport:followup-state') });

/** Content script, after the agent pressed Yes in the sidebar: remind me of this promise. */
export const scheduleSchema = z.strictObject({
  type: z.literal('rapport:followup-schedule'),
  kind: z.enum(['promise', 'follow-up']),
  ticketTitle: z.string().max(TITLE_MAX_CHARS * 4),
  promise: z.string().max(PROMISE_MAX_CHARS * 4),
  site: slug,
  dueAt: z.number().int().positive(),
});

/** Extension pages (popup): done, dropped, snoozed, or open the ticket. */
export const updateSchema = z.discriminatedUnion('action', [
  z.strictObject({ type: z.literal('rapport:followup-update'), id, action: z.literal('done') }),
  z.strictObject({ type: z.literal('rapport:followup-update'), id, action: z.literal('drop') }),
  z.strictObject({ type: z.literal('rapport:followup-update'), id, action: z.literal('open') }),
  z.strictObject({ type: z.literal('rapport:followup-update'), id, action: z.literal('snooze'), minutes: z.number().int().min(5).max(7 * 24 * 60) }),
]);

/** Extension pages (options): the switch. Off deletes every reminder. */
export const enableSchema = z.strictObject({ type: z.literal('rapport:followup-enable'), enabled: z.boolean() });

export const followUpMessageSchema = z.union([stateSchema, scheduleSchema, updateSchema, enableSchema]);
export type FollowUpMessage = z.infer<typeof followUpMessageSchema>;
export type ScheduleMessage = z.infer<typeof scheduleSchema>;
export type UpdateMessage = z.infer<typeof updateSchema>;

export function isFollowUpMessageType(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && typeof (raw as { type?: unknown }).type === 'string' && (raw as { type: string }).type.startsWith(FOLLOW_UP_PREFIX);
}
