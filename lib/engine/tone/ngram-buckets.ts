/**
 * The hashed n-gram buckets of a normalised text, computed without building the keys: the same
 * FNV-1a hashes as `hashKey('', key)` over every key `ngramKeys` lists ("w:tok", "w:^ tok",
 * "w:prev tok", "w:?", "w:!", "c:<n chars>"), fed code unit by code unit straight from the text.
 * Every sentence is hashed for both models on each cold check, and building a string and a Set
 * entry per key was most of the feature cost. `ngramKeys` stays the readable definition; a unit
 * test holds the two to the same buckets.
 */

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

const fnv = (h: number, code: number): number => Math.imul(h ^ code, FNV_PRIME);

const fnvString = (h: number, s: string): number => {
  for (let i = 0; i < s.length; i++) h = fnv(h, s.charCodeAt(i));
  return h;
};

const WORD_PREFIX = fnvString(FNV_OFFSET, 'w:');
const SENTENCE_START_PREFIX = fnvString(WORD_PREFIX, '^ ');
const QUESTION_KEY = fnvString(WORD_PREFIX, '?');
const EXCLAMATION_KEY = fnvString(WORD_PREFIX, '!');
const CHAR_PREFIX = fnvString(FNV_OFFSET, 'c:');

const SPACE = 0x20;
const APOSTROPHE = 0x27;

/** [a-z0-9_], the word characters of the tone tokeniser (the text is already lowercase). */
function isWordCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

/** [.!?], the sentence terminators. */
function isTerminatorCode(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f;
}

/** One mark per bucket, reused between calls and always left all zero (grown as needed). */
let marks = new Uint8Array(0);
/** The buckets marked so far in this call, in the order found (grown as needed). */
let found = new Int32Array(256);
let count = 0;
let mask = 0;

function add(hash: number): void {
  const bucket = hash & mask;
  if (marks[bucket] === 0) {
    marks[bucket] = 1;
    if (count === found.length) {
      const grown = new Int32Array(found.length * 2);
      grown.set(found);
      found = grown;
    }
    found[count++] = bucket;
  }
}

/**
 * Sorted unique buckets (`hash & (buckets - 1)`) of the word 1-2-grams and character n-grams of
 * `t`, which must already be normalised (normaliseText). Tokens are /[a-z0-9_]+(?:'[a-z0-9_]+)*|[.!?]+/.
 */
export function ngramBuckets(t: string, charNgrams: readonly number[], buckets: number): Int32Array {
  if (marks.length < buckets) marks = new Uint8Array(buckets);
  mask = buckets - 1;
  count = 0;
  const n = t.length;
  // The previous word's key hash ("w:" + its characters), when a word came before in this
  // sentence: the pair key "w:prev tok" continues that hash with a space and this word.
  let prevWord = 0;
  let afterWord = false;
  let i = 0;
  while (i < n) {
    const c = t.charCodeAt(i);
    if (isTerminatorCode(c)) {
      let question = false;
      let exclamation = false;
      for (; i < n; i++) {
        const d = t.charCodeAt(i);
        if (!isTerminatorCode(d)) break;
        if (d === 0x3f) question = true;
        else if (d === 0x21) exclamation = true;
      }
      if (question) add(QUESTION_KEY);
      if (exclamation) add(EXCLAMATION_KEY);
      afterWord = false;
      continue;
    }
    if (!isWordCode(c)) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isWordCode(t.charCodeAt(i))) i++;
    while (i + 1 < n && t.charCodeAt(i) === APOSTROPHE && isWordCode(t.charCodeAt(i + 1))) {
      i += 2;
      while (i < n && isWordCode(t.charCodeAt(i))) i++;
    }
    let word = WORD_PREFIX;
    let pair = afterWord ? fnv(prevWord, SPACE) : SENTENCE_START_PREFIX;
    for (let k = start; k < i; k++) {
      const code = t.charCodeAt(k);
      word = fnv(word, code);
      pair = fnv(pair, code);
    }
    add(word);
    add(pair);
    prevWord = word;
    afterWord = true;
  }
  addCharNgrams(t, charNgrams);
  // Sorted, unique; the marks cleared for the next call.
  const out = found.slice(0, count).sort();
  for (let k = 0; k < count; k++) marks[found[k]!] = 0;
  return out;
}

/** Character n-grams of ` t ` (padded with one space each side), each n of `lengths`. */
function addCharNgrams(t: string, lengths: readonly number[]): void {
  let longest = 0;
  let wanted = 0;
  for (const len of lengths) {
    longest = Math.max(longest, len);
    if (len < 31) wanted |= 1 << len;
  }
  const padded = t.length + 2;
  for (let from = 0; from < padded; from++) {
    let h = CHAR_PREFIX;
    for (let len = 1; len <= longest && from + len <= padded; len++) {
      const p = from + len - 1;
      h = fnv(h, p === 0 || p === padded - 1 ? SPACE : t.charCodeAt(p - 1));
      if (len < 31 ? (wanted >> len) & 1 : lengths.includes(len)) add(h);
    }
  }
}
