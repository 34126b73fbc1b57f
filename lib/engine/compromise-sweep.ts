/**
 * A faster, equivalent `bulkMatch` for compromise 14.17.0, the step that picks which of its ~1,000
 * tagging patterns can apply to a sentence and runs them. compromise's own version walks every
 * hook key of the pattern net for every comma chunk (730 keys, re-listed with Object.keys each
 * time) and grows the candidate list by repeated concat; for a cold check of a reply with one
 * "help" sentence that was a third of the parse. This one looks up only the words and tags the
 * chunk has, puts their pattern lists back in the net's key order, and filters in one pass, so it
 * hands exactly the same candidates, in the same order, to the same matcher: tags are unchanged.
 *
 * Importing this module installs it: the CLI, the benchmark and the practice page do. The content
 * script does not, to stay inside its 200 KB gzip budget (its keystrokes re-check one sentence
 * from the caches; its cold first check parses with compromise's own sweep, same tags).
 *
 * compromise plugins may replace `methods.one.*`; this is installed only over the version it was
 * written against (the package is pinned), and tests/unit/compromise-sweep.test.ts compares
 * every tag with compromise's own sweep over the corpora.
 */
import nlp from 'compromise/two';

/** The version whose sweep (src/1-one/sweep/methods/sweep/) this reproduces. */
export const SWEEP_FOR_VERSION = '14.17.0';

interface Pattern {
  match: string;
  needs: string[];
  wants: string[];
  ifNo?: string[];
  minWant: number;
  minWords: number;
  unTag?: unknown;
}

interface Net {
  hooks: Record<string, Pattern[]>;
  always: Pattern[];
}

interface MatchResult {
  ptrs: number[][];
}

interface Methods {
  one: {
    cacheDoc(document: unknown[][]): Set<string>[];
    match(docs: unknown[][], pattern: Pattern): MatchResult;
  };
}

type BulkMatch = (document: unknown[][], net: Net, methods: Methods, opts?: { matchOne?: boolean }) => unknown[];

/** Each net's hook keys in Object.keys order (the order compromise concatenates their lists in), and each key's rank. */
interface KeyOrder {
  ranks: Map<string, number>;
  keys: string[];
}

const keyOrders = new WeakMap<Record<string, Pattern[]>, KeyOrder>();

function keyOrderOf(hooks: Record<string, Pattern[]>): KeyOrder {
  let order = keyOrders.get(hooks);
  if (!order) {
    const keys = Object.keys(hooks);
    order = { keys, ranks: new Map(keys.map((key, i) => [key, i])) };
    keyOrders.set(hooks, order);
  }
  return order;
}

/**
 * The patterns hooked on what this chunk has that apply to it, first occurrence of each match
 * string kept (a pattern that doesn't apply still claims its match string, as compromise
 * de-duplicates before it filters).
 */
function candidates(have: Set<string>, hooks: Record<string, Pattern[]>): Pattern[] {
  const { ranks, keys } = keyOrderOf(hooks);
  const present: number[] = [];
  for (const item of have) {
    const rank = ranks.get(item);
    if (rank !== undefined) present.push(rank);
  }
  present.sort((a, b) => a - b);
  // compromise marks seen match strings with `true` on a plain object; only those count as seen.
  const already = new Set<string>();
  const out: Pattern[] = [];
  for (const rank of present) {
    for (const pattern of hooks[keys[rank]!]!) {
      if (already.has(pattern.match)) continue;
      already.add(pattern.match);
      if (applies(pattern, have)) out.push(pattern);
    }
  }
  return out;
}

/** Every stated need met, no `ifNo` present, enough of the wants. */
function applies(p: Pattern, have: Set<string>): boolean {
  for (const need of p.needs) if (!have.has(need)) return false;
  if (p.ifNo !== undefined && p.ifNo.some((no) => have.has(no))) return false;
  if (p.wants.length === 0) return true;
  let found = 0;
  for (const want of p.wants) if (have.has(want)) found++;
  return found >= p.minWant;
}

const fastBulkMatch: BulkMatch = (document, net, methods, opts = {}) => {
  const caches = methods.one.cacheDoc(document);
  const results: unknown[] = [];
  for (let n = 0; n < document.length; n++) {
    const have = caches[n]!;
    const terms = document[n]!.length;
    const todo = candidates(have, net.hooks);
    for (const p of net.always) todo.push(p);
    for (const pattern of todo) {
      if (terms < pattern.minWords) continue;
      const found = methods.one.match([document[n]!], pattern);
      if (found.ptrs.length === 0) continue;
      for (const ptr of found.ptrs) {
        ptr[0] = n;
        const hit: Pattern & { pointer: number[] } = Object.assign({}, pattern, { pointer: ptr });
        if (pattern.unTag !== undefined) hit.unTag = pattern.unTag;
        results.push(hit);
      }
      if (opts.matchOne === true) return [results[0]];
    }
  }
  return results;
};

interface World {
  methods: { one: { bulkMatch: BulkMatch } };
}

const world = (nlp as unknown as { world(): World }).world();
/** compromise's own bulkMatch, kept for the equivalence test. */
const compromiseBulkMatch: BulkMatch = world.methods.one.bulkMatch;

/** Use the fast sweep (true) or compromise's own (false). Returns whether the fast one is in use. */
export function useFastSweep(on: boolean): boolean {
  const fast = on && (nlp as unknown as { version: string }).version === SWEEP_FOR_VERSION;
  world.methods.one.bulkMatch = fast ? fastBulkMatch : compromiseBulkMatch;
  return fast;
}

useFastSweep(true);
