/**
 * Follow-through in the help desk tab: when the agent sends a customer reply (lib/sites/send.ts),
 * the promises in it (lib/followup/commitments.ts) are offered as reminders, one question at a time
 * ("Remind me at 14:30 to check back? — Yes / Change / No"); a reply that solves the ticket is
 * offered a follow-up in three working days. Only a Yes asks the background to keep anything, and
 * only while the agent has the feature on; internal notes and unsent drafts schedule nothing.
 */
import { browser } from 'wxt/browser';
import { mountFollowUpPrompt, type FollowUpPrompt } from '../../components/followup/mount';
import type { Answer, Offer } from '../../components/followup/Confirm';
import type { DraftKind } from '../engine/types';
import { findCommitments } from '../followup/commitments';
import type { ScheduleMessage } from '../followup/messages';
import { whenText } from '../followup/notification-text';
import { addWorkingDays } from '../followup/working-days';
import { watchSends, type SentReply } from '../sites/send';
import type { SiteAdapter } from '../sites/types';
import { t } from '../i18n';

export interface FollowThroughOptions {
  doc: Document;
  editor: HTMLElement;
  adapter: SiteAdapter;
  readText(): string;
  kind(): DraftKind;
  /** The desk id or host name, as the stats name sites. */
  site: string;
}

/** Working days after a solved ticket when Rapport offers to check it stayed fixed. */
export const FOLLOW_UP_WORKING_DAYS = 3;

async function isOn(): Promise<boolean> {
  try {
    const reply = (await browser.runtime.sendMessage({ type: 'rapport:followup-state' })) as { ok?: boolean; enabled?: boolean } | undefined;
    return reply?.ok === true && reply.enabled === true;
  } catch {
    return false;
  }
}

/** What to offer for a sent reply: its promises with a time to remind, then the follow-up. */
export function offersFor(reply: Pick<SentReply, 'text' | 'solves'>, now: Date): Offer[] {
  const offers: Offer[] = findCommitments(reply.text, now)
    .filter((c) => !c.immediate && c.due.getTime() > now.getTime())
    .map((c) => ({ kind: 'promise', action: c.action, dueAt: c.due.getTime(), promise: c.text }));
  if (reply.solves) offers.push({ kind: 'follow-up', action: '', dueAt: addWorkingDays(now, FOLLOW_UP_WORKING_DAYS).getTime() });
  return offers;
}

let prompt: FollowUpPrompt | null = null;
const watched = new WeakSet<HTMLElement>();

/**
 * Watches this reply box for sends, once per box; returns the function that stops. The watch
 * outlives the coach leaving the box: a desk that removes the composer on send still counts as sent.
 */
export function startFollowThrough(options: FollowThroughOptions): () => void {
  if (watched.has(options.editor)) return () => undefined;
  watched.add(options.editor);
  const { doc } = options;
  const stopWatching = watchSends(options.editor, {
    readText: options.readText,
    adapter: options.adapter,
    onSent: (reply) => {
      if (options.kind() !== 'reply') return;
      void isOn().then((on) => {
        if (!on) return;
        const offers = offersFor(reply, new Date());
        if (!offers.length) return;
        // The ticket's title as the tab shows it; its address the background takes from the tab itself.
        const ticketTitle = doc.title;
        prompt ??= mountFollowUpPrompt(doc);
        for (const offer of offers) void prompt.ask(offer, (answer) => answerOffer(offer, answer, ticketTitle, options.site));
      });
    },
  });
  return stopWatching;
}

async function answerOffer(offer: Offer, answer: Answer, ticketTitle: string, site: string): Promise<string | null> {
  if (!answer.yes) return null;
  const message: ScheduleMessage = { type: 'rapport:followup-schedule', kind: offer.kind, ticketTitle, promise: offer.promise ?? '', site, dueAt: Math.round(answer.dueAt) };
  try {
    const reply = (await browser.runtime.sendMessage(message)) as { ok?: boolean; remindAt?: number } | undefined;
    if (reply?.ok && typeof reply.remindAt === 'number') return t('followup_scheduled', whenText(reply.remindAt));
  } catch {
    // The extension was reloaded under the page.
  }
  return t('followup_failed');
}
