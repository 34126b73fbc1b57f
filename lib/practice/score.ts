/**
 * Scores a practice reply out of 100, deterministically and with reasons:
 *
 *   score = rubric points earned − finding deductions − penalties (never below 0)
 *
 * - Rubric items are judged on what the reply does (./meaning): the coach's readings of each
 *   sentence and the scenario's facts, with half credit for doing it only in general words.
 * - Penalties: claims the scenario says are wrong, vague promises, rubric stuffing.
 * - The rubric's weights are scaled to integer points summing to 100 (largest remainder, ties by
 *   order), so a perfect reply earns 100 and missing one item costs exactly that item's points.
 * - The same engine that coaches live (`check()` with the ticket's last customer message) finds
 *   problems. Findings in a category the rubric already judges (e.g. "Avoids blame") are explained
 *   there and not deducted twice; every other finding costs points by severity, up to a cap.
 * - The tone meter comes from the tone model when the caller has it; rubric items about tone fall
 *   back to their wording check without it, and the breakdown says so.
 */
import { check as engineCheck } from '../coaching';
import type { CheckOptions, Finding, Severity } from '../engine/types';
import { categoriesOf, evaluateCheck, ownWordsOf, type ToneReading } from './checks';
import { penaltiesOf, WRONG_CLAIM_CAP, type Penalty } from './meaning/penalties';
import { readReply } from './meaning/read';
import type { RubricItem, Scenario } from './schema';
import { t } from '../i18n';
import { findingMessage } from '../rule-texts';

export type { ToneReading } from './checks';

export const DEDUCTION: Readonly<Record<Severity, number>> = { warning: 10, suggestion: 4, info: 0 };
export const DEDUCTION_CAP = 30;
/** Longest reply scored; longer input is cut (and the result says so) to keep the page responsive. */
export const MAX_REPLY_CHARS = 10_000;

export interface RubricResult {
  id: string;
  label: string;
  weight: number;
  /** Points this item is worth out of 100. */
  points: number;
  earned: number;
  passed: boolean;
  /** 1, ½ (done only in general words) or a share of facts; 0 when missed. */
  credit: number;
  /** Why it passed or failed ("found "I'm sorry""; "no phrasing found for ownership"). */
  detail: string;
  tip: string;
  principle?: string;
}

export interface FindingResult {
  ruleId: string;
  category: string;
  severity: Severity;
  message: string;
  /** The engine's message id and fill-ins, so the report shows `message` in the agent's language (lib/rule-texts.ts); not for a pack's rules. */
  messageId?: string;
  data?: Readonly<Record<string, string>>;
  suggestion?: string;
  /** The flagged words (empty for findings about the reply as a whole). */
  excerpt: string;
  start: number;
  end: number;
  deduction: number;
  /** How the finding was counted: "−10 (warning)", "counted in rubric: Avoids blame", "cap reached". */
  note: string;
}

export type { Penalty } from './meaning/penalties';

export interface ScoreResult {
  scenarioId: string;
  score: number;
  rubricPoints: number;
  /** Finding deductions plus penalties. */
  deductions: number;
  penalties: Penalty[];
  rubric: RubricResult[];
  findings: FindingResult[];
  /** Count of (non-info) findings per category, for history and habit tracking. */
  findingCounts: Record<string, number>;
  tone: ToneReading | null;
  nextSteps: string[];
  wordCount: number;
  truncated: boolean;
}

export interface ScoreOptions {
  /** The tone model's reading of this reply, when the model is loaded. */
  tone?: ToneReading | null;
  /** Engine preferences to apply (team pack, disabled rules…); context and customer message are set here. */
  checkOptions?: Omit<CheckOptions, 'context' | 'customerMessage'>;
}

/** Integer points per item summing to 100, proportional to weight (largest remainder, ties by order). */
export function rubricPoints(rubric: readonly Pick<RubricItem, 'weight'>[]): number[] {
  const total = rubric.reduce((sum, r) => sum + r.weight, 0);
  if (total === 0) return rubric.map(() => 0);
  const exact = rubric.map((r) => (r.weight * 100) / total);
  const points = exact.map(Math.floor);
  let left = 100 - points.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, frac: e - Math.floor(e) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    points[i] = (points[i] ?? 0) + 1;
    left--;
  }
  return points;
}

/** The customer's last message on the ticket: what the engine's acknowledgement check reads. */
export function lastCustomerMessage(scenario: Pick<Scenario, 'messages'>): string | undefined {
  for (let i = scenario.messages.length - 1; i >= 0; i--) {
    const m = scenario.messages[i];
    if (m?.from === 'customer') return m.text;
  }
  return undefined;
}

export function scoreReply(scenario: Scenario, reply: string, options: ScoreOptions = {}): ScoreResult {
  const truncated = reply.length > MAX_REPLY_CHARS;
  const text = truncated ? reply.slice(0, MAX_REPLY_CHARS) : reply;
  const customerMessage = lastCustomerMessage(scenario);
  const findings = engineCheck(text, {
    ...options.checkOptions,
    context: 'reply',
    ...(customerMessage !== undefined ? { customerMessage } : {}),
  });
  const tone = normaliseTone(options.tone);
  const input = { ownWords: ownWordsOf(text), findings, tone, reading: readReply(text, scenario, findings), scenario };

  const points = rubricPoints(scenario.rubric);
  const rubric: RubricResult[] = scenario.rubric.map((item, i) => {
    const result = evaluateCheck(item.check, input);
    const worth = points[i] ?? 0;
    const r: RubricResult = {
      id: item.id,
      label: item.label,
      weight: item.weight,
      points: worth,
      earned: Math.round(worth * result.credit),
      passed: result.passed,
      credit: result.credit,
      detail: result.detail,
      tip: item.tip,
    };
    if (item.principle) r.principle = item.principle;
    return r;
  });

  const judgedBy = new Map<string, string>();
  for (const item of scenario.rubric) {
    for (const c of categoriesOf(item.check, tone !== null)) if (!judgedBy.has(c)) judgedBy.set(c, item.label);
  }

  let deductions = 0;
  const findingResults: FindingResult[] = findings.map((f) => {
    const base = describeFinding(f, text);
    const judged = judgedBy.get(f.category);
    if (f.severity === 'info') return { ...base, deduction: 0, note: t('score_note_info') };
    if (judged) return { ...base, deduction: 0, note: t('score_note_in_rubric', judged) };
    const wanted = DEDUCTION[f.severity];
    const taken = Math.min(wanted, DEDUCTION_CAP - deductions);
    deductions += taken;
    const note = taken === wanted ? t('score_note_deducted', taken, f.severity) : taken > 0 ? t('score_note_deducted_to_cap', taken, f.severity) : t('score_note_cap_reached');
    return { ...base, deduction: taken, note };
  });

  const findingCounts: Record<string, number> = {};
  for (const f of findings) if (f.severity !== 'info') findingCounts[f.category] = (findingCounts[f.category] ?? 0) + 1;

  const penalties = text.trim() ? penaltiesOf(input.reading, scenario) : [];
  const penaltyPoints = penalties.reduce((sum, p) => sum + p.points, 0);
  const earned = rubric.reduce((sum, r) => sum + r.earned, 0);
  return {
    scenarioId: scenario.id,
    score: Math.min(penalties.some((p) => p.id === 'wrong-claim') ? WRONG_CLAIM_CAP : 100, Math.max(0, earned - deductions - penaltyPoints)),
    rubricPoints: earned,
    deductions: deductions + penaltyPoints,
    penalties,
    rubric,
    findings: findingResults,
    findingCounts,
    tone,
    nextSteps: nextSteps(rubric, findingResults, penalties),
    wordCount: (text.match(/[\p{L}\p{N}'’-]+/gu) ?? []).length,
    truncated,
  };
}

function normaliseTone(tone: ToneReading | null | undefined): ToneReading | null {
  if (!tone || !Number.isFinite(tone.score)) return null;
  // Two decimals: the meter's precision, and it keeps float noise between backends out of the score.
  const score = Math.round(Math.min(1, Math.max(0, tone.score)) * 100) / 100;
  return tone.label ? { score, label: tone.label } : { score };
}

function describeFinding(f: Finding, text: string): Omit<FindingResult, 'deduction' | 'note'> {
  const out: Omit<FindingResult, 'deduction' | 'note'> = {
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    message: f.message,
    excerpt: f.scope === 'draft' ? '' : text.slice(f.start, f.end),
    start: f.start,
    end: f.end,
  };
  if (f.messageId !== undefined && !f.principle.id.startsWith('team-pack:')) {
    out.messageId = f.messageId;
    if (f.data) out.data = f.data;
  }
  if (f.suggestion) out.suggestion = f.suggestion;
  else if (f.replacements[0] !== undefined) out.suggestion = `"${f.replacements[0]}"`;
  return out;
}

/** Up to three concrete things to try: the costliest missed rubric items, then the costliest findings. */
function nextSteps(rubric: readonly RubricResult[], findings: readonly FindingResult[], penalties: readonly Penalty[]): string[] {
  const missed = rubric
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => !r.passed)
    .sort((a, b) => b.r.points - b.r.earned - (a.r.points - a.r.earned) || a.i - b.i)
    .map(({ r }) => r.tip);
  const wrong = penalties.filter((p) => p.id === 'wrong-claim').map((p) => p.reason);
  const costly = findings
    .map((f, i) => ({ f, i }))
    .filter(({ f }) => f.deduction > 0)
    .sort((a, b) => b.f.deduction - a.f.deduction || a.i - b.i)
    .map(({ f }) => (f.excerpt ? t('score_step_finding', f.excerpt, findingMessage(f)) : findingMessage(f)));
  const steps = [...new Set([...wrong, ...missed, ...costly])].slice(0, 3);
  if (steps.length === 0) steps.push(t('score_step_none'));
  return steps;
}
