/**
 * Engine behaviour: exact UTF-16 offsets, masking of text that isn't the agent's, the per-sentence
 * cache, internal notes, preferences, and drafts far larger than any real reply.
 */
import { describe, expect, it } from 'vitest';
import { check, createChecker, defineRule, type Finding } from '../../lib/coaching';
import type { Rule } from '../../lib/engine/rule';
import { splitSentences } from '../../lib/engine/sentences';
import { maskAgentText } from '../../lib/engine/mask';
import { builtinRules, customerFrustration, setCustomerToneScorer } from '../../lib/rules';

const spans = (text: string, findings: Finding[]) => findings.map((f) => text.slice(f.start, f.end));
const warnings = (text: string, options = {}) => check(text, options).filter((f) => f.severity !== 'info');

describe('offsets are exact UTF-16 indices', () => {
  it('after emoji (surrogate pairs)', () => {
    const text = '👋😀 Hi! 🎉 You must have deleted the shortcut.';
    const [f] = check(text).filter((x) => x.ruleId === 'blame');
    expect(f).toBeDefined();
    expect(f!.start).toBe(text.indexOf('You must'));
    expect(text.slice(f!.start, f!.end)).toBe('You must have deleted');
  });

  it('after accented and combining characters', () => {
    const text = 'Olá José, café ready. Señora Müller, ne\u0301e: obviously the VPN is down.';
    const f = check(text).find((x) => x.ruleId === 'condescension');
    expect(f).toBeDefined();
    expect(text.slice(f!.start, f!.end).toLowerCase()).toContain('obviously');
    expect(f!.start).toBe(text.indexOf('obviously'));
  });

  it('with CRLF line endings', () => {
    const text = 'Hi Sam,\r\n\r\nThanks for the logs.\r\nYou people need to update Chrome.\r\n\r\nBest,\r\nAlex';
    const f = check(text).find((x) => x.ruleId === 'us-vs-them');
    expect(f).toBeDefined();
    expect(text.slice(f!.start, f!.end)).toBe('You people');
    // The fix replaces exactly that span.
    expect(text.slice(0, f!.start) + f!.replacements[0] + text.slice(f!.end)).toContain('\r\nYou need to update Chrome.\r\n');
  });

  it('for several findings in one sentence, in order', () => {
    const text = 'Obviously, you people need the new client, and you forgot the attachment.';
    const found = check(text);
    expect(found.map((f) => f.start)).toEqual([...found.map((f) => f.start)].sort((a, b) => a - b));
    expect(spans(text, found)).toEqual(['Obviously, you', 'you people', 'you forgot']);
  });
});

describe('masking: text that is not the agent\'s is never flagged', () => {
  const bad = 'You people obviously broke it.';
  it('flags the phrase in the agent\'s own words (control)', () => {
    expect(warnings(bad).length).toBeGreaterThan(0);
  });

  it.each([
    ['quoted ">" lines', `Thanks, I'm on it.\n\n> ${bad}\n> Sent from my phone`],
    ['an "On … wrote:" thread', `Thanks, I'm on it.\n\nOn Mon, 3 Jun 2024 at 09:12, Sam Lee <sam@example.com> wrote:\n${bad}\nAnd more of their text.`],
    ['a signature after "-- "', `Thanks, I'm on it.\n\n-- \n${bad}\nService Desk ext. 4000`],
    ['a signature after a sign-off', `Thanks, I'm on it.\n\nKind regards,\nAlex\n${bad.slice(0, 55)}`],
    ['fenced code', `Run this:\n\n\`\`\`\necho "${bad}"\n\`\`\`\n`],
    ['inline code', `Type \`${bad}\` into the box.`],
    ['a URL', 'See https://kb.example.com/you-people/obviously?q=you+people+obviously for details.'],
    ['an email address', 'Write to obviously@example.com for the details.'],
    ['{{…}} placeholders', 'Hi {{ticket.requester.you people obviously}}, your ticket is updated.'],
    ['{…} placeholders', 'Hi {you people obviously}, your ticket is updated.'],
    ['%…% placeholders', 'Hi %obviously%, your ticket is updated.'],
  ])('%s', (_name, text) => {
    expect(spans(text, warnings(text))).toEqual([]);
  });

  it('keeps offsets exact around masked regions', () => {
    const text = 'See {{kb.link}} and `code`. You people need the new client.';
    const f = check(text).find((x) => x.ruleId === 'us-vs-them');
    expect(text.slice(f!.start, f!.end)).toBe('You people');
  });
});

describe('sentences and links', () => {
  it('keeps support abbreviations inside their sentence', () => {
    const text = 'The line moves to ext. 5000 from Monday. See ref. INC0042 for details.';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['The line moves to ext. 5000 from Monday.', 'See ref. INC0042 for details.']);
  });

  it('counts the agent’s links, not quoted ones', () => {
    const links = (text: string) => maskAgentText(text).links;
    expect(links('Steps: https://kb.example.com/42 and www.example.org/vpn')).toBe(2);
    expect(links('Thanks!\n> see https://old.example.com/x')).toBe(0);
    expect(links('No link here.')).toBe(0);
  });
});

describe('sentence cache', () => {
  function countingChecker() {
    const calls: string[] = [];
    let draftCalls = 0;
    const counting = defineRule({
      scope: 'sentence',
      meta: {
        id: 'counting',
        category: 'test',
        severity: 'suggestion',
        principle: { id: 'test', text: 'A rule that counts the sentences it is asked to check.' },
        messages: { seen: 'seen' },
        description: 'Counts calls.',
        fixable: false,
        inNotes: 'checked',
      },
      check(sentence, ctx) {
        calls.push(sentence.text);
        if (/zebra/.test(sentence.text)) ctx.report({ start: 0, end: 5, messageId: 'seen' });
      },
      examples: { valid: [], invalid: [] },
    });
    const countingDraft = defineRule({
      scope: 'draft',
      meta: { ...counting.meta, id: 'counting-draft' },
      check() {
        draftCalls++;
      },
      examples: { valid: [], invalid: [] },
    });
    const checker = createChecker([{ name: 'test', version: '1', rules: [counting, countingDraft] as Rule[] }]);
    return { checker, calls, draftCalls: () => draftCalls };
  }

  const text = 'First sentence here. Second one is a zebra. Third sentence follows.\nA new line with a fourth. And a fifth.';

  it('checks each sentence once, then reuses every result for the same text', () => {
    const { checker, calls } = countingChecker();
    const first = checker.check(text);
    expect(calls.length).toBe(5);
    const again = checker.check(text);
    expect(calls.length).toBe(5);
    expect(again).toEqual(first);
  });

  it('re-checks only the edited sentence after a one-character edit, with offsets shifted', () => {
    const { checker, calls, draftCalls } = countingChecker();
    checker.check(text);
    calls.length = 0;
    const edited = text.replace('First sentence', 'Firsts sentence');
    const findings = checker.check(edited);
    expect(calls).toEqual(['Firsts sentence here.']);
    const zebra = findings.find((f) => f.ruleId === 'counting')!;
    expect(zebra.start).toBe(edited.indexOf('Second'));
    expect(draftCalls()).toBe(2);
  });

  it('caches per draft kind, so an internal note never reuses a reply\'s findings', () => {
    const { checker, calls } = countingChecker();
    checker.check(text, { context: 'reply' });
    checker.check(text, { context: 'internal-note' });
    expect(calls.length).toBe(10);
  });
});

describe('internal notes and preferences', () => {
  it('keeps customer-facing rules quiet in internal notes; help-wording becomes info', () => {
    const text = 'You people broke it again. I can help them tomorrow.';
    const reply = check(text);
    expect(reply.some((f) => f.category === 'us-vs-them' && f.severity === 'warning')).toBe(true);
    const note = check(text, { context: 'internal-note' });
    expect(note.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(note.some((f) => f.ruleId === 'help-wording' && f.severity === 'info')).toBe(true);
  });

  it('honours disabled rules and categories, ignored phrases and severity overrides', () => {
    const text = 'Obviously, you people need the new client.';
    expect(check(text, { disabled: ['condescension'] }).some((f) => f.category === 'condescension')).toBe(false);
    expect(check(text, { disabled: ['us-vs-them'] }).some((f) => f.ruleId === 'us-vs-them')).toBe(false);
    expect(check(text, { ignorePhrases: ['You People'] }).some((f) => f.ruleId === 'us-vs-them')).toBe(false);
    expect(check(text, { severity: { 'us-vs-them': 'info' } }).find((f) => f.ruleId === 'us-vs-them')?.severity).toBe('info');
  });
});

describe('customer frustration', () => {
  it('reads wording cues, shouting and "!!"', () => {
    expect(customerFrustration('VPN STILL not working!! Third time this week.')).toMatchObject({ frustrated: true });
    expect(customerFrustration('VPN STILL not working!! Third time this week.').cues).toEqual(expect.arrayContaining(['third time', '!!']));
    expect(customerFrustration('WHY DOES OUTLOOK KEEP CRASHING').cues).toContain('caps');
    expect(customerFrustration('Could you reset my VPN password? Thanks!').frustrated).toBe(false);
    expect(customerFrustration('I still have the old laptop, is that OK?').frustrated).toBe(false);
    expect(customerFrustration('My MFA and VPN are on the new PC, FYI.').frustrated).toBe(false);
  });

  it('ignores quoted agent text inside the customer message', () => {
    expect(customerFrustration('Thanks, that worked.\n> This is urgent and unacceptable!!').frustrated).toBe(false);
  });

  it('takes a tone-model score, per call or plugged in for every check', () => {
    expect(customerFrustration('Please look at my ticket.', 0.9)).toEqual({ frustrated: true, cues: ['tone'] });
    expect(customerFrustration('Please look at my ticket.', 0.1).frustrated).toBe(false);
    const draft = { customerMessage: 'Please look at my ticket.' };
    const acknowledgement = () => check('The sync is fixed now.', draft).filter((f) => f.ruleId === 'acknowledgement');
    expect(acknowledgement()).toEqual([]);
    setCustomerToneScorer(() => 0.95);
    try {
      const [f] = acknowledgement();
      expect(f?.scope).toBe('draft');
      expect(f?.message).toContain('their tone');
    } finally {
      setCustomerToneScorer(undefined);
    }
    expect(acknowledgement()).toEqual([]);
  });
});

describe('large and odd input', () => {
  const paragraph =
    'Hi Sam, thanks for the logs. You must have deleted the profile, obviously. I will check back on Thursday.\n> quoted line from the customer\n\n';

  it('handles a 200 KB draft without throwing, with offsets inside the text', () => {
    const text = paragraph.repeat(Math.ceil(200_000 / paragraph.length));
    expect(text.length).toBeGreaterThanOrEqual(200_000);
    const findings = check(text);
    expect(findings.length).toBeGreaterThan(100);
    for (const f of findings) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
      expect(f.end).toBeGreaterThan(f.start);
    }
  });

  it('handles a 200 KB single line and unbroken junk', () => {
    expect(() => check('word '.repeat(40_000))).not.toThrow();
    expect(() => check('x'.repeat(200_000))).not.toThrow();
    expect(() => check('{{'.repeat(50_000) + '%'.repeat(50_000))).not.toThrow();
  });

  it('returns nothing for empty, whitespace-only and punctuation-only drafts', () => {
    expect(check('')).toEqual([]);
    expect(check('   \n\r\n\t')).toEqual([]);
    expect(check('... !!! ???')).toEqual([]);
  });

  it('returns the same findings as a fresh checker would (cache never changes results)', () => {
    const text = 'Obviously you forgot the attachment. Calm down, it is not a big deal.';
    const fresh = createChecker([builtinRules]).check(text);
    expect(check(text)).toEqual(fresh);
    expect(check(text)).toEqual(fresh);
  });
});
