/**
 * The background's side of the stats messages. Nothing in a message is trusted: the sender must be
 * this extension (a content script in a tab, or one of our own pages), the message must pass the
 * strict schema, a content script may only record, and a hostname it names must be its own page's.
 */
import { STATS_MESSAGE_TYPES, statsMessageSchema, type StatsEvent, type StatsResponse } from './events';
import type { StatsRecorder } from './record';
import { deleteAllStats } from './retention';
import type { StatsDb } from './schema';
import { findHostileStructure, formatPath } from './safe-json';

/** The parts of `runtime.MessageSender` we look at. */
export interface StatsMessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

export interface StatsHandlerContext {
  db: StatsDb;
  recorder: StatsRecorder;
  /** `browser.runtime.id`. */
  extensionId: string;
  /** `browser.runtime.getURL('/')`, e.g. `chrome-extension://<id>/`. */
  extensionOrigin: string;
}

type SenderKind = 'extension-page' | 'content-script';

function senderKind(sender: StatsMessageSender, ctx: StatsHandlerContext): SenderKind | undefined {
  if (sender.id !== ctx.extensionId) return undefined;
  if (sender.url?.startsWith(ctx.extensionOrigin)) return 'extension-page';
  if (sender.tab) return 'content-script';
  return undefined;
}

function hostnameOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.toLowerCase() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * A content script may name a desk id (no dots, e.g. "zendesk") or the hostname of its own frame or
 * tab (an editor in an about:blank iframe reports its tab's host). Anything else is another site.
 */
function siteAllowed(site: string, sender: StatsMessageSender): boolean {
  if (site === hostnameOf(sender.url) || site === hostnameOf(sender.tab?.url)) return true;
  return /^[a-z][a-z0-9-]*$/.test(site) && site !== 'localhost';
}

const fail = (error: string): StatsResponse => ({ ok: false, error });

/** Handles one stats message. Always resolves; never throws on bad input. */
export async function handleStatsMessage(
  message: unknown,
  sender: StatsMessageSender,
  ctx: StatsHandlerContext,
): Promise<StatsResponse> {
  const kind = senderKind(sender, ctx);
  if (!kind) return fail('Rejected: stats messages are accepted only from Rapport itself.');
  const hostile = findHostileStructure(message);
  if (hostile) return fail(`Rejected: invalid stats message at ${hostile.path}: ${hostile.message}`);
  const parsed = statsMessageSchema.safeParse(message);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue && issue.path.length ? formatPath(issue.path) : '(root)';
    return fail(`Rejected: invalid stats message at ${path}: ${issue?.message ?? 'invalid'}`);
  }
  const msg = parsed.data;
  if (msg.type !== STATS_MESSAGE_TYPES.record && kind !== 'extension-page') {
    return fail(`Rejected: ${msg.type} is available to Rapport's own pages only.`);
  }
  switch (msg.type) {
    case STATS_MESSAGE_TYPES.record: {
      if (kind === 'content-script') {
        const foreign = msg.events.find((e: StatsEvent) => !siteAllowed(e.site, sender));
        if (foreign) return fail(`Rejected: site "${foreign.site}" is not the page that sent the event.`);
      }
      const { recorded, buffered } = await ctx.recorder.record(msg.events);
      return { ok: true, recorded, buffered, status: ctx.recorder.status() };
    }
    case STATS_MESSAGE_TYPES.status:
      return { ok: true, status: ctx.recorder.status() };
    case STATS_MESSAGE_TYPES.flush:
      await ctx.recorder.flush();
      return { ok: true, status: ctx.recorder.status() };
    case STATS_MESSAGE_TYPES.deleteAll:
      ctx.recorder.discardPending();
      try {
        await deleteAllStats(ctx.db);
      } catch (error) {
        return fail(`Deleting your data failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      return { ok: true, status: ctx.recorder.status() };
  }
}
