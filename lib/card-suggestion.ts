/**
 * What a card offers as "Try:", made from the finding itself — its flagged words and its category —
 * rather than the rule's stock example sentence, which was written for another ticket (a printer
 * reply told "It looks like the file was moved", a driver-install refusal offered single sign-on)
 * and can put words in the agent's mouth: an admission ("that's on us"), a time ("by Friday"), a
 * fact ("the backup completed"). These say how to rewrite the agent's own words and state nothing
 * about the ticket.
 *
 * Kept as the finding has it: a team pack's suggestion (its author wrote it for their desk) and the
 * tone rule's, which the tone model picks for this sentence. Fixes (replacements) need no "Try:".
 */
import type { Finding } from './engine/types';

/** By rule id or category; `words` is the flagged text, quoted. */
type Template = (words: string) => string;

const TEMPLATES: Readonly<Record<string, Template>> = {
  blame: (w) => `Say what you found, not what they did: rewrite ${w} to describe the problem without saying who caused it.`,
  'blame-other-team': (w) =>
    `Leave out whose fault it is: in place of ${w}, say what happens next — without naming a culprit or taking blame you can't confirm.`,
  condescension: (w) => `Drop ${w} and give the step plainly, as you would to a colleague.`,
  dismissive: (w) => `Instead of ${w}, name their concern and say what you are doing about it.`,
  'policy-wall': (w) => `Keep the reason behind ${w}, and add what you can offer within it or who could approve an exception.`,
  deflection: (w) => `Instead of ${w}, own the hand-off: say who you are passing it to and how they will hear back.`,
  venting: (w) => `Keep ${w} out of the reply: say what happens next for them.`,
  'us-vs-them': (w) => `Rewrite ${w} so it talks to them about this issue, not about a group.`,
  ownership: () => 'Close with the next step you will take yourself, in your own words — only a time you can keep.',
  acknowledgement: () => 'Before the fix, acknowledge what they told you, in your own words.',
  'help-wording': (w) => `Say what you will do instead of ${w}.`,
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

export function cardSuggestion(finding: Finding & { flagged: string }): string | undefined {
  if (finding.replacements.length > 0 && finding.severity !== 'info') return undefined;
  if (finding.principle.id.startsWith('team-pack:') || OWN_SUGGESTION.has(finding.category)) return finding.suggestion;
  // By rule first (vendor blame shares the blame category but needs its own advice), coach cards as their rule.
  const rule = finding.ruleId.replace(/^coach-/, '');
  const template = TEMPLATES[rule] ?? TEMPLATES[finding.category];
  if (!template) return finding.suggestion;
  const words = finding.flagged.trim() ? quoted(finding.flagged) : 'this sentence';
  return template(words);
}
