/**
 * Draft rules that look at a sentence together with its neighbours (policy-wall, deflection):
 * a "no" or a hand-off is fine when the same, next or previous sentence offers a way forward.
 * Regex only — draft rules run on every check, so they must not parse.
 */
import { BoundedCache } from '../engine/cache';
import { defineRule } from '../engine/rule';
import type { Draft, DraftContext, DraftRule, DraftSentence, RuleExamples, RuleMeta } from '../engine/rule';

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
function negatedBefore(text: string, start: number, words = 4): boolean {
  const clause = text.slice(0, start).split(/[,;:—]/).pop() ?? '';
  const before = clause.trim().split(/\s+/).slice(-words).join(' ');
  return /\b(?:not|no|never|don['’]t|doesn['’]t|didn['’]t|won['’]t|shouldn['’]t|wouldn['’]t|needn['’]t)\b/i.test(before);
}

interface Hit {
  start: number;
  end: number;
}

/** Per scan: the wall/hand-off hits of a sentence text, and whether a text offers a remedy. */
interface ScanCache {
  hits: BoundedCache<string, readonly Hit[]>;
  remedies: BoundedCache<string, boolean>;
}

// Draft rules run on every keystroke; a sentence's hits and remedies depend only on its text, so
// they are remembered per scan and a re-check only reads the sentence that changed.
const caches = new WeakMap<NeighbourScan, ScanCache>();

function cacheFor(scan: NeighbourScan): ScanCache {
  let cache = caches.get(scan);
  if (!cache) {
    cache = { hits: new BoundedCache(4000), remedies: new BoundedCache(8000) };
    caches.set(scan, cache);
  }
  return cache;
}

function hitsIn(s: DraftSentence, scan: NeighbourScan, cache: ScanCache): readonly Hit[] {
  const cached = cache.hits.get(s.text);
  if (cached) return cached;
  const hits: Hit[] = [];
  for (const p of scan.patterns) {
    for (const m of s.find(p.re)) {
      if (negatedBefore(s.text, m.start) || p.skip?.(s.text, m.start, m.text)) continue;
      hits.push({ start: m.start, end: m.end });
    }
  }
  cache.hits.set(s.text, hits);
  return hits;
}

function offersRemedy(text: string, scan: NeighbourScan, cache: ScanCache): boolean {
  let found = cache.remedies.get(text);
  if (found === undefined) {
    found = scan.remedy(text);
    cache.remedies.set(text, found);
  }
  return found;
}

function remedyNear(sentences: readonly DraftSentence[], i: number, restOfSentence: string, scan: NeighbourScan, cache: ScanCache): boolean {
  if (offersRemedy(restOfSentence, scan, cache)) return true;
  const next = sentences[i + 1];
  const previous = sentences[i - 1];
  return (next !== undefined && offersRemedy(next.text, scan, cache)) || (previous !== undefined && offersRemedy(previous.text, scan, cache));
}

/**
 * Report the first hit of each sentence that has no remedy in it or next to it. `scan` should be
 * a module-level constant: its results are cached per scan object.
 */
function scanWithNeighbours(draft: Draft, ctx: DraftContext, scan: NeighbourScan): void {
  if (!scan.prefilter.test(draft.text)) return;
  const cache = cacheFor(scan);
  const sentences = draft.sentences;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    if (!s) continue;
    for (const m of hitsIn(s, scan, cache)) {
      // The rest of the sentence around the match (the match itself is blanked so "I can't" is no offer).
      const rest = `${s.text.slice(0, m.start)} … ${s.text.slice(m.end)}`;
      if (remedyNear(sentences, i, rest, scan, cache)) continue;
      ctx.report({ start: s.start + m.start, end: s.start + m.end, messageId: scan.messageId, suggestion: scan.suggestion });
      break;
    }
  }
}

export interface NeighbourRuleSpec {
  meta: RuleMeta;
  /** A module-level constant (its results are cached per scan object). */
  scan: NeighbourScan;
  examples: RuleExamples;
}

/** A draft rule that is nothing but a neighbour scan: its check is `scanWithNeighbours`. */
export function defineNeighbourRule({ meta, scan, examples }: NeighbourRuleSpec): DraftRule {
  return defineRule({
    scope: 'draft',
    meta,
    check(draft, ctx) {
      scanWithNeighbours(draft, ctx, scan);
    },
    examples,
  });
}
