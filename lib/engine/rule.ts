/**
 * The shape of a rule (ESLint-style: meta + a matcher + its own examples) and the views rules get.
 * Sentence rules are cached per sentence; draft rules see the whole reply and run on every check,
 * so they must stay cheap (regex over sentences, no fresh parsing).
 */
import type nlp from 'compromise/two';

type View = ReturnType<typeof nlp>;
import type { DraftKind, NotesBehaviour, PrincipleRef, Severity } from './types';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface RegexSpan extends Span {
  groups: (string | undefined)[];
}

export interface TermSpan extends Span {
  tags: string[];
}

export interface Sentence {
  /** Sentence text; excluded parts (URLs, placeholders…) are blanked with spaces. */
  readonly text: string;
  /** compromise document of this sentence, parsed on first use only. */
  readonly doc: View;
  /** Regex matches, offsets relative to the sentence. The regex must have the g flag. */
  find(re: RegExp): RegexSpan[];
  /** compromise matches as word spans (trailing punctuation trimmed), offsets relative to the sentence. */
  match(pattern: string): TermSpan[];
}

export interface Report {
  /** Offsets relative to the sentence (sentence rules) or the draft (draft rules). */
  start: number;
  end: number;
  messageId: string;
  data?: Record<string, string>;
  replacements?: string[];
  suggestion?: string;
  /** Draft rules: 'draft' when the finding is about the reply as a whole. */
  scope?: 'span' | 'draft';
}

export interface SentenceContext {
  kind: DraftKind;
  report(r: Report): void;
}

export interface DraftSentence extends Sentence {
  /** Offset of the sentence in the draft. */
  readonly start: number;
  readonly end: number;
}

export interface Draft {
  /** Masked draft text (same length as the input). */
  readonly text: string;
  readonly sentences: readonly DraftSentence[];
  readonly kind: DraftKind;
  readonly customerMessage?: string;
  /** Links the agent wrote: `text` has them blanked out, so draft rules read the count here. */
  readonly links: number;
  /**
   * What has been found so far (sentence rules, the sentence classifier, then earlier draft rules),
   * draft offsets: a draft rule reads it instead of running other rules again.
   */
  readonly findings: readonly FoundSpan[];
}

export interface FoundSpan {
  readonly ruleId: string;
  readonly category: string;
  readonly start: number;
  readonly end: number;
  readonly scope: 'span' | 'draft';
}

export interface DraftContext {
  kind: DraftKind;
  report(r: Report): void;
}

export interface RuleMeta {
  id: string;
  category: string;
  severity: Severity;
  principle: PrincipleRef;
  /** One short sentence each, a busy agent reads it at a glance. `{{name}}` is filled from report data. */
  messages: Record<string, string>;
  /** Longer "why" for the card's details. */
  description: string;
  /** true when reports carry mechanical replacements (fix); false when they only suggest. */
  fixable: boolean;
  /** What the rule does in an internal note (built-in rules take their category's, lib/rules/categories.ts). */
  inNotes: NotesBehaviour;
}

export interface ValidExample {
  text: string;
  kind?: DraftKind;
  customerMessage?: string;
}

export interface InvalidExample extends ValidExample {
  /** The flagged span(s) of the text, in order, exactly. */
  flagged?: string | string[];
  /** The text after applying the first replacement of the first finding of this rule. */
  fix?: string;
}

export interface RuleExamples {
  valid: (string | ValidExample)[];
  invalid: InvalidExample[];
}

export interface SentenceRule {
  scope: 'sentence';
  meta: RuleMeta;
  check(sentence: Sentence, ctx: SentenceContext): void;
  examples: RuleExamples;
}

export interface DraftRule {
  scope: 'draft';
  meta: RuleMeta;
  check(draft: Draft, ctx: DraftContext): void;
  examples: RuleExamples;
}

export type Rule = SentenceRule | DraftRule;

export function defineRule<R extends Rule>(rule: R): R {
  const missing = ['id', 'category', 'severity', 'principle', 'messages', 'description', 'inNotes'].filter(
    (k) => !(rule.meta as unknown as Record<string, unknown>)[k],
  );
  if (missing.length) throw new Error(`Rule ${rule.meta.id ?? '?'} is missing meta: ${missing.join(', ')}`);
  return rule;
}
