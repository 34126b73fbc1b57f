/**
 * `npm run bench`: how long a check takes on fixed drafts (a 300-word reply, a 2,000-word thread),
 * for our engine cold and after a one-character edit, and for alex, write-good and harper.js on the
 * same texts, a cold check and a one-letter re-check of a 1 MB draft, how long the `rapport` command takes to check one line on standard input (median
 * of 10), and practice patterns on RE2 (backtracking-bait patterns on near-miss replies). Prints a
 * table, whether the issues' targets are met, then one JSON line with every figure (for CI logs
 * and comparisons).
 *
 *   --runs N      timed runs per measurement at most (default 60; at least 15 are always taken)
 *   --strict      exit 1 when a target is missed
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createCoachingChecker, getCoachModel, scoreToneUncached } from '../lib/coaching';
// As the CLI: the faster, equivalent compromise sweep.
import '../lib/engine/compromise-sweep';
import { maskText } from '../lib/engine/mask';
import { clearAllCaches } from '../lib/engine/cache';
import { splitSentences } from '../lib/engine/sentences';
import { measureCliStart } from './bench/cli-start';
import { describeTeamView, measureTeamView } from './bench/team-view';
import { loadCompetitors } from './bench/competitors';
import { oneCharEdits } from './bench/edits';
import { largeDraft } from './bench/large-draft';
import { measure, type LoopOptions, type Timing } from './bench/stats';
import { ownWordsOf } from '../lib/practice/checks';
import { firstMatch } from '../lib/practice/patterns';
import { MAX_REPLY_CHARS } from '../lib/practice/score';
import { ADVERSARIAL_REPLIES, CATASTROPHIC_PATTERNS, fuzzedPatterns } from '../tests/unit/helpers/pattern-fuzz';

const { values } = parseArgs({ options: { runs: { type: 'string' }, strict: { type: 'boolean' } } });
const maxRuns = Math.max(15, Number(values.runs ?? 60) || 60);
const heavy: LoopOptions = { warmup: 3, minRuns: 15, maxRuns, budgetMs: 6000 };
const light: LoopOptions = { warmup: 20, minRuns: 50, maxRuns: Math.max(maxRuns * 4, 50), budgetMs: 3000 };

const texts = [
  { id: 'reply-300', file: 'tests/fixtures/drafts/reply-300.txt' },
  { id: 'thread-2000', file: 'tests/fixtures/drafts/thread-2000.txt' },
].map((t) => {
  const text = readFileSync(new URL(`../${t.file}`, import.meta.url), 'utf8');
  return { ...t, text, words: text.split(/\s+/).filter(Boolean).length };
});

interface Row {
  text: string;
  words: number;
  tool: string;
  timing: Timing;
  findings: number;
}

const rows: Row[] = [];
const TONE_INFERENCE = 'tone model inference per sentence';
const COACH_INFERENCE = 'coach model inference per sentence';
// First, while this process is still idle: later measurements leave it busy (GC, harper.js).
process.stderr.write('measuring the CLI start…\n');
const CLI_START_RUNS = 10;
const cliStart = await measureCliStart(CLI_START_RUNS);
const competitors = await loadCompetitors();

for (const t of texts) {
  process.stderr.write(`measuring ${t.id}…\n`);
  // Full check: a fresh checker and every engine/rule/tone cache emptied each run: nothing is cached.
  let findings = 0;
  const full = await measure(
    heavy,
    () => {
      clearAllCaches();
      return createCoachingChecker();
    },
    (checker) => (findings = checker.check(t.text).length),
  );
  rows.push({ text: t.id, words: t.words, tool: 'rapport full check (cold)', timing: full, findings });

  // Incremental: one warm checker; each run re-checks the text with a different one-letter typo.
  const warm = createCoachingChecker();
  warm.check(t.text);
  const edits = oneCharEdits(t.text, light.warmup + light.maxRuns);
  const incremental = await measure(light, (i) => edits[i]!, (edited) => (findings = warm.check(edited).length));
  rows.push({ text: t.id, words: t.words, tool: 'rapport re-check after 1-char edit', timing: incremental, findings });

  // Tone model inference, one sentence per run, uncached (features + forward pass); "findings" = sentences.
  const sentences = splitSentences(maskText(t.text)).map((s) => s.text.trim()).filter((s) => /[A-Za-z]/.test(s));
  if (scoreToneUncached(sentences[0] ?? 'Thanks!') === null) throw new Error('no tone model: cannot measure its inference');
  const inference = await measure(light, (i) => sentences[i % sentences.length]!, (sentence) => scoreToneUncached(sentence));
  rows.push({ text: t.id, words: t.words, tool: TONE_INFERENCE, timing: inference, findings: sentences.length });

  // Coach model inference, one sentence per run, uncached (features + forward pass).
  const coach = getCoachModel();
  if (!coach) throw new Error('no coach model: cannot measure its inference');
  const coachInference = await measure(light, (i) => sentences[i % sentences.length]!, (sentence) => coach.probabilities(sentence));
  rows.push({ text: t.id, words: t.words, tool: COACH_INFERENCE, timing: coachInference, findings: sentences.length });

  for (const c of competitors) {
    let count = 0;
    const timing = await measure(heavy, () => undefined, async () => (count = await c.check(t.text)));
    rows.push({ text: t.id, words: t.words, tool: c.name, timing, findings: count });
  }
}

// Issue 17: the sentence caches sized to the draft, so one edit of a 1 MB draft re-checks a
// sentence, not the draft (each full check takes seconds: a few runs only).
const large = { id: 'draft-1mb', text: largeDraft(texts.find((t) => t.id === 'thread-2000')!.text) };
{
  process.stderr.write(`measuring ${large.id}…\n`);
  const words = large.text.split(/\s+/).filter(Boolean).length;
  const few: LoopOptions = { warmup: 1, minRuns: 3, maxRuns: 3, budgetMs: 0 };
  let findings = 0;
  const full = await measure(few, () => { clearAllCaches(); return createCoachingChecker(); }, (checker) => (findings = checker.check(large.text).length));
  rows.push({ text: large.id, words, tool: 'rapport full check (cold)', timing: full, findings });
  const warm = createCoachingChecker();
  warm.check(large.text);
  const edits = oneCharEdits(large.text, 12);
  const edit = await measure({ warmup: 2, minRuns: 10, maxRuns: 10, budgetMs: 0 }, (i) => edits[i]!, (edited) => (findings = warm.check(edited).length));
  rows.push({ text: large.id, words, tool: 'rapport re-check after 1-char edit', timing: edit, findings });
}

// Practice patterns run on RE2 (issue 17): the patterns that hang a backtracking engine, and a
// fuzzed set of 400, against near-miss replies up to the longest reply practice scores.
process.stderr.write('measuring practice patterns…\n');
const fuzzed = fuzzedPatterns(400);
for (const reply of [...ADVERSARIAL_REPLIES, 'a'.repeat(MAX_REPLY_CHARS)]) {
  const ownWords = ownWordsOf(reply);
  const id = `practice reply (${reply.length} chars)`;
  const words = reply.split(/\s+/).filter(Boolean).length;
  for (const pattern of CATASTROPHIC_PATTERNS) {
    const timing = await measure(light, () => ownWords, (text) => firstMatch(pattern, text));
    rows.push({ text: id, words, tool: `practice pattern ${pattern}`, timing, findings: firstMatch(pattern, ownWords) === undefined ? 0 : 1 });
  }
  let matched = 0;
  const all = await measure(heavy, () => ownWords, (text) => (matched = fuzzed.filter((pattern) => firstMatch(pattern, text) !== undefined).length));
  rows.push({ text: id, words, tool: `practice: ${fuzzed.length} fuzzed patterns`, timing: all, findings: matched });
}

// Issue 15: the team view with 1,000 agents' exports of a year each.
process.stderr.write('measuring the team view (1,000 agents × 365 days)…\n');
const teamView = await measureTeamView(1000, 365);

const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));
const header = ['text', 'words', 'checker', 'median ms', 'p95 ms', 'runs', 'findings'];
const table = rows.map((r) => [r.text, String(r.words), r.tool, ms(r.timing.median), ms(r.timing.p95), String(r.timing.runs), String(r.findings)]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
const numeric = new Set([1, 3, 4, 5, 6]);
const line = (cells: string[]) => cells.map((c, i) => (numeric.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '─'.repeat(w)).join('  '));
for (const row of table) console.log(line(row));
console.log(`\necho "…" | rapport check (bin/rapport, one line on stdin): median ${ms(cliStart.median)} ms, p95 ${ms(cliStart.p95)} ms over ${cliStart.runs} runs`);
console.log(describeTeamView(teamView));

// Targets (issues 3, 12): full check in at most half of alex's and harper.js's time; re-check ≥ 10× faster than full.
const find = (text: string, tool: string) => rows.find((r) => r.text === text && r.tool === tool)!.timing;
const targets: Record<string, { ratio: number; met: boolean }> = {};
console.log('');
for (const t of texts) {
  const full = find(t.id, 'rapport full check (cold)').median;
  const checks: Array<[string, number, number]> = [
    ['full ≤ half of alex', find(t.id, 'alex').median / full, 2],
    ['full ≤ half of harper.js', find(t.id, 'harper.js').median / full, 2],
    ['re-check ≥ 10× faster than full', full / find(t.id, 'rapport re-check after 1-char edit').median, 10],
  ];
  // Issue 5: inference ≤ 1 ms per sentence (ratio = 1 ms / median).
  checks.push(['tone inference ≤ 1 ms per sentence', 1 / find(t.id, TONE_INFERENCE).median, 1]);
  checks.push(['coach inference ≤ 1 ms per sentence', 1 / find(t.id, COACH_INFERENCE).median, 1]);
  for (const [name, ratio, needed] of checks) {
    const met = ratio >= needed;
    targets[`${t.id}: ${name}`] = { ratio: Number(ratio.toFixed(2)), met };
    console.log(`${met ? '✓' : '✗ MISSED'}  ${t.id}: ${name} (${ratio.toFixed(1)}×)`);
  }
}

{
  const full = find(large.id, 'rapport full check (cold)').median;
  const ratio = full / find(large.id, 'rapport re-check after 1-char edit').median;
  const met = ratio >= 10;
  targets[`${large.id}: re-check under 10% of full`] = { ratio: Number(ratio.toFixed(2)), met };
  console.log(`${met ? '✓' : '✗ MISSED'}  ${large.id}: re-check under 10% of full (${ratio.toFixed(1)}×)`);
}

// Issue 16: the command starts and checks one line in at most 0.3 s (ratio = 300 ms / median).
const CLI_START_TARGET_MS = 300;
const cliMet = cliStart.median <= CLI_START_TARGET_MS;
targets['cli: one line on stdin ≤ 300 ms'] = { ratio: Number((CLI_START_TARGET_MS / cliStart.median).toFixed(2)), met: cliMet };
console.log(`${cliMet ? '✓' : '✗ MISSED'}  cli: one line on stdin ≤ 300 ms (${ms(cliStart.median)} ms)`);

const figures: Record<string, Record<string, (Timing & { findings: number; words: number }) | Timing>> = {};
const round = (n: number) => Number(n.toFixed(3));
for (const r of rows) {
  (figures[r.text] ??= {})[r.tool] = { median: round(r.timing.median), p95: round(r.timing.p95), runs: r.timing.runs, findings: r.findings, words: r.words };
}
// Issue 15: the team view in a few seconds (ratio = 3 s / time).
const TEAM_VIEW_TARGET_MS = 3000;
targets['team view: 1,000 agents × 365 days ≤ 3 s'] = { ratio: Number((TEAM_VIEW_TARGET_MS / teamView.teamViewMs).toFixed(2)), met: teamView.teamViewMs <= TEAM_VIEW_TARGET_MS };
console.log(`${teamView.teamViewMs <= TEAM_VIEW_TARGET_MS ? '✓' : '✗ MISSED'}  team view: 1,000 agents × 365 days ≤ 3 s (${(teamView.teamViewMs / 1000).toFixed(2)} s)`);
figures['team-view'] = { '1000 agents × 365 days': { median: round(teamView.teamViewMs), p95: round(teamView.teamViewMs), runs: 1 }, import: { median: round(teamView.importMs), p95: round(teamView.importMs), runs: 1 } };
figures.cli = { 'rapport check, one line on stdin': { median: round(cliStart.median), p95: round(cliStart.p95), runs: cliStart.runs } };
console.log(JSON.stringify({ benchmark: 'rapport', node: process.version, unit: 'ms', figures, targets }));

if (values.strict && Object.values(targets).some((t) => !t.met)) process.exitCode = 1;
