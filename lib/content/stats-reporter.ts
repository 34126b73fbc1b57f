/**
 * The coach's stats events (lib/stats/events.ts), never with draft text: each card once as "shown"
 * after a quiet moment (words half-typed are not "shown"), applied, ignored, edited away
 * (./resolution.ts), and the per-draft counts once the agent pauses.
 */
import type { CardFinding } from '../../components/sidebar/model';
import type { StatsEvent, SuggestionAction } from '../stats/events';
import { toneScore } from '../stats/tone-score';
import { draftCheckedEvent, randomDraftId, suggestionEvent, type EventContext } from './events';
import { createResolutionTracker } from './resolution';

export interface StatsTimings {
  /** Quiet time before "shown" events are reported (words half-typed are not "shown"), in ms. */
  shownReportMs?: number;
  /** Quiet time before the per-draft counts are reported, in ms. */
  draftReportMs?: number;
}

export interface StatsReporterOptions extends StatsTimings {
  /** Where events go (the content script sends them to the background; tests collect them). */
  report?: ((events: StatsEvent[]) => void) | undefined;
  /** The site and kind of the draft now, for every event. */
  context(): EventContext;
  /** The cards shown now (ignored ones left out). */
  shown(): readonly CardFinding[];
  /** The tone meter's reading now, 0 (curt) … 1 (warm); undefined without one. */
  tone(): number | undefined;
}

export interface StatsReporter {
  /** The draft was sent, cleared or left for another reply box: report what the agent fixed, then start afresh. */
  newDraft(): void;
  /** After every check: `edited` when the agent changed the text since the last one (not a mode switch, not a failed check). */
  checked(text: string, shown: readonly CardFinding[], edited: boolean): void;
  /** The agent applied this card's fix, ignored it once, or ignored its rule. */
  resolved(action: Extract<SuggestionAction, 'applied' | 'ignored-once' | 'rule-ignored'>, finding: CardFinding): void;
  /** The editor went away: report the cards rewritten away before it did. */
  flush(): void;
  /** Stop the timers. */
  dispose(): void;
}

export function createStatsReporter(options: StatsReporterOptions): StatsReporter {
  const shownReportMs = options.shownReportMs ?? 800;
  const draftReportMs = options.draftReportMs ?? 2000;
  const report = options.report ?? (() => undefined);
  // Which shown cards the agent applied, ignored or edited away (the "resolved" stats).
  const resolution = createResolutionTracker();
  let draftId = randomDraftId();
  let shownTimer: ReturnType<typeof setTimeout> | undefined;
  let draftTimer: ReturnType<typeof setTimeout> | undefined;

  /** Cards the agent rewrote away, as `edited-away` events (none while nothing settled). */
  const editedAway = (): StatsEvent[] => resolution.settle().map((f) => suggestionEvent('edited-away', f, options.context()));

  function flush(): void {
    const events = editedAway();
    if (events.length) report(events);
  }

  function reportShown(): void {
    const events = resolution.newlyShown(options.shown()).map((f) => suggestionEvent('shown', f, options.context()));
    if (events.length) report(events);
  }

  function reportDraft(): void {
    report([draftCheckedEvent(draftId, options.shown(), options.context(), toneScore(options.tone())), ...editedAway()]);
  }

  return {
    newDraft() {
      // What the agent fixed before the draft went still counts.
      flush();
      draftId = randomDraftId();
      resolution.reset();
    },
    checked(text, shown, edited) {
      resolution.observe(text, shown, edited);
      clearTimeout(shownTimer);
      shownTimer = setTimeout(reportShown, shownReportMs);
      clearTimeout(draftTimer);
      if (text.trim() !== '') draftTimer = setTimeout(reportDraft, draftReportMs);
    },
    resolved(action, finding) {
      resolution.forget(finding.key);
      report([suggestionEvent(action, finding, options.context())]);
    },
    flush,
    dispose() {
      clearTimeout(shownTimer);
      clearTimeout(draftTimer);
    },
  };
}
