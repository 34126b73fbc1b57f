/**
 * Draft rules that look at a sentence together with its neighbours (policy-wall, deflection):
 * a "no" or a hand-off is fine when the same, next or previous sentence offers a way forward.
 * Regex only — draft rules run on every check, so they must not parse.
 */
import type { Draft, DraftContext, DraftSentence } from '../engine/rule';

export interface NeighbourPattern {
  re: RegExp;
  /** true → leave this match alone (the words before it, e.g. "I've opened a new ticket"). */
  skip?: (sentenceText: string, matchStart: number, matchText: string) => boolean;
}

export interface NeighbourScan {
  /** Cheap test over the whole masked draft: nothing to do unless it hits. */
  prefilter: RegExp;
  patterns: readonly NeighbourPattern[];
  /** A way forward: an alternative, a warm hand-off… */
  remedy: (text: string) => boolean;
  messageId: string;
  suggestion: string;
}

/** A negation in the last few words before `start`: "you don't need to open another ticket". */
export function negatedBefore(text: string, start: number, words = 4): boolean {
  const clause = text.slice(0, start).split(/[,;:—]/).pop() ?? '';
  const before = clause.trim().split(/\s+/).slice(-words).join(' ');
  return /\b(?:not|no|never|don['’]t|doesn['’]t|didn['’]t|won['’]t|shouldn['’]t|wouldn['’]t|needn['’]t)\b/i.test(before);
}

function remedyNear(sentences: readonly DraftSentence[], i: number, restOfSentence: string, remedy: (text: string) => boolean): boolean {
  if (remedy(restOfSentence)) return true;
  const next = sentences[i + 1];
  const previous = sentences[i - 1];
  return (next !== undefined && remedy(next.text)) || (previous !== undefined && remedy(previous.text));
}

export function scanWithNeighbours(draft: Draft, ctx: DraftContext, scan: NeighbourScan): void {
  if (!scan.prefilter.test(draft.text)) return;
  const sentences = draft.sentences;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    if (!s) continue;
    let reported = false;
    for (const p of scan.patterns) {
      if (reported) break;
      for (const m of s.find(p.re)) {
        if (negatedBefore(s.text, m.start) || p.skip?.(s.text, m.start, m.text)) continue;
        // The rest of the sentence around the match (the match itself is blanked so "I can't" is no offer).
        const rest = `${s.text.slice(0, m.start)} … ${s.text.slice(m.end)}`;
        if (remedyNear(sentences, i, rest, scan.remedy)) continue;
        ctx.report({ start: s.start + m.start, end: s.start + m.end, messageId: scan.messageId, suggestion: scan.suggestion });
        reported = true;
        break;
      }
    }
  }
}
