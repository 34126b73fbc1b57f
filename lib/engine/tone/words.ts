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

export function wordIndexOf(words: readonly string[]): WordIndex {
  const index = new Map<string, number>();
  words.forEach((w, i) => {
    if (!index.has(w)) index.set(w, i);
  });
  return index;
}

export const EMPTY_BAG: SparseVector = { indices: new Int32Array(0), values: new Float32Array(0) };

/** Normalised bag of vocabulary words: sorted indices, value = count / vocabulary tokens. */
export function wordBag(text: string, index: WordIndex): SparseVector {
  // Every vocabulary hit, sorted: equal indices sit together, so a run's length is its count.
  // (A typed array: its native numeric sort is many times faster than a comparator's.)
  const tokens = embeddingTokens(text);
  const all = new Int32Array(tokens.length);
  let total = 0;
  for (const tok of tokens) {
    const i = index.get(tok);
    if (i !== undefined) all[total++] = i;
  }
  if (total === 0) return EMPTY_BAG;
  const hits = all.subarray(0, total).sort();
  let distinct = 1;
  for (let k = 1; k < total; k++) if (hits[k] !== hits[k - 1]) distinct++;
  const indices = new Int32Array(distinct);
  const values = new Float32Array(distinct);
  let out = 0;
  let run = 1;
  for (let k = 1; k <= total; k++) {
    if (k < total && hits[k] === hits[k - 1]) {
      run++;
      continue;
    }
    indices[out] = hits[k - 1]!;
    values[out++] = run / total;
    run = 1;
  }
  return { indices, values };
}
