/**
 * Rule texts in the agent's language. lib/rules writes its messages, principles and category names
 * once, in English, for the engine, which the CLI also runs (no browser.i18n there, and its output
 * stays English). The UI looks each text up here by what it is — a finding's rule id and message
 * id, a principle's id, a category's id — in public/_locales/<locale>/messages.json, fills it with
 * the finding's own values, and shows the engine's English where no locale has the key (a team
 * pack's rules).
 *
 * The English entries are made from lib/rules by `npm run i18n:texts` (scripts/i18n/lib-texts.ts);
 * tests/unit/rule-texts.test.ts fails when they and the rules disagree.
 */
import type { Finding, PrincipleRef } from './engine/types';
import { tIfDefined } from './i18n';
import { builtinCategory, categoryName } from './rules/categories';

/** "preferAssist" → "prefer_assist", "help-wording" → "help_wording": message names are [a-z0-9_]. */
export function keyPart(id: string): string {
  return id
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toLowerCase();
}

export const ruleMessageKey = (ruleId: string, messageId: string) => `rule_${keyPart(ruleId)}__${keyPart(messageId)}`;
export const toneTipKey = (id: string) => `rule_tone__tip_${keyPart(id)}`;
export const principleKey = (id: string) => `principle_${keyPart(id)}`;
export const categoryNameKey = (id: string) => `category_${keyPart(id)}__name`;
export const categoryDescriptionKey = (id: string) => `category_${keyPart(id)}__description`;

/** A message's placeholders are its data's names in alphabetical order: $1, $2… (both sides sort). */
export function placeholderOrder(data: Readonly<Record<string, string>> | undefined): string[] {
  return Object.keys(data ?? {}).sort();
}

function fromTeamPack(principle: PrincipleRef): boolean {
  return principle.id.startsWith('team-pack:');
}

/** The finding's message in the agent's language (a pack's own words as its author wrote them). */
export function findingMessage(finding: Pick<Finding, 'ruleId' | 'message' | 'messageId' | 'data'> & { principle?: PrincipleRef }): string {
  // A pack rule may reuse a built-in id; its author's message is the one to show.
  if (finding.messageId === undefined || (finding.principle && fromTeamPack(finding.principle))) return finding.message;
  const values = placeholderOrder(finding.data).map((name) => finding.data![name]!);
  return tIfDefined(ruleMessageKey(finding.ruleId, finding.messageId), ...values) ?? finding.message;
}

/** The "Why:" line: a principle in the agent's language (a pack's explanation as written). */
export function principleText(principle: PrincipleRef): string {
  if (fromTeamPack(principle)) return principle.text;
  return tIfDefined(principleKey(principle.id)) ?? principle.text;
}

/** What people read for a category: built-in names translated, a pack's own category as its id in words. */
export function categoryLabel(id: string): string {
  return (builtinCategory(id) && tIfDefined(categoryNameKey(id))) || categoryName(id);
}

/** A built-in category's one-line description in the agent's language; undefined for a pack's category. */
export function categoryDescription(id: string): string | undefined {
  const known = builtinCategory(id);
  return known && (tIfDefined(categoryDescriptionKey(id)) ?? known.description);
}
