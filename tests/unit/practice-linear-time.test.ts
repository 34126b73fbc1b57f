/**
 * Practice patterns cannot hang a page: the two patterns from issue 17 and a fuzzed set built to
 * backtrack exponentially are accepted or refused and scored against long near-miss replies, and
 * the whole run completes. It runs in a worker thread with a deadline, so an engine that
 * backtracks fails this test instead of freezing the test run. (Timings: `npm run bench`.)
 */
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { cueSets } from '../../lib/practice/cues';
import { patternProblem } from '../../lib/practice/patterns';
import { ADVERSARIAL_REPLIES, CATASTROPHIC_PATTERNS, fuzzedPatterns } from './helpers/pattern-fuzz';

/** Far beyond what linear matching needs on this machine; a backtracking engine needs ages of the universe. */
const DEADLINE_MS = 60_000;

function scoreInWorker(patterns: string[], replies: string[]): Promise<{ refused: string[]; evaluated: number } | 'timed out'> {
  const worker = new Worker(new URL('./helpers/practice-patterns-worker.mjs', import.meta.url), {
    workerData: { patterns, replies },
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve('timed out');
    }, DEADLINE_MS);
    worker.once('message', (result: { refused: string[]; evaluated: number }) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

describe('practice patterns run in linear time', { timeout: DEADLINE_MS + 30_000 }, () => {
  it('replies of 74+ characters are among the inputs', () => {
    expect(ADVERSARIAL_REPLIES.every((r) => r.length >= 74 && !r.includes('#'))).toBe(true);
  });

  it('the issue\'s patterns are accepted and scoring with them completes', async () => {
    const result = await scoreInWorker(CATASTROPHIC_PATTERNS, ADVERSARIAL_REPLIES);
    expect(result).toEqual({ refused: [], evaluated: CATASTROPHIC_PATTERNS.length * ADVERSARIAL_REPLIES.length });
  });

  it('a fuzzed set of 400 nested, overlapping patterns completes against every reply', async () => {
    const patterns = fuzzedPatterns(400);
    expect(new Set(patterns).size).toBeGreaterThan(350);
    const result = await scoreInWorker(patterns, ADVERSARIAL_REPLIES);
    expect(result).not.toBe('timed out');
    if (result === 'timed out') return;
    // Valid RE2 is accepted (refusals are only for syntax RE2 lacks), and each accepted one was run.
    expect(result.refused).toEqual([]);
    expect(result.evaluated).toBe(patterns.length * ADVERSARIAL_REPLIES.length);
  });

  it('refuses look-arounds and back-references with a reason, and every built-in cue runs on RE2', () => {
    expect(patternProblem(String.raw`\bI'll (?!try)\w+`)).toMatch(/look-arounds .* are not supported/);
    expect(patternProblem(String.raw`(\w+) \1`)).toMatch(/back-references .* are not supported/);
    expect(patternProblem('(unclosed')).toMatch(/^not a valid regular expression/);
    expect(Object.values(cueSets).flat().filter((p) => patternProblem(p) !== undefined)).toEqual([]);
  });
});
