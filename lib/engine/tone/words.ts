/**
 * The word-embedding part of the tone features: a text becomes the normalised bag of its
 * vocabulary words (count / number of vocabulary tokens), i.e. the weights of a mean over their
 * word vectors. Training multiplies that bag by the GloVe matrix and learns a direction in the
 * embedding space; the shipped model keeps only each word's projection on that direction (one
 * number per word), so the extension needs no vectors and gets the same logit.
 *
 * Tokens follow GloVe's vocabulary (Wikipedia + Gigaword, lowercased, no apostrophe forms), so
 * contractions are expanded: "don't" → do, not; "we'll" → we, will; "it's" → it.
 */
import { BoundedCache } from '../cache';
import type { SparseVector } from './features';

const TOKEN = /[a-z0-9]+(?:'[a-z]+)*|[^\sa-z0-9_']/g;

const CLITICS: Record<string, string | null> = { "n't": 'not', "'re": 'are', "'ll": 'will', "'ve": 'have', "'d": 'would', "'m": 'am', "'s": null };
/** Bases that PTB-style splitting leaves odd: "can't" → ca + n't, "won't" → wo + n't. */
const NEGATED_BASE: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall', ai: 'is' };

function pushExpanded(tok: string, out: string[]): void {
  if (!tok.includes("'")) {
    out.push(tok);
    return;
  }
  if (tok.endsWith("n't")) {
    const base = tok.slice(0, -3);
    if (base) out.push(NEGATED_BASE[base] ?? base);
    out.push('not');
    return;
  }
  const cut = tok.indexOf("'");
  const base = tok.slice(0, cut);
  const clitic = tok.slice(cut);
  if (base) out.push(base);
  if (clitic in CLITICS) {
    const expanded = CLITICS[clitic];
    if (expanded) out.push(expanded);
  } else {
    for (const part of clitic.split("'")) if (part) out.push(part);
  }
}

/** GloVe-style tokens of a text (lowercased, straight apostrophes, contractions expanded). */
export function embeddingTokens(text: string): string[] {
  const t = text.replace(/[\u2018\u2019\u02bc]/g, "'").toLowerCase();
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(t); m; m = TOKEN.exec(t)) pushExpanded(m[0], out);
  return out;
}

/** Word → row of the vocabulary, built once per model. */
export type WordIndex = ReadonlyMap<string, number>;

/**
 * The last vocabulary indexed: the tone and coach models ship the same GloVe vocabulary, and
 * sharing one index lets wordBag compute each sentence's bag once for both.
 */
let lastIndexed: { words: readonly string[]; index: WordIndex } | undefined;

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function wordIndexOf(words: readonly string[]): WordIndex {
  if (lastIndexed && sameWords(lastIndexed.words, words)) return lastIndexed.index;
  const index = new Map<string, number>();
  words.forEach((w, i) => {
    if (!index.has(w)) index.set(w, i);
  });
  lastIndexed = { words: [...words], index };
  return index;
}

export const EMPTY_BAG: SparseVector = { indices: new Int32Array(0), values: new Float32Array(0) };

/** Each sentence's bag over the index it was computed for: both models ask for it on a cold check. */
const bags = new BoundedCache<string, { index: WordIndex; bag: SparseVector }>(5000);

/** Normalised bag of vocabulary words: sorted indices, value = count / vocabulary tokens. */
export function wordBag(text: string, index: WordIndex): SparseVector {
  const known = bags.get(text);
  if (known?.index === index) return known.bag;
  const bag = computeWordBag(text, index);
  bags.set(text, { index, bag });
  return bag;
}

function computeWordBag(text: string, index: WordIndex): SparseVector {
  const counts = new Map<number, number>();
  let total = 0;
  for (const tok of embeddingTokens(text)) {
    const i = index.get(tok);
    if (i === undefined) continue;
    counts.set(i, (counts.get(i) ?? 0) + 1);
    total++;
  }
  if (total === 0) return EMPTY_BAG;
  const indices = Int32Array.from(counts.keys()).sort();
  const values = new Float32Array(indices.length);
  indices.forEach((i, k) => (values[k] = counts.get(i)! / total));
  return { indices, values };
}
