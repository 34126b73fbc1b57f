/** The politeness corpora and the paper's binary labels (top vs bottom quartile within a domain). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CorpusRow {
  id: string;
  text: string;
  score: number;
  community: string;
}

export type Domain = 'wiki' | 'so';

/** The corpus lives in the repository (with its licence and attribution) so any clone can retrain. */
export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), 'data', 'politeness');

const FILES: Record<Domain, string> = { wiki: 'wikipedia.jsonl', so: 'stackexchange-so.jsonl' };

export function loadCorpus(domain: Domain, dir = DATA_DIR): CorpusRow[] {
  const path = join(dir, FILES[domain]);
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    throw new Error(`Cannot read the politeness corpus at ${path} (it is part of the repository: is the clone complete?): ${(e as Error).message}`);
  }
  return raw
    .split('\n')
    .filter((l) => l.trim())
    .map((line, i) => {
      const row = JSON.parse(line) as CorpusRow;
      if (typeof row.text !== 'string' || typeof row.score !== 'number') throw new Error(`${path}:${i + 1}: bad row`);
      return row;
    });
}

/** numpy.percentile's default (linear interpolation between closest ranks). */
export function percentile(values: readonly number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const pos = ((s.length - 1) * p) / 100;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}

export interface LabelledRow extends CorpusRow {
  /** 1 = top quartile (polite), 0 = bottom quartile (impolite); undefined for the middle half. */
  label: 0 | 1 | undefined;
}

/** Label within the domain exactly as the baseline does: <= 25th percentile → 0, >= 75th → 1. */
export function quartileLabels(rows: readonly CorpusRow[]): LabelledRow[] {
  const scores = rows.map((r) => r.score);
  const lo = percentile(scores, 25);
  const hi = percentile(scores, 75);
  return rows.map((r) => ({ ...r, label: r.score >= hi ? 1 : r.score <= lo ? 0 : undefined }));
}

/** Duplicate requests (after case/whitespace normalisation) share a group and never cross folds. */
export function groupKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
