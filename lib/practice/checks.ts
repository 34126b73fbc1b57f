/**
 * Evaluates one rubric check against a reply. Every result says why it passed or failed, in words a
 * trainee can act on, so the score is explained, not just given.
 */
import type { Finding } from '../engine/types';
import { maskText } from '../engine/mask';
import { cueSetLabels, cueSets, isCueSetName } from './cues';
import { firstMatch } from './patterns';
import { judgeFacts, judgeIntent } from './meaning/intents';
import type { ReplyReading } from './meaning/read';
import type { Check, Scenario } from './schema';
import { t, tCount } from '../i18n';
import { categoryLabel } from '../rule-texts';

export interface ToneReading {
  /** Whole-draft warmth, 0 (curt/cold) … 1 (warm/polite). */
  score: number;
  /** Short word for the meter ("warm", "neutral", "curt"), when the model provides one. */
  label?: string;
}

export interface CheckInput {
  /** The reply as the agent's own words: quotes, signatures, code and placeholders masked out. */
  ownWords: string;
  findings: readonly Finding[];
  tone: ToneReading | null;
  /** The reply as the coach reads it, sentence by sentence (./meaning/read.ts). */
  reading: ReplyReading;
  scenario: Pick<Scenario, 'facts'>;
}

export interface CheckResult {
  passed: boolean;
  /** 1 passed, 0 failed; intent and facts checks give partial credit (½, or a share of facts). */
  credit: number;
  detail: string;
}

const result = (passed: boolean, detail: string): CheckResult => ({ passed, credit: passed ? 1 : 0, detail });


/** Masks what isn't the agent's and normalises typography so "I’ll" matches "I'll". */
export function ownWordsOf(reply: string): string {
  return maskText(reply)
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

function sourcesOf(check: { sets?: readonly string[] | undefined; patterns?: readonly string[] | undefined }): string[] {
  const out: string[] = [];
  for (const name of check.sets ?? []) out.push(...(cueSets[name as keyof typeof cueSets] ?? []));
  out.push(...(check.patterns ?? []));
  return out;
}

function matches(sources: readonly string[], text: string): string[] {
  const found: string[] = [];
  for (const s of sources) {
    const m = firstMatch(s, text);
    if (m?.trim()) found.push(m.trim());
  }
  return found;
}

function quoteList(items: readonly string[], max = 2): string {
  const unique = [...new Set(items.map((s) => s.toLowerCase()))];
  const shown = unique.slice(0, max).map((s) => `"${s}"`);
  return unique.length > max ? `${shown.join(', ')} …` : shown.join(', ');
}

function describeSets(check: { sets?: readonly string[] | undefined; patterns?: readonly string[] | undefined }): string {
  const parts = (check.sets ?? []).map((name) => (isCueSetName(name) ? t(cueSetLabels[name]) : name));
  if (check.patterns?.length) parts.push(t('check_own_cues'));
  return parts.join(t('check_or'));
}

export function evaluateCheck(check: Check, input: CheckInput): CheckResult {
  switch (check.type) {
    case 'intent':
    case 'facts': {
      const r = check.type === 'intent' ? judgeIntent(check.intent, input.reading, input.scenario) : judgeFacts(check.facts, input.reading, input.scenario);
      return { passed: r.credit >= 1, credit: r.credit, detail: r.detail };
    }
    case 'cues': {
      const min = check.min ?? 1;
      const found = matches(sourcesOf(check), input.ownWords);
      if (found.length >= min) return result(true, t('check_found', quoteList(found)));
      return result(
        false,
        found.length ? t('check_found_too_few', quoteList(found), min, describeSets(check)) : t('check_not_found', describeSets(check)),
      );
    }
    case 'absent': {
      const found = matches(sourcesOf(check), input.ownWords);
      if (found.length === 0) return result(true, t('check_none_to_avoid'));
      return result(false, t('check_contains', quoteList(found)));
    }
    case 'no-findings': {
      const wanted = new Set(check.categories);
      const hits = input.findings.filter((f) => wanted.has(f.category) && f.severity !== 'info');
      if (hits.length === 0) return result(true, t('check_no_findings', check.categories.map(categoryLabel).join(' / ')));
      return result(false, tCount(hits.length, 'check_findings_one', 'check_findings_other', [...new Set(hits.map((h) => categoryLabel(h.category)))].join(' / ')));
    }
    case 'tone': {
      if (input.tone) {
        const value = Math.round(input.tone.score * 100) / 100;
        return value >= check.min ? result(true, `tone ${value.toFixed(2)} ≥ ${check.min.toFixed(2)}`) : result(false, `tone ${value.toFixed(2)} < ${check.min.toFixed(2)}`);
      }
      const fallback = evaluateCheck(check.fallback, input);
      return { ...fallback, detail: t('check_tone_by_wording', fallback.detail) };
    }
    case 'all': {
      const results = check.checks.map((c) => evaluateCheck(c, input));
      const failed = results.filter((r) => !r.passed);
      const credit = Math.min(...results.map((r) => r.credit));
      if (failed.length === 0) return { passed: true, credit, detail: results.map((r) => r.detail).join('; ') };
      return { passed: false, credit, detail: failed.map((r) => r.detail).join('; ') };
    }
    case 'any': {
      const results = check.checks.map((c) => evaluateCheck(c, input));
      const best = results.reduce((a, r) => (r.credit > a.credit ? r : a));
      if (best.passed) return best;
      return { passed: false, credit: best.credit, detail: results.map((r) => r.detail).join('; or ') };
    }
  }
}

/** Finding categories a check judges; findings of these are scored by the rubric, not deducted again. */
export function categoriesOf(check: Check, toneLoaded: boolean, out: Set<string> = new Set()): Set<string> {
  switch (check.type) {
    case 'no-findings':
      for (const c of check.categories) out.add(c);
      break;
    case 'tone':
      // With the model loaded the item is judged by tone alone; the fallback's categories don't apply.
      if (!toneLoaded) categoriesOf(check.fallback, toneLoaded, out);
      break;
    case 'all':
    case 'any':
      for (const c of check.checks) categoriesOf(c, toneLoaded, out);
      break;
    default:
      break;
  }
  return out;
}
