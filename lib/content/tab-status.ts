/**
 * The popup asks the active tab what Rapport sees there (`rapport:tab-status` via tabs.sendMessage):
 * is it on for this site, which desk was recognised, reply or internal note, and the current draft's
 * counts. Only our own extension may ask; the answer carries counts, never draft text.
 */
import { browser } from 'wxt/browser';
import type { TabStatus } from '../messages';
import { adapterFor } from '../sites';
import type { SiteAdapter } from '../sites/types';
import type { Coach } from './coach';
import { t } from '../i18n';

/** Exactly `{ type: 'rapport:tab-status' }` (checked here: importing lib/messages' validators would pull a schema library into the page). */
function isStatusRequest(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && (raw as { type?: unknown }).type === 'rapport:tab-status' && Object.keys(raw).length === 1;
}

export function tabStatus(args: { win: Window; coach: Coach; adapter: SiteAdapter | undefined; siteEnabled: boolean }): TabStatus {
  const { win, coach, siteEnabled } = args;
  let adapter = args.adapter;
  try {
    adapter ??= adapterFor(new URL(win.location.href), win.document);
  } catch {
    adapter = undefined;
  }
  const attached = siteEnabled && !!coach.handle;
  const counts = { total: 0, warning: 0, suggestion: 0, info: 0 };
  if (attached) {
    for (const f of coach.findings.value) {
      counts.total++;
      counts[f.severity]++;
    }
  }
  return {
    ok: true,
    host: win.location.hostname,
    origin: win.location.origin,
    siteEnabled,
    desk: adapter ? { id: adapter.id, name: adapter.name } : { id: 'generic', name: t('desk_any_reply_box') },
    attached,
    kind: attached ? coach.kind.value : null,
    counts,
  };
}

/** Answers status requests from our own extension. Returns a function that stops answering. */
export function listenForTabStatus(status: () => TabStatus): () => void {
  const listener = (raw: unknown, sender: { id?: string }, respond: (answer: unknown) => void): undefined => {
    if (sender.id !== browser.runtime.id || !isStatusRequest(raw)) return undefined;
    respond(status());
    return undefined;
  };
  try {
    browser.runtime.onMessage.addListener(listener);
  } catch {
    return () => undefined;
  }
  return () => {
    try {
      browser.runtime.onMessage.removeListener(listener);
    } catch {
      // The runtime is already gone.
    }
  };
}
