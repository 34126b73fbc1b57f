/**
 * The checker: mask what isn't the agent's, split into sentences, run sentence rules and then the
 * sentence classifier (the coach model, which adds a card only for a category no rule flagged in
 * that sentence) through a per-sentence cache, draft rules over the whole reply, then apply the
 * agent's preferences.
 */
import { BoundedCache, fitCachesToDraft } from './cache';
import { agentText } from './agent-text';
import type { Draft, DraftRule, Report, Rule, RuleMeta, SentenceContext, SentenceRule } from './rule';
import { draftSentence, sentenceView } from './sentence-view';
import type { CheckOptions, DraftKind, Finding, RuleSet } from './types';

type RelativeFinding = Omit<Finding, 'start' | 'end'> & { start: number; end: number };

function fill(template: string, data: Record<string, string> | undefined): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => data?.[key] ?? '');
}

/**
 * The values a message was filled with, one per `{{name}}` in its template (missing ones empty), so a
 * translation of the template can be filled the same way (extra report data is not part of it).
 */
function templateData(template: string, data: Record<string, string> | undefined): Record<string, string> {
  const filled: Record<string, string> = {};
  for (const [, key] of template.matchAll(/\{\{(\w+)\}\}/g)) filled[key!] = data?.[key!] ?? '';
  return filled;
}

function toFinding(meta: RuleMeta, r: Report, offset: number, kind: DraftKind): RelativeFinding {
  const template = meta.messages[r.messageId];
  if (template === undefined) throw new Error(`Rule ${meta.id} reported unknown messageId "${r.messageId}"`);
  // A rule that is information only in internal notes never warns there.
  const severity = kind === 'internal-note' && meta.inNotes === 'info' ? 'info' : meta.severity;
  const finding: RelativeFinding = {
    ruleId: meta.id,
    category: meta.category,
    severity,
    start: r.start + offset,
    end: r.end + offset,
    message: fill(template, r.data),
    messageId: r.messageId,
    replacements: r.replacements ?? [],
    principle: meta.principle,
    scope: r.scope ?? 'span',
  };
  if (template.includes('{{')) finding.data = templateData(template, r.data);
  if (r.suggestion) finding.suggestion = r.suggestion;
  return finding;
}

/** Which rules run for this kind of draft: every rule in a reply; in a note, those not quiet there. */
function runsIn(meta: RuleMeta, kind: DraftKind): boolean {
  return kind === 'reply' || meta.inNotes !== 'quiet';
}

/** A finding the classifier proposes for one sentence: the rule-like meta it speaks for, and the report. */
export interface Classified {
  meta: RuleMeta;
  report: Report;
}

/** Sentence-level classifier fused with the rules (the engine knows nothing of what it classifies). */
export interface SentenceClassifier {
  classify(text: string): readonly Classified[];
  /**
   * Whether a finding of `ruleId` on sentence `index` still holds once the sentences around it are
   * read (a refusal followed by "…but here is what I can do" is no wall). Each sentence ends in
   * ` <link>` when the agent gave a link right after it (links are blanked out of the sentences).
   * Omitted: always holds.
   */
  holdsInContext?(ruleId: string, sentences: readonly string[], index: number): boolean;
  /** Whether the classifier stands in for rule `ruleId` now (that rule does not run). Omitted: never. */
  replaces?(ruleId: string): boolean;
}

export interface CheckerOptions {
  classifier?: SentenceClassifier;
}

export interface Checker {
  check(text: string, options?: CheckOptions): Finding[];
  readonly rules: readonly Rule[];
}

export function createChecker(ruleSets: readonly RuleSet[], options: CheckerOptions = {}): Checker {
  // Later sets win on id clashes (team pack over built-in), so the order of ruleSets is the priority.
  const byId = new Map<string, Rule>();
  // Which set each rule came from (its index), for resolving overlapping findings below.
  const priority = new Map<string, number>();
  ruleSets.forEach((set, index) => {
    for (const rule of set.rules) {
      byId.set(rule.meta.id, rule);
      priority.set(rule.meta.id, index);
    }
  });
  const rules = [...byId.values()];
  const sentenceRules = rules.filter((r): r is SentenceRule => r.scope === 'sentence');
  const draftRules = rules.filter((r): r is DraftRule => r.scope === 'draft');
  // One cache per draft kind, keyed by the sentence text itself (no composite key to build and
  // hash on every lookup: unchanged sentences arrive as the same strings, hashes already known).
  const sentenceCaches: Record<DraftKind, BoundedCache<string, RelativeFinding[]>> = {
    reply: new BoundedCache(5000),
    'internal-note': new BoundedCache(5000),
  };

  // Rule ids the classifier has spoken for: its findings are the ones read again in context.
  const classifiedIds = new Set<string>();
  const holdsInContext = options.classifier?.holdsInContext?.bind(options.classifier);

  // Each sentence rule's context per draft kind, made once: its reports go to `found`, the
  // sentence being checked (not one context and closure per rule and sentence).
  let found: RelativeFinding[] = [];
  const sentenceContexts: Record<DraftKind, Array<{ rule: SentenceRule; ctx: SentenceContext }>> = {
    reply: [],
    'internal-note': [],
  };
  for (const kind of ['reply', 'internal-note'] as const) {
    for (const rule of sentenceRules) {
      if (runsIn(rule.meta, kind)) sentenceContexts[kind].push({ rule, ctx: { kind, report: (r) => found.push(toFinding(rule.meta, r, 0, kind)) } });
    }
  }

  function checkSentence(text: string, kind: DraftKind): RelativeFinding[] {
    const sentenceCache = sentenceCaches[kind];
    const cached = sentenceCache.get(text);
    if (cached) return cached;
    const view = sentenceView(text);
    const sentenceFindings: RelativeFinding[] = (found = []);
    for (const { rule, ctx } of sentenceContexts[kind]) rule.check(view, ctx);
    if (options.classifier) {
      // One card per sentence and category: the rules' (exact span, fixes) win over the model's.
      const covered = new Set(sentenceFindings.map((f) => f.category));
      for (const c of options.classifier.classify(text)) {
        if (covered.has(c.meta.category) || !runsIn(c.meta, kind)) continue;
        covered.add(c.meta.category);
        classifiedIds.add(c.meta.id);
        sentenceFindings.push(toFinding(c.meta, c.report, 0, kind));
      }
    }
    sentenceCache.set(text, sentenceFindings);
    return sentenceFindings;
  }

  const classifier = options.classifier;
  function check(text: string, options: CheckOptions = {}): Finding[] {
    const kind = options.context ?? 'reply';
    const { masked, sentences: spans, links, linkStarts } = agentText(text);
    fitCachesToDraft(spans.length);
    const findings: Finding[] = [];
    let texts: string[] | undefined;
    spans.forEach((s, index) => {
      for (const f of checkSentence(s.text, kind)) {
        if (holdsInContext && classifiedIds.has(f.ruleId)) {
          texts ??= spans.map((span, i) => {
            // A link of the agent's from this sentence's start up to the next sentence's.
            const end = spans[i + 1]?.start ?? text.length;
            return linkStarts.some((at) => at >= span.start && at < end) ? `${span.text} <link>` : span.text;
          });
          if (!holdsInContext(f.ruleId, texts, index)) continue;
        }
        findings.push({ ...f, start: f.start + s.start, end: f.end + s.start });
      }
    });
    if (draftRules.length) {
      const draft: Draft = {
        text: masked,
        sentences: spans.map((s) => draftSentence(s.text, s.start)),
        kind,
        links,
        findings,
        ...(options.customerMessage !== undefined ? { customerMessage: options.customerMessage } : {}),
      };
      for (const rule of draftRules) {
        if (!runsIn(rule.meta, kind) || classifier?.replaces?.(rule.meta.id)) continue;
        rule.check(draft, { kind, report: (r) => findings.push(toFinding(rule.meta, r, 0, kind)) });
      }
    }
    const kept = preferLaterSets(applyPreferences(text, findings, options), priority);
    return kept.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  return { check, rules };
}

function applyPreferences(text: string, findings: Finding[], options: CheckOptions): Finding[] {
  const disabled = new Set(options.disabled ?? []);
  const ignored = (options.ignorePhrases ?? []).map((p) => p.trim().toLowerCase()).filter(Boolean);
  return findings
    .filter((f) => !disabled.has(f.ruleId) && !disabled.has(f.category))
    .filter((f) => {
      if (ignored.length === 0 || f.scope === 'draft') return true;
      const span = text.slice(f.start, f.end).toLowerCase();
      return !ignored.some((p) => span.includes(p) || p.includes(span));
    })
    .map((f) => {
      const override = options.severity?.[f.ruleId] ?? options.severity?.[f.category];
      return override ? { ...f, severity: override } : f;
    });
}

/**
 * Team pack over built-in: when a finding from a later rule set covers the span of a finding from
 * an earlier set (same text, or the earlier one inside it), only the later one is shown, so two
 * cards never offer clashing fixes for the same words. Runs after the agent's preferences, so a
 * disabled pack rule lets the built-in finding through again.
 */
function preferLaterSets(findings: Finding[], priority: ReadonlyMap<string, number>): Finding[] {
  const rank = (f: Finding) => priority.get(f.ruleId) ?? 0;
  if (findings.every((f) => rank(f) === 0)) return findings;
  return findings.filter(
    (f) =>
      f.scope !== 'span' ||
      !findings.some((g) => g.scope === 'span' && rank(g) > rank(f) && g.start <= f.start && f.end <= g.end),
  );
}
