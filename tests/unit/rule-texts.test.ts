/**
 * Rule texts in the agent's language (issue 14, item 5): lib/rules writes each message, principle
 * and category once, in English, and the CLI prints them so; the UI looks them up by rule id +
 * message id (lib/rule-texts.ts) in messages.json. These tests pin that the English entries are
 * lib/rules' own, that every built-in finding finds its entry and fills it exactly as the engine
 * did, and that another locale's text is shown where it exists and the engine's words where not.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COACH_LABELS } from '../../lib/engine/coach/labels';
import { check, createRulesOnlyChecker } from '../../lib/coaching';
import { categoryDescription, categoryLabel, findingMessage, principleText, ruleMessageKey } from '../../lib/rule-texts';
import { builtinRuleList, principles } from '../../lib/rules';
import { CATEGORIES } from '../../lib/rules/categories';
import { TONE_TIPS } from '../../lib/rules/tone';
import { toneSuggestion } from '../../lib/card-suggestion';
import { renderedMessages, ruleTextEntries, templateMessage } from '../../scripts/i18n/lib-texts';
import { counterLabel, storeFieldKey, storeFieldText, storeText } from '../../lib/data-texts';
import { KEPT } from '../../lib/privacy/kept';
import { DAILY_COUNTERS, TONE_COUNTERS } from '../../lib/stats/counters';

/** Every built-in rule's invalid examples, checked without the coach model: one finding per message they reach. */
function exampleFindings() {
  const { check: rulesOnly } = createRulesOnlyChecker();
  return builtinRuleList.flatMap((rule) =>
    rule.examples.invalid.flatMap((example) =>
      rulesOnly(example.text, {
        context: example.kind ?? 'reply',
        ...(example.customerMessage !== undefined ? { customerMessage: example.customerMessage } : {}),
      }),
    ),
  );
}

describe('the English rule texts in messages.json', () => {
  it('are lib/rules’ own (run `npm run i18n:texts` after changing a rule’s message)', () => {
    const { current, next } = renderedMessages();
    expect(current).toBe(next);
  });

  it('hold every built-in rule message, coach card, tone tip, principle and category, stats counter and kept store', () => {
    const entries = ruleTextEntries();
    const messages = builtinRuleList.reduce((n, r) => n + Object.keys(r.meta.messages).length, 0);
    const counters = DAILY_COUNTERS.length + TONE_COUNTERS.length;
    const kept = KEPT.reduce((n, store) => n + 3 + store.fields.length, 0);
    expect(Object.keys(entries)).toHaveLength(messages + COACH_LABELS.length + TONE_TIPS.length + Object.keys(principles).length + 2 * CATEGORIES.length + 2 * counters + kept);
    expect(entries[ruleMessageKey('coach-blame', 'model')]?.message).toMatch(/fault/i);
    expect(entries[ruleMessageKey('help-wording', 'preferAssist')]).toMatchObject({
      message: 'Say "$REPLACEMENT$": "help" can imply something is wrong with them.',
      placeholders: { replacement: { content: '$1' } },
    });
  });

  it('turn {{names}} into placeholders numbered by name, and a literal $ into $$', () => {
    expect(templateMessage('{{b}} then {{a}} and {{b}} cost $5')).toEqual({
      message: '$B$ then $A$ and $B$ cost $$5',
      placeholders: { a: { content: '$1' }, b: { content: '$2' } },
    });
  });
});

describe('findingMessage() outside the browser (English)', () => {
  it('gives back the engine’s message for every finding of every rule’s examples', () => {
    const findings = exampleFindings();
    const reached = new Set(findings.map((f) => `${f.ruleId}/${f.messageId}`));
    // The examples reach most messages, the ones with fill-ins among them.
    expect(reached.size).toBeGreaterThan(25);
    expect(findings.some((f) => f.data && Object.keys(f.data).length > 0)).toBe(true);
    for (const f of findings) expect(findingMessage(f), `${f.ruleId}/${f.messageId}`).toBe(f.message);
  });

  it('names categories and principles as lib/rules does', () => {
    for (const c of CATEGORIES) {
      expect(categoryLabel(c.id)).toBe(c.name);
      expect(categoryDescription(c.id)).toBe(c.description);
    }
    for (const p of Object.values(principles)) expect(principleText(p)).toBe(p.text);
    const tips = TONE_TIPS.slice(0, 3).map((tip) => tip.text).join(' ');
    expect(toneSuggestion(tips)).toBe(tips);
    for (const c of [...DAILY_COUNTERS, ...TONE_COUNTERS]) expect(counterLabel(c)).toBe(c.label);
    for (const store of KEPT) {
      expect([storeText(store, 'holds'), storeText(store, 'kept'), storeText(store, 'exported')]).toEqual([store.holds, store.kept, store.exported]);
      for (const field of store.fields) expect(storeFieldText(store, field)).toBe(field.what);
    }
    expect(categoryLabel('vpn-terms')).toBe('Vpn terms');
    expect(categoryDescription('vpn-terms')).toBeUndefined();
  });
});

describe('rule texts in another locale', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  /** lib/rule-texts.ts as the extension runs it, with a browser whose messages are these (a made-up locale). */
  async function withBrowserMessages(messages: Record<string, string>) {
    const getMessage = (key: string, subs: string[] = []) => (messages[key] ?? '').replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
    vi.stubGlobal('chrome', { i18n: { getMessage } });
    vi.resetModules();
    return import('../../lib/rule-texts');
  }

  it('fills the translated message with the finding’s own values', async () => {
    const texts = await withBrowserMessages({
      [ruleMessageKey('help-wording', 'preferAssist')]: 'Sag „$1“ statt „help“.',
      principle_assist_not_help: 'Man unterstützt Menschen.',
      category_help_wording__name: 'Hilfe-Wortwahl',
    });
    const [finding] = check('I can help you reset your password.');
    expect(finding?.message).toBe('Say "assist you in resetting": "help" can imply something is wrong with them.');
    expect(texts.findingMessage(finding!)).toBe('Sag „assist you in resetting“ statt „help“.');
    expect(texts.principleText(finding!.principle)).toBe('Man unterstützt Menschen.');
    expect(texts.categoryLabel('help-wording')).toBe('Hilfe-Wortwahl');
  });

  it('translates the stats counters and "What Rapport keeps" by id, store and field', async () => {
    const events = KEPT.find((store) => store.name === 'events')!;
    const ruleId = events.fields.find((field) => field.name === 'ruleId')!;
    await withBrowserMessages({ [storeFieldKey(events, 'ruleId')]: 'welche Regel die Karte gemacht hat', counter_applied__label: 'Übernommen' });
    const texts = await import('../../lib/data-texts');
    expect(texts.storeFieldText(events, ruleId)).toBe('welche Regel die Karte gemacht hat');
    expect(texts.counterLabel(DAILY_COUNTERS.find((c) => c.id === 'applied')!)).toBe('Übernommen');
  });

  it('translates the tone card’s tips one by one, and leaves advice that is not made of them alone', async () => {
    const [why, , , , canDo] = TONE_TIPS;
    await withBrowserMessages({ [`rule_tone__tip_${why!.id}`]: 'Frag, was passiert ist.', rule_tone__tip_can_do: 'Sag, was du tun kannst.' });
    const { toneSuggestion: localised } = await import('../../lib/card-suggestion');
    expect(localised(`${why!.text} ${canDo!.text}`)).toBe('Frag, was passiert ist. Sag, was du tun kannst.');
    // A tip this locale lacks reads in English, as the browser falls back to the default locale;
    // words that are no tip (the coach model's own advice) stay whole.
    const gratitude = TONE_TIPS.find((tip) => tip.id === 'gratitude')!.text;
    expect(localised(`${why!.text} ${gratitude}`)).toBe(`Frag, was passiert ist. ${gratitude}`);
    expect(localised(`${why!.text} Add a reason.`)).toBe(`${why!.text} Add a reason.`);
    expect(localised('Add a reason.')).toBe('Add a reason.');
  });

  it('shows the engine’s English where the locale has no entry, and a team pack’s words always', async () => {
    const texts = await withBrowserMessages({ [ruleMessageKey('blame', 'guessing')]: 'Übersetzt' });
    const [builtin] = createRulesOnlyChecker().check('Sorry, that is against policy.');
    expect(builtin?.ruleId).toBe('policy-wall');
    expect(texts.findingMessage(builtin!)).toBe(builtin!.message);
    expect(texts.categoryLabel('policy-wall')).toBe('Policy wall');

    // A pack rule that takes a built-in id and message id keeps its author's message and explanation.
    const own = { ruleId: 'blame', messageId: 'guessing', message: 'Acme: describe what happened.', principle: { id: 'team-pack:acme-it', text: 'Acme keeps fault out of replies.' } };
    expect(texts.findingMessage(own)).toBe('Acme: describe what happened.');
    expect(texts.principleText(own!.principle)).toBe(own!.principle.text);
  });
});
