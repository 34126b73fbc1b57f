/**
 * Which cards the agent resolved by rewriting. A card counts once as "shown"; it is edited away
 * when, after the agent's own edits, no finding of its rule covers where its words are now, while
 * the draft is still there. Cards that leave for other reasons — ignored, their fix applied (counted
 * as applied), a setting or the reply/note mode changed — are never counted as edited away.
 *
 * Words move as the agent types, so each card's span is carried through every edit (the changed
 * region between two checks); a card whose sentence still reads as the same problem after an edit
 * (a coach-model card keyed by its whole sentence) is the same card, not a new one. Nothing here
 * keeps draft text beyond the last check, and nothing it reports carries any.
 */
import type { CardFinding } from '../../components/sidebar/model';
import type { SuggestionFacts } from './events';

interface Tracked extends SuggestionFacts {
  key: string;
  start: number;
  end: number;
  scope: 'span' | 'draft';
  /** No finding of its rule covers it after the last edit. */
  gone: boolean;
}

export interface ResolutionTracker {
  /** The cards among `cards` not shown before (under this key or as an earlier form of the card); tracks them. */
  newlyShown(cards: readonly CardFinding[]): CardFinding[];
  /** After every check: `edited` when the draft's text changed since the last one. */
  observe(text: string, cards: readonly CardFinding[], edited: boolean): void;
  /** The card left for a reason of the agent's (ignored, or its fix applied): never edited away. */
  forget(key: string): void;
  /** The cards edited away since the last call, each once; they are no longer tracked. */
  settle(): SuggestionFacts[];
  /** A new draft: forget everything. */
  reset(): void;
}

/** Where the text changed between two versions: the common prefix and the common suffix. */
function editBetween(before: string, after: string): { from: number; beforeEnd: number; afterEnd: number } {
  const max = Math.min(before.length, after.length);
  let from = 0;
  while (from < max && before.charCodeAt(from) === after.charCodeAt(from)) from++;
  let tail = 0;
  while (tail < max - from && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { from, beforeEnd: before.length - tail, afterEnd: after.length - tail };
}

export function createResolutionTracker(): ResolutionTracker {
  const tracked = new Map<string, Tracked>();
  let lastText = '';

  const track = (c: CardFinding): void => {
    tracked.set(c.key, { key: c.key, ruleId: c.ruleId, category: c.category, severity: c.severity, start: c.start, end: c.end, scope: c.scope, gone: false });
  };

  /** The card's span in `text`, carried through the edit since the last check. */
  function move(t: Tracked, edit: ReturnType<typeof editBetween>): void {
    const delta = edit.afterEnd - edit.beforeEnd;
    const at = (x: number, side: 'start' | 'end') => (x <= edit.from ? x : x >= edit.beforeEnd ? x + delta : side === 'start' ? edit.from : edit.afterEnd);
    t.start = at(t.start, 'start');
    t.end = at(t.end, 'end');
  }

  /** The live card this tracked one has become, if any: same rule, covering where its words are now. */
  function liveFormOf(t: Tracked, cards: readonly CardFinding[], taken: ReadonlySet<string>): CardFinding | undefined {
    const exact = cards.find((c) => c.key === t.key);
    if (exact) return exact;
    return cards.find((c) => !taken.has(c.key) && c.ruleId === t.ruleId && c.scope === t.scope && (t.scope === 'draft' || (c.start <= t.end && t.start <= c.end)));
  }

  return {
    newlyShown(cards) {
      const fresh = cards.filter((c) => !tracked.has(c.key));
      fresh.forEach(track);
      return fresh;
    },
    observe(text, cards, edited) {
      const edit = editBetween(lastText, text);
      lastText = text;
      const taken = new Set<string>();
      for (const t of [...tracked.values()]) {
        if (edited) move(t, edit);
        const live = liveFormOf(t, cards, taken);
        if (live) {
          taken.add(live.key);
          if (live.key !== t.key) {
            tracked.delete(t.key);
            t.key = live.key;
            tracked.set(t.key, t);
          }
          t.start = live.start;
          t.end = live.end;
          t.gone = false;
        } else if (edited) {
          t.gone = true;
        } else if (!t.gone) {
          // Gone without an edit: a setting, the mode or an ignore took it away, not the agent's words.
          // (One the agent's edits already took away stays edited away through such a re-check.)
          tracked.delete(t.key);
        }
      }
    },
    forget(key) {
      tracked.delete(key);
    },
    settle() {
      const gone = [...tracked.values()].filter((t) => t.gone);
      for (const t of gone) tracked.delete(t.key);
      return gone.map(({ ruleId, category, severity }) => ({ ruleId, category, severity }));
    },
    reset() {
      tracked.clear();
      lastText = '';
    },
  };
}
