/**
 * Runs practice patterns the way a pack import and a scored reply do (schema check, then the
 * rubric check against the reply), in a worker thread, so a pattern that never finishes can be
 * stopped from outside instead of freezing the test run.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { evaluateCheck, ownWordsOf } from '../../../lib/practice/checks';
import { checkSchema } from '../../../lib/practice/schema';

const { patterns, replies } = workerData as { patterns: string[]; replies: string[] };
const refused: string[] = [];
let evaluated = 0;
for (const pattern of patterns) {
  const parsed = checkSchema.safeParse({ type: 'cues', patterns: [pattern] });
  if (!parsed.success) {
    refused.push(pattern);
    continue;
  }
  for (const reply of replies) {
    evaluateCheck(parsed.data, { ownWords: ownWordsOf(reply), findings: [], tone: null, reading: { sentences: [], facts: new Set(), listed: new Set(), denied: new Set(), wrong: new Set(), findings: [] }, scenario: { facts: [] } });
    evaluated++;
  }
}
parentPort!.postMessage({ refused, evaluated });
