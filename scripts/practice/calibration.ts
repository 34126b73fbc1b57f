/**
 * How well practice scores agree with a person's grades: every built-in scenario's calibration
 * replies (tests/fixtures/practice-calibration/<scenario>.json, graded by hand: model answers,
 * paraphrases, partial, stuffed, polite-but-empty, weak, fact errors, hostile) are scored with both
 * on-device models loaded, as the practice page scores them, and compared with their grades
 * (Spearman's rank correlation) and with the band each kind of reply must land in.
 *
 *   node --import tsx scripts/practice/calibration.ts           per-scenario table and the figure
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtinPack } from '../../lib/practice/builtin';
import { modelToneReading } from '../../lib/practice/model-tone';
import { scoreReply } from '../../lib/practice/score';

export const CALIBRATION_DIR = resolve(import.meta.dirname, '../../tests/fixtures/practice-calibration');
/** Replies written after the scorer was tuned on CALIBRATION_DIR, and never used to tune it. */
export const HELD_OUT_FILE = resolve(import.meta.dirname, '../../tests/fixtures/practice-calibration-held-out.json');

export const KINDS = ['model', 'paraphrase', 'partial', 'stuffed', 'polite-empty', 'weak', 'fact-error', 'hostile'] as const;
export type ReplyKind = (typeof KINDS)[number];

/** Where each kind of reply must score: [lowest, highest] inclusive. */
export const BANDS: Record<ReplyKind, [number, number]> = {
  model: [81, 100],
  paraphrase: [81, 100],
  partial: [30, 85],
  stuffed: [0, 59],
  'polite-empty': [0, 59],
  weak: [0, 69],
  'fact-error': [0, 69],
  hostile: [0, 29],
};

/** The grade a scenario's own model answers carry (they are the reference replies). */
export const MODEL_ANSWER_GRADE = 96;

export interface CalibrationReply {
  scenario: string;
  kind: ReplyKind;
  grade: number;
  text: string;
  score: number;
}

function average(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Ranks with ties sharing their mean rank. */
function ranks(xs: readonly number[]): number[] {
  const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x);
  const out = new Array<number>(xs.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]!.x === order[i]!.x) j++;
    for (let k = i; k <= j; k++) out[order[k]!.i] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return out;
}

/** Spearman's rank correlation (Pearson's r of the ranks, ties averaged). */
export function spearman(a: readonly number[], b: readonly number[]): number {
  const ra = ranks(a);
  const rb = ranks(b);
  const ma = average(ra);
  const mb = average(rb);
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < ra.length; i++) {
    num += (ra[i]! - ma) * (rb[i]! - mb);
    da += (ra[i]! - ma) ** 2;
    db += (rb[i]! - mb) ** 2;
  }
  return da === 0 || db === 0 ? 0 : num / Math.sqrt(da * db);
}

/** Every calibration reply of every built-in scenario, scored (model answers included). */
export function scoreCalibration(): CalibrationReply[] {
  const scenarios = new Map(builtinPack().scenarios.map((s) => [s.id, s]));
  const out: CalibrationReply[] = [];
  for (const file of readdirSync(CALIBRATION_DIR).filter((f) => f.endsWith('.json')).sort()) {
    const data = JSON.parse(readFileSync(resolve(CALIBRATION_DIR, file), 'utf8')) as { scenario: string; replies: { kind: ReplyKind; grade: number; text: string }[] };
    const scenario = scenarios.get(data.scenario);
    if (!scenario) throw new Error(`${file}: no built-in scenario ${data.scenario}`);
    const replies = [...scenario.modelAnswers.map((text) => ({ kind: 'model' as const, grade: MODEL_ANSWER_GRADE, text })), ...data.replies];
    for (const r of replies) {
      if (!(KINDS as readonly string[]).includes(r.kind)) throw new Error(`${file}: unknown kind ${r.kind}`);
      out.push({ scenario: scenario.id, ...r, score: scoreReply(scenario, r.text, { tone: modelToneReading(r.text) }).score });
    }
  }
  return out;
}

/** The held-out replies, scored the same way. */
export function scoreHeldOut(): CalibrationReply[] {
  const scenarios = new Map(builtinPack().scenarios.map((s) => [s.id, s]));
  const data = JSON.parse(readFileSync(HELD_OUT_FILE, 'utf8')) as { replies: { scenario: string; kind: ReplyKind; grade: number; text: string }[] };
  return data.replies.map((r) => {
    const scenario = scenarios.get(r.scenario);
    if (!scenario) throw new Error(`held-out: no built-in scenario ${r.scenario}`);
    return { ...r, score: scoreReply(scenario, r.text, { tone: modelToneReading(r.text) }).score };
  });
}

export interface Agreement {
  replies: number;
  scenarios: number;
  /** Spearman over every reply. */
  overall: number;
  /** Spearman within each scenario, averaged; and the lowest. */
  perScenarioMean: number;
  perScenarioMin: number;
  /** Mean absolute difference between score and grade. */
  meanAbsoluteError: number;
  outOfBand: CalibrationReply[];
}

export function agreement(replies: readonly CalibrationReply[]): Agreement {
  const byScenario = new Map<string, CalibrationReply[]>();
  for (const r of replies) byScenario.set(r.scenario, [...(byScenario.get(r.scenario) ?? []), r]);
  const per = [...byScenario.values()].map((rs) => spearman(rs.map((r) => r.grade), rs.map((r) => r.score)));
  return {
    replies: replies.length,
    scenarios: byScenario.size,
    overall: spearman(replies.map((r) => r.grade), replies.map((r) => r.score)),
    perScenarioMean: average(per),
    perScenarioMin: Math.min(...per),
    meanAbsoluteError: average(replies.map((r) => Math.abs(r.score - r.grade))),
    outOfBand: replies.filter((r) => r.score < BANDS[r.kind][0] || r.score > BANDS[r.kind][1]),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const replies = scoreCalibration();
  const scenarios = [...new Set(replies.map((r) => r.scenario))];
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  console.log(`${'scenario'.padEnd(32)} ${KINDS.map((k) => k.slice(0, 10).padStart(10)).join(' ')}`);
  for (const id of scenarios) {
    const mine = replies.filter((r) => r.scenario === id);
    const cell = (k: ReplyKind) => mine.filter((r) => r.kind === k).map((r) => r.score).join('/') || '—';
    console.log(`${id.padEnd(32)} ${KINDS.map((k) => pad(cell(k), 10)).join(' ')}`);
  }
  const a = agreement(replies);
  for (const r of a.outOfBand) console.log(`OUT OF BAND  ${r.scenario} ${r.kind}: ${r.score} (band ${BANDS[r.kind].join('–')}, graded ${r.grade})  ${r.text.slice(0, 90)}`);
  const line = (name: string, x: Agreement) =>
    `${name}: ${x.replies} replies over ${x.scenarios} scenarios: Spearman ${x.overall.toFixed(3)} overall; per scenario mean ${x.perScenarioMean.toFixed(3)}, lowest ${x.perScenarioMin.toFixed(3)}; mean |score − grade| ${x.meanAbsoluteError.toFixed(1)} points; ${x.outOfBand.length} out of band`;
  console.log(`\n${line('calibration', a)}`);
  const held = agreement(scoreHeldOut());
  for (const r of held.outOfBand) console.log(`HELD-OUT OUT OF BAND  ${r.scenario} ${r.kind}: ${r.score} (band ${BANDS[r.kind].join('–')}, graded ${r.grade})  ${r.text.slice(0, 90)}`);
  console.log(line('held out', held));
}
