/**
 * What a card offers as "Try:", made from the finding itself — its flagged words and its category —
 * rather than the rule's stock example sentence, which was written for another ticket (a printer
 * reply told "It looks like the file was moved", a driver-install refusal offered single sign-on)
 * and can put words in the agent's mouth: an admission ("that's on us"), a time ("by Friday"), a
 * fact ("the backup completed"). These say how to rewrite the agent's own words and state nothing
 * about the ticket.
 *
 * Kept as the finding has it: a team pack's suggestion (its author wrote it for their desk) and the
 * tone rule's, which the tone model picks for this sentence (its tips shown in the agent's
 * language). Fixes (replacements) need no "Try:".
 */
import type { Finding } from './engine/types';
import { t, tIfDefined, type MessageKey } from './i18n';
import { toneTipKey } from './rule-texts';
import { TONE_TIPS } from './rules/tone';

/** The message for each rule id or category; `suggest_*` with $WORDS$ get the flagged text, quoted. */
const TEMPLATES: Readonly<Record<string, MessageKey>> = {
  blame: 'suggest_blame',
  'blame-other-team': 'suggest_blame_other_team',
  condescension: 'suggest_condescension',
  dismissive: 'suggest_dismissive',
  'policy-wall': 'suggest_policy_wall',
  deflection: 'suggest_deflection',
  venting: 'suggest_venting',
  'us-vs-them': 'suggest_us_vs_them',
  ownership: 'suggest_ownership',
  'promise-time': 'suggest_promise_time',
  acknowledgement: 'suggest_acknowledgement',
  'help-wording': 'suggest_help_wording',
};

/** Categories whose finding already carries a suggestion made for this sentence. */
const OWN_SUGGESTION = new Set(['tone']);

const MAX_QUOTED = 60;

/** The flagged words as the card quotes them: trimmed, one line, cut at a word near 60 characters. */
export function quoted(words: string): string {
  const flat = words.replace(/\s+/g, ' ').trim();
  if (flat.length <= MAX_QUOTED) return `“${flat}”`;
  const cut = flat.slice(0, MAX_QUOTED);
  const space = cut.lastIndexOf(' ');
  return `“${(space > 30 ? cut.slice(0, space) : cut).trimEnd()}…”`;
}

/**
 * The tone card's suggestion in the agent's language: it is up to three of the tone rule's tips
 * joined by spaces (lib/rules/tone.ts), each looked up on its own. Anything else (the coach model's
 * own advice) stays as written.
 */
export function toneSuggestion(suggestion: string): string {
  const parts: string[] = [];
  for (let rest = suggestion; rest; rest = rest.trimStart()) {
    const tip = TONE_TIPS.find((candidate) => rest.startsWith(candidate.text));
    const localised = tip && tIfDefined(toneTipKey(tip.id));
    if (!tip || !localised) return suggestion;
    parts.push(localised);
    rest = rest.slice(tip.text.length);
  }
  return parts.join(' ');
}

export function cardSuggestion(finding: Finding & { flagged: string }): string | undefined {
  if (finding.replacements.length > 0 && finding.severity !== 'info') return undefined;
  if (finding.principle.id.startsWith('team-pack:')) return finding.suggestion;
  if (OWN_SUGGESTION.has(finding.category)) return finding.suggestion && toneSuggestion(finding.suggestion);
  // By rule first (vendor blame shares the blame category but needs its own advice), coach cards as their rule.
  const rule = finding.ruleId.replace(/^coach-/, '');
  const template = TEMPLATES[rule] ?? TEMPLATES[finding.category];
  if (!template) return finding.suggestion;
  const words = finding.flagged.trim() ? quoted(finding.flagged) : t('this_sentence');
  return t(template, words);
}
