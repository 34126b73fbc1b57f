/**
 * compilePack: a validated pack → a RuleSet of ordinary sentence rules, so team rules run through
 * the same engine path as the built-in ones (masking, sentence cache, preferences, conflict order).
 */
import { matchCase } from '../engine/inflect';
import type { InvalidExample, RegexSpan, RuleExamples, Sentence, SentenceContext, SentenceRule, ValidExample } from '../engine/rule';
import type { NotesBehaviour, RuleSet } from '../engine/types';
import { builtinCategory } from '../rules/categories';
import { literalMatcher, normalisePhrase } from './matcher';
import type { Pack, PackInvalidExample, PackRule, PackValidExample } from './schema';
import { substitutionVariants, type Variant } from './variants';

const MESSAGE_ID = 'pack';

function toValid(e: PackValidExample): string | ValidExample {
  return typeof e === 'string' ? e : { text: e.text, ...(e.context ? { kind: e.context } : {}) };
}

function toInvalid(e: PackInvalidExample): InvalidExample {
  if (typeof e === 'string') return { text: e };
  return {
    text: e.text,
    ...(e.context ? { kind: e.context } : {}),
    ...(e.flagged !== undefined ? { flagged: e.flagged } : {}),
    ...(e.fix !== undefined ? { fix: e.fix } : {}),
  };
}

/** Every (avoid → prefer) form a substitution rule matches, inflections included. */
export function variantsOf(rule: Extract<PackRule, { type: 'substitution' }>): Variant[] {
  return Object.entries(rule.swap).flatMap(([from, to]) => substitutionVariants(from.trim(), to.trim(), rule.inflect ?? 'auto'));
}

/** The literal phrases a rule looks for (for limits and for previews). */
export function phrasesOf(rule: PackRule): string[] {
  if (rule.type === 'substitution') return variantsOf(rule).map((v) => v.text);
  return rule.type === 'phrase' ? rule.phrases : rule.words;
}

/** Keep a product name's own capitals ("ServiceNow"); otherwise follow the writer's ("Ticket" → "Request"). */
function cased(found: string, replacement: string, caseSensitive: boolean): string {
  return caseSensitive || /\p{Lu}/u.test(replacement) ? replacement : matchCase(found, replacement);
}

/**
 * `audience: any` checks notes as replies; a customer-facing rule (the default) does what its
 * category does in notes when it reuses a built-in one ("help-wording": information), else is quiet.
 */
function notesBehaviourOf(rule: PackRule): NotesBehaviour {
  if (rule.audience === 'any') return 'checked';
  return builtinCategory(rule.category)?.inNotes ?? 'quiet';
}

function compileRule(rule: PackRule, pack: Pack): SentenceRule {
  const caseSensitive = rule.caseSensitive ?? false;
  const examples: RuleExamples = { valid: rule.examples.valid.map(toValid), invalid: rule.examples.invalid.map(toInvalid) };
  const meta = {
    id: rule.id,
    category: rule.category,
    severity: rule.severity,
    // The card's "Why:" is the pack author's own explanation of this rule; the id names the pack.
    principle: { id: `team-pack:${pack.name}`, text: rule.explanation },
    messages: { [MESSAGE_ID]: rule.message },
    description: rule.explanation,
    fixable: rule.type === 'substitution',
    inNotes: notesBehaviourOf(rule),
  };

  const { matcher, onMatch } = rule.type === 'substitution' ? swapping(rule, caseSensitive) : flagging(rule, caseSensitive);
  return {
    scope: 'sentence',
    meta,
    examples,
    check(sentence, ctx) {
      for (const m of sentence.find(matcher)) onMatch(m, sentence, ctx);
    },
  };
}

/** What a pack rule looks for, and what it reports for each match. */
interface Matching {
  matcher: RegExp;
  onMatch(m: RegexSpan, sentence: Sentence, ctx: SentenceContext): void;
}

/** A substitution: each avoided form is reported with its preferred one as the fix. */
function swapping(rule: Extract<PackRule, { type: 'substitution' }>, caseSensitive: boolean): Matching {
  const byText = new Map<string, Variant>();
  for (const v of variantsOf(rule)) if (!byText.has(normalisePhrase(v.text, caseSensitive))) byText.set(normalisePhrase(v.text, caseSensitive), v);
  return {
    matcher: literalMatcher([...byText.values()].map((v) => v.text), caseSensitive),
    onMatch(m, sentence, ctx) {
      const variant = byText.get(normalisePhrase(m.text, caseSensitive));
      if (!variant) return;
      const replacement = cased(m.text, variant.replacement, caseSensitive);
      // Already the preferred wording ("Jira" → "Jira Service Management"): nothing to say.
      const ahead = sentence.text.slice(m.start, m.start + replacement.length);
      if (normalisePhrase(ahead, caseSensitive) === normalisePhrase(replacement, caseSensitive)) return;
      ctx.report({ start: m.start, end: m.end, messageId: MESSAGE_ID, data: { found: m.text, replacement }, replacements: [replacement] });
    },
  };
}

/** A phrase or existence rule: each match is reported, with the rule's suggestion if it has one. */
function flagging(rule: Exclude<PackRule, { type: 'substitution' }>, caseSensitive: boolean): Matching {
  const suggestion = rule.suggestion;
  return {
    matcher: literalMatcher(rule.type === 'phrase' ? rule.phrases : rule.words, caseSensitive),
    onMatch(m, _sentence, ctx) {
      ctx.report({ start: m.start, end: m.end, messageId: MESSAGE_ID, data: { found: m.text }, ...(suggestion ? { suggestion } : {}) });
    },
  };
}

/** Turns a validated pack into engine rules. Use parsePack first: this trusts its input. */
export function compilePack(pack: Pack): RuleSet {
  return { name: pack.name, version: pack.version, rules: pack.rules.map((r) => compileRule(r, pack)) };
}
