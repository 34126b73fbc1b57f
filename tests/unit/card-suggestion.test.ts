// @vitest-environment happy-dom
/**
 * "Try:" texts come from the finding (issue 14, item 4): they quote the agent's flagged words and
 * give the category's advice, never a stock sentence from another ticket, never a time, a day or an
 * admission; a team pack's own suggestion and the tone model's tips are kept; team-pack cards say
 * why in the pack author's words.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { mountSidebar, type MountedSidebar } from '../../components/sidebar/mount';
import { cardSuggestion, quoted } from '../../lib/card-suggestion';
import { check } from '../../lib/coaching';
import { compilePack, parsePack } from '../../lib/packs';
import { builtinRuleList } from '../../lib/rules';
import { toCards } from '../../lib/content/keys';
import { cardFinding, fakeModel } from './helpers/sidebar-model';

/** Words that would state a fact the agent didn't: a time, a day, an admission of fault. */
const INVENTED = /\b(\d{1,2}(:\d\d)?\s*(am|pm)|by (monday|tuesday|wednesday|thursday|friday|noon|tomorrow|today)|monday|tuesday|wednesday|thursday|friday|our fault|on us|my mistake|we broke|sorry)\b/i;

function invalidTexts(): string[] {
  return builtinRuleList.flatMap((rule) => rule.examples.invalid.map((e) => (typeof e === 'string' ? e : e.text)));
}

let mounted: MountedSidebar | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  document.body.innerHTML = '';
});

describe('cardSuggestion', () => {
  it('quotes the flagged words and states no time, day or admission, for every built-in rule example', () => {
    let checked = 0;
    for (const text of invalidTexts()) {
      for (const card of toCards(text, check(text))) {
        const suggestion = cardSuggestion(card);
        if (!suggestion || card.category === 'tone') continue;
        checked++;
        // The agent's own quoted words may say "sorry"; what Rapport adds around them may not.
        expect(suggestion.replace(quoted(card.flagged), ''), `${card.ruleId} on “${text}”`).not.toMatch(INVENTED);
        if (card.scope === 'span' && card.replacements.length === 0) expect(suggestion).toContain(quoted(card.flagged));
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('replaces the stock examples the issue found off-topic or false', () => {
    const printer = toCards('You must have deleted the driver.', check('You must have deleted the driver.')).find((c) => c.category === 'blame');
    expect(printer?.suggestion).toMatch(/file was moved/);
    expect(cardSuggestion(printer!)).toBe('Say what you found, not what they did: rewrite “You must have deleted” to describe the problem without saying who caused it.');
    const vendor = toCards("That's Microsoft's fault, not ours.", check("That's Microsoft's fault, not ours.")).find((c) => c.ruleId === 'blame-other-team');
    expect(cardSuggestion(vendor!)).toMatch(/without naming a culprit or taking blame you can't confirm/);
  });

  it('keeps what was written for this finding: a team pack’s suggestion, the tone model’s tips; fixes need none', () => {
    const pack = cardFinding({ ruleId: 'acme/x', category: 'terminology', replacements: [], suggestion: 'Say request.', principle: { id: 'team-pack:acme-it', text: 'Our portal says request.' } });
    expect(cardSuggestion(pack)).toBe('Say request.');
    expect(cardSuggestion(cardFinding({ category: 'tone', ruleId: 'tone', replacements: [], suggestion: 'Add a greeting.' }))).toBe('Add a greeting.');
    expect(cardSuggestion(cardFinding())).toBeUndefined();
  });

  it('cuts long flagged words at a word', () => {
    expect(quoted('  as I have already told you three times in the thread below, the VPN client must be updated  ')).toBe('“as I have already told you three times in the thread below,…”');
  });
});

describe('team pack cards', () => {
  it('say why in the pack author’s words and name the pack', () => {
    const pack = compilePack(parsePack(readFileSync(resolve(import.meta.dirname, '../../examples/packs/acme-it.yaml'), 'utf8'), 'acme-it.yaml'));
    const found = toCards("I've opened a ticket for you.", check("I've opened a ticket for you.", { pack }));
    const card = found.find((f) => f.ruleId === 'acme/request-not-ticket');
    expect(card?.principle.text).toMatch(/^Our portal and our emails call them requests/);
    mounted = mountSidebar(fakeModel([card!]), { placement: 'inline', container: document.body });
    const why = mounted.shadow.querySelector('[data-rapport-finding="acme/request-not-ticket"] .why')?.textContent ?? '';
    expect(why).toMatch(/^Why: Our portal and our emails call them requests/);
    expect(why).toContain('(acme-it team pack)');
    expect(why).not.toMatch(/team style \(v/);
  });
});
