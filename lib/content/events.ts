/**
 * Suggestion events for the stats (issue #6): what was shown, applied, edited away or ignored, per
 * rule and category — never draft text. Sent to the background, which validates them (lib/messages.ts).
 */
import { browser } from 'wxt/browser';
import type { DraftKind, Severity } from '../engine/types';
import type { DraftCheckedEvent, StatsEvent, StatsRecordMessage, SuggestionAction } from '../stats/events';

export interface SuggestionFacts {
  ruleId: string;
  category: string;
  severity: Severity;
}

export interface EventContext {
  site: string;
  kind: DraftKind;
}

export function suggestionEvent(action: SuggestionAction, finding: SuggestionFacts, context: EventContext): StatsEvent {
  return {
    type: 'suggestion',
    action,
    ruleId: finding.ruleId,
    category: finding.category,
    severity: finding.severity,
    site: context.site,
    kind: context.kind,
  };
}

/** `toneScore` is the draft's tone, 0–100 (lib/stats toneScore), null when no tone model scored it. */
export function draftCheckedEvent(
  draftId: string,
  findings: readonly SuggestionFacts[],
  context: EventContext,
  toneScore: number | null = null,
): DraftCheckedEvent {
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.category] = (counts[f.category] ?? 0) + 1;
  return { type: 'draft-checked', draftId, site: context.site, kind: context.kind, toneScore, counts };
}

/** A site label the stats accept: the desk id, or the page's host name. */
export function siteLabel(adapterId: string, url: URL): string {
  if (adapterId !== 'generic') return adapterId;
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return /^[a-z0-9][a-z0-9.-]{0,252}$/.test(host) ? host : 'local';
}

export function randomDraftId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

const MAX_EVENTS_PER_MESSAGE = 200;

/** Fire-and-forget: a missing or busy background must never disturb the agent's typing. */
export function sendStatsEvents(events: readonly StatsEvent[]): void {
  for (let i = 0; i < events.length; i += MAX_EVENTS_PER_MESSAGE) {
    const message: StatsRecordMessage = { type: 'stats:record', events: events.slice(i, i + MAX_EVENTS_PER_MESSAGE) };
    try {
      void browser.runtime.sendMessage(message).catch(() => undefined);
    } catch {
      // The extension was reloaded under this page: the old content script has no runtime left.
    }
  }
}
