/** Public data shapes of the engine. Pure data: no DOM, no browser APIs. */

/** From the mildest to the most pressing (the CLI's --fail-on threshold reads them in this order). */
export const SEVERITIES = ['info', 'suggestion', 'warning'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const DRAFT_KINDS = ['reply', 'internal-note'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

/**
 * What a rule does in an internal note: 'quiet' (not run: it is about how the customer is addressed),
 * 'info' (run, shown as information only) or 'checked' (run as in a reply).
 */
export type NotesBehaviour = 'quiet' | 'info' | 'checked';

/** Where a coaching principle comes from, so every card can say why it exists. */
export interface PrincipleRef {
  id: string;
  /** One line a busy agent reads at a glance. */
  text: string;
}

export interface Finding {
  ruleId: string;
  category: string;
  severity: Severity;
  /** UTF-16 offsets into the checked text, as the DOM uses. */
  start: number;
  end: number;
  message: string;
  /**
   * Which of the rule's messages `message` is, and the values it was filled with: the key a UI
   * looks the message up by in the agent's language (lib/rule-texts.ts). The CLI leaves them out.
   */
  messageId?: string;
  data?: Readonly<Record<string, string>>;
  /** One-click, mechanical fixes for text.slice(start, end). Empty when only a suggestion exists. */
  replacements: string[];
  /** A rewrite to consider when no mechanical fix is safe. */
  suggestion?: string;
  principle: PrincipleRef;
  /** 'draft' findings concern the whole reply (e.g. no acknowledgement), not just the span. */
  scope: 'span' | 'draft';
}

export interface CheckOptions {
  context?: DraftKind;
  /** The customer's last message, so draft-level rules can ask for acknowledgement. */
  customerMessage?: string;
  /** Extra rule sets (team style packs) compiled into rules; see lib/engine/rule.ts. */
  pack?: RuleSet | RuleSet[];
  /** Rule ids or categories switched off by the agent or their team. */
  disabled?: readonly string[];
  /** Phrases never to flag (personal ignore list), matched case-insensitively against the flagged span. */
  ignorePhrases?: readonly string[];
  /** Severity overrides per category or rule id. */
  severity?: Readonly<Record<string, Severity>>;
}

/** A named, versioned group of rules: the built-in catalogue and each team pack are one of these. */
export interface RuleSet {
  name: string;
  version: string;
  rules: readonly Rule[];
}

// Rules are defined in rule.ts; re-exported here so consumers import types from one place.
import type { Rule } from './rule';
export type { Rule };
