/**
 * The phrase matcher most rules are built on: a cheap prefilter, then a list of patterns, each with
 * its message, an optional hard-negative check and an optional safe fix. Patterns are plain data so a
 * rule's wording can be read (and tuned) at a glance.
 */
import { defineRule } from '../engine/rule';
import type { RegexSpan, RuleExamples, RuleMeta, Sentence, SentenceContext, SentenceRule } from '../engine/rule';
import { clauseBefore, deletionEdit, type Edit } from './text';

export interface PhrasePattern {
  /** Global regex; the whole match is the flagged span unless `span` narrows it. */
  re: RegExp;
  messageId: string;
  suggestion?: string;
  /** true → leave this match alone (hard negatives a regex can't say). */
  skip?: (m: RegexSpan, sentence: Sentence) => boolean;
  /** A safe, mechanical edit; only for rules whose meta says fixable. */
  fix?: (m: RegexSpan, sentence: Sentence) => Edit | undefined;
}

/** Run `patterns` over a sentence, reporting each non-overlapping match once. */
function reportPhrases(sentence: Sentence, ctx: SentenceContext, prefilter: RegExp, patterns: readonly PhrasePattern[]): void {
  if (prefilter.global) throw new Error('prefilter must not be global (it is used with test())');
  if (!prefilter.test(sentence.text)) return;
  const taken: { start: number; end: number }[] = [];
  for (const p of patterns) {
    for (const m of sentence.find(p.re)) {
      if (taken.some((t) => m.start < t.end && t.start < m.end)) continue;
      if (p.skip?.(m, sentence)) continue;
      const edit = p.fix?.(m, sentence);
      const start = edit ? Math.min(edit.start, m.start) : m.start;
      const end = edit ? Math.max(edit.end, m.end) : m.end;
      const replacements = edit ? [applyEdit(sentence.text, start, end, edit)] : undefined;
      taken.push({ start: m.start, end: m.end });
      ctx.report({
        start,
        end,
        messageId: p.messageId,
        ...(replacements ? { replacements } : {}),
        ...(p.suggestion ? { suggestion: p.suggestion } : {}),
      });
    }
  }
}

export interface PhraseRuleSpec {
  meta: RuleMeta;
  /** Non-global regex over the sentence: nothing to do unless it hits. */
  prefilter: RegExp;
  patterns: readonly PhrasePattern[];
  examples: RuleExamples;
}

/** A sentence rule that is nothing but a phrase list: its check is `reportPhrases`. */
export function definePhraseRule({ meta, prefilter, patterns, examples }: PhraseRuleSpec): SentenceRule {
  return defineRule({
    scope: 'sentence',
    meta,
    check(sentence, ctx) {
      reportPhrases(sentence, ctx, prefilter, patterns);
    },
    examples,
  });
}

/** Fix: delete the matched word, keeping spacing and capitalisation right (see `deletionEdit`). */
export function deleteMatch(m: RegexSpan, sentence: Sentence): Edit {
  return deletionEdit(sentence.text, m.start, m.end);
}

/** The replacement text for [start, end) once `edit` (which lies inside it) is applied. */
function applyEdit(text: string, start: number, end: number, edit: Edit): string {
  return text.slice(start, edit.start) + edit.replacement + text.slice(edit.end, end);
}

/** "if you forgot…", "in case you…", "don't worry if…": a conditional is not an accusation. */
export function isConditional(sentence: Sentence, m: RegexSpan): boolean {
  return /\b(?:if|in case|whether|unless|when|whenever|once|even if|suppose|maybe|perhaps|might|may)\b/i.test(clauseBefore(sentence.text, m.start));
}

/** A negation just before the match: "it's not your fault", "none of this is your fault". */
export function isNegated(sentence: Sentence, m: RegexSpan, within = 4): boolean {
  const words = clauseBefore(sentence.text, m.start).trim().split(/\s+/).slice(-within).join(' ');
  return /\b(?:not|never|no|none|nobody|nothing|neither|nor|isn['’]?t|aren['’]?t|wasn['’]?t|weren['’]?t|don['’]?t|doesn['’]?t|didn['’]?t|won['’]?t|can['’]?t|cannot)\b|n['’]t\b/i.test(words);
}

