/**
 * Splits (masked) text into sentences with exact offsets. compromise's sentence splitter does the
 * splitting (abbreviations, decimals, "e.g." …); lines are split first and cached, so a keystroke
 * only re-splits the line it touched.
 */
import nlp from 'compromise/two';
import { BoundedCache } from './cache';

export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * A line's sentences, with their text sliced once. Handing out the same string objects on every
 * keystroke matters: V8 keeps a string's hash on the string, so the per-sentence caches downstream
 * (rules, tone, draft scans) look up an unchanged sentence without re-hashing its text.
 */
interface LineSentence {
  start: number;
  end: number;
  text: string;
  hasLetters: boolean;
}

const lineCache = new BoundedCache<string, readonly LineSentence[]>(4000);

/** Lines longer than this are pre-split with a regex: compromise's tokenizer slows down badly on them. */
const LONG_LINE = 2000;
/** Pieces with no sentence punctuation are cut at whitespace into chunks of about this size. */
const CHUNK = 1000;

/** Cheap split of a very long line at sentence punctuation, then at whitespace; exact offsets. */
function roughPieces(line: string): Array<{ start: number; end: number }> {
  const pieces: Array<{ start: number; end: number }> = [];
  const boundary = /[.!?]+["')\]”’]*\s+/g;
  let start = 0;
  const push = (from: number, to: number) => {
    let s = from;
    while (to - s > CHUNK) {
      const window = line.slice(s, s + CHUNK);
      const cut = window.lastIndexOf(' ');
      const end = cut > CHUNK / 2 ? s + cut : s + CHUNK;
      pieces.push({ start: s, end });
      s = end;
    }
    if (to > s) pieces.push({ start: s, end: to });
  };
  for (let m = boundary.exec(line); m; m = boundary.exec(line)) {
    push(start, m.index + m[0].length);
    start = m.index + m[0].length;
  }
  push(start, line.length);
  return pieces;
}

function splitLine(line: string): readonly LineSentence[] {
  const cached = lineCache.get(line);
  if (cached) return cached;
  const sentences = spansOfLine(line).map(({ start, end }) => {
    const text = line.slice(start, end);
    return { start, end, text, hasLetters: /[A-Za-z]/.test(text) };
  });
  lineCache.set(line, sentences);
  return sentences;
}

function spansOfLine(line: string): Array<{ start: number; end: number }> {
  const spans: { start: number; end: number }[] = [];
  if (!/[A-Za-z]/.test(line)) {
    // No words, no sentences (only letters make a sentence worth checking; see splitSentences).
  } else if (line.length > LONG_LINE) {
    for (const piece of roughPieces(line)) {
      const text = line.slice(piece.start, piece.end);
      const lead = /^\s*/.exec(text)?.[0].length ?? 0;
      const trail = /\s*$/.exec(text)?.[0].length ?? 0;
      if (piece.end - trail > piece.start + lead) spans.push({ start: piece.start + lead, end: piece.end - trail });
    }
  } else {
    spans.push(...compromiseSentences(line));
  }
  return spans;
}

type SplitSentences = (text: string, world: unknown) => string[];
const world = nlp.world() as unknown as {
  methods?: { one?: { tokenize?: { splitSentences?: SplitSentences } } };
  model?: { one?: { abbreviations?: Record<string, boolean> } };
};
const splitter = world.methods?.one?.tokenize?.splitSentences;

// Abbreviations of support mail that compromise doesn't know: "call ext. 4410", "ref. INC0042".
const abbreviations = world.model?.one?.abbreviations;
if (abbreviations) for (const abbr of ['ext', 'ref', 'vs', 'incl', 'attn']) abbreviations[abbr] = true;

/**
 * compromise's own sentence splitter (the first step of nlp.tokenize) without tokenizing every word:
 * the same sentences, ~50× cheaper, which is most of a cold check. Its pieces cover the line exactly,
 * whitespace included, so offsets come from their lengths. If a compromise update moves the method
 * or the pieces stop covering the line, fall back to the full tokenizer.
 */
function compromiseSentences(line: string): Array<{ start: number; end: number }> {
  const pieces = splitter?.(line, world);
  if (!pieces || pieces.join('') !== line) return tokenizedSentences(line);
  const spans: Array<{ start: number; end: number }> = [];
  let pos = 0;
  for (const piece of pieces) {
    const lead = piece.length - piece.trimStart().length;
    const text = piece.trim();
    if (text) spans.push({ start: pos + lead, end: pos + lead + text.length });
    pos += piece.length;
  }
  return spans;
}

function tokenizedSentences(line: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  const json = nlp.tokenize(line).json({ offset: true }) as Array<{ text: string; offset: { start: number; length: number } }>;
  let cursor = 0;
  for (const s of json) {
    // compromise offsets normally match the input exactly; re-anchor on the text if they drift.
    let start = s.offset.start;
    if (line.slice(start, start + s.text.length) !== s.text) {
      const found = line.indexOf(s.text, cursor);
      if (found < 0) continue;
      start = found;
    }
    const end = start + s.text.length;
    spans.push({ start, end });
    cursor = end;
  }
  return spans;
}

/** Sentences of `text` (already masked); whitespace-only stretches produce none. */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    for (const s of splitLine(line)) {
      if (s.hasLetters) out.push({ start: lineStart + s.start, end: lineStart + s.end, text: s.text });
    }
    lineStart = lineEnd + 1;
  }
  return out;
}
