/**
 * The coach corpus (models/coach/data/, written for this project; see data/CATEGORIES.md and
 * MODEL_CARD.md): training sentences from train/*.tsv, the held-out test sentences and full replies
 * from test/. Parsing is strict: a malformed line stops training with its file and line number.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseText } from '../../lib/engine/tone/features';
import { COACH_LABELS, isCoachLabel, type CoachLabel } from '../../lib/engine/coach/labels';

export const DATA_DIR = new URL('./data/', import.meta.url).pathname;

export interface CorpusSentence {
  labels: CoachLabel[];
  situation: string;
  voice: string;
  /** `plain`, `hard:<trigger>` (good sentences) or `-`. */
  kind: string;
  text: string;
  source: string;
}

export interface TestReply {
  id: string;
  situation: string;
  text: string;
  problems: { quote: string; label: CoachLabel }[];
}

export function parseTsv(content: string, source: string): CorpusSentence[] {
  const out: CorpusSentence[] = [];
  content.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const where = `${source}:${i + 1}`;
    const fields = line.split('\t');
    if (fields.length !== 5) throw new Error(`${where}: expected 5 tab-separated fields, got ${fields.length}`);
    const [labelField, situation, voice, kind, text] = fields as [string, string, string, string, string];
    const labels = labelField.trim() === '-' ? [] : labelField.split(',').map((l) => l.trim());
    for (const l of labels) if (!isCoachLabel(l)) throw new Error(`${where}: unknown label "${l}"`);
    if (!text.trim()) throw new Error(`${where}: empty text`);
    out.push({ labels: labels as CoachLabel[], situation: situation.trim(), voice: voice.trim(), kind: kind.trim(), text: text.trim(), source: where });
  });
  return out;
}

export function readTsvDir(dir: string): CorpusSentence[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .flatMap((f) => parseTsv(readFileSync(join(dir, f), 'utf8'), f));
}

export function loadTestSentences(): CorpusSentence[] {
  return parseTsv(readFileSync(join(DATA_DIR, 'test', 'sentences.tsv'), 'utf8'), 'test/sentences.tsv');
}

/** The development split's sentences (data/dev/: chooses thresholds and compares models; never trained on). */
export function loadDevSentences(): CorpusSentence[] {
  return readTsvDir(join(DATA_DIR, 'dev'));
}

/** The development splits' good consumer-brand replies (every dev/good-replies-b2c*.txt), one per `---` block. */
export function loadDevBrandReplies(): string[] {
  const dir = join(DATA_DIR, 'dev');
  return readdirSync(dir)
    .filter((f) => /^good-replies-b2c.*\.txt$/.test(f))
    .sort()
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/^---$/m))
    .map((b) => b.trim())
    .filter(Boolean);
}

export function loadTestReplies(): TestReply[] {
  const lines = readFileSync(join(DATA_DIR, 'test', 'replies.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
  return lines.map((l, i) => {
    const r = JSON.parse(l) as TestReply;
    for (const p of r.problems) {
      if (!isCoachLabel(p.label)) throw new Error(`test/replies.jsonl:${i + 1}: unknown label ${p.label}`);
      if (!r.text.includes(p.quote)) throw new Error(`test/replies.jsonl:${i + 1}: quote not in text: ${p.quote}`);
    }
    return r;
  });
}

/** Word 3-gram shingles of a normalised text: near-duplicate detection between train and test. */
function shingles(text: string): Set<string> {
  const w = normaliseText(text).replace(/[^a-z0-9' ]/g, ' ').split(/\s+/).filter(Boolean);
  const out = new Set<string>();
  if (w.length < 3) out.add(w.join(' '));
  for (let i = 0; i + 3 <= w.length; i++) out.add(w.slice(i, i + 3).join(' '));
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter || 1);
}

/**
 * Training sentences after removing exact duplicates (first kept) and anything too close to a test
 * sentence or reply (same normalised text, or word-3-gram Jaccard ≥ 0.6), so the test split
 * measures generalisation. Returns what was removed, for the model card.
 */
export function trainingSet(train: CorpusSentence[], testTexts: readonly string[]): { kept: CorpusSentence[]; duplicates: number; nearTest: number } {
  const seen = new Set<string>();
  const testNorm = new Set(testTexts.map((t) => normaliseText(t)));
  const testShingles = testTexts.map(shingles);
  const byShingle = new Map<string, number[]>();
  testShingles.forEach((s, i) => s.forEach((g) => byShingle.set(g, [...(byShingle.get(g) ?? []), i])));
  let duplicates = 0;
  let nearTest = 0;
  const kept: CorpusSentence[] = [];
  for (const s of train) {
    const n = normaliseText(s.text);
    if (seen.has(n)) {
      duplicates++;
      continue;
    }
    seen.add(n);
    const sh = shingles(s.text);
    const candidates = new Set<number>();
    for (const g of sh) for (const i of byShingle.get(g) ?? []) candidates.add(i);
    if (testNorm.has(n) || [...candidates].some((i) => jaccard(sh, testShingles[i]!) >= 0.6)) {
      nearTest++;
      continue;
    }
    kept.push(s);
  }
  return { kept, duplicates, nearTest };
}

/** Multi-hot target vector in COACH_LABELS order. */
export function targetOf(s: CorpusSentence): Float32Array {
  const y = new Float32Array(COACH_LABELS.length);
  for (const l of s.labels) y[COACH_LABELS.indexOf(l)] = 1;
  return y;
}
