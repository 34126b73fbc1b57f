/**
 * Team style packs in the engine: substitutions keep inflection and capitals, phrases are literal,
 * pack rules go through check() like built-ins, and the documented conflict order holds.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../../lib/coaching';
import type { Finding, RuleSet } from '../../lib/engine/types';
import { compilePack, describePack, loadPack, parsePack, type Pack } from '../../lib/packs';

const acmeText = readFileSync(new URL('../../examples/packs/acme-it.yaml', import.meta.url), 'utf8');
const literalText = readFileSync(new URL('../fixtures/packs/good/literal.json', import.meta.url), 'utf8');

function ruleSetOf(text: string, file: string): RuleSet {
  const result = loadPack(text, file);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.ruleSet;
}

/** A one-rule pack, built as data, the way an options page would build one. */
function pack(rule: Record<string, unknown>): string {
  return JSON.stringify({
    name: 'inline',
    version: '1',
    rules: [{ category: 'terminology', severity: 'suggestion', message: 'Say "{{replacement}}".', explanation: 'House style.', ...rule }],
  });
}

const fixes = (text: string, set: RuleSet, ruleId: string) =>
  check(text, { pack: set })
    .filter((f) => f.ruleId === ruleId)
    .map((f) => [text.slice(f.start, f.end), f.replacements[0]]);

describe('team style packs', () => {
  const acme = ruleSetOf(acmeText, 'acme-it.yaml');

  it('loads the example pack and its rules fire through check()', () => {
    const text = 'I opened two tickets and reached out to the vendor. JIRA is updated.';
    const found = check(text, { pack: acme }).filter((f) => f.ruleId.startsWith('acme/'));
    expect(found.map((f) => [f.ruleId, text.slice(f.start, f.end), f.replacements[0]])).toEqual([
      ['acme/request-not-ticket', 'tickets', 'requests'],
      ['acme/contact-not-reach-out', 'reached out to', 'contacted'],
      ['acme/product-names', 'JIRA', 'Jira'],
    ]);
    expect(found[0]).toMatchObject({ category: 'terminology', severity: 'suggestion', principle: { id: 'team-pack:acme-it' } });
    expect(found[0]!.message).toBe('ACME says "requests": employees make requests, they don\'t file tickets.');
  });

  it('inflects verbs with compromise and keeps the writer\'s capitals', () => {
    const set = ruleSetOf(
      pack({
        id: 'escalate',
        type: 'substitution',
        swap: { escalate: 'raise' },
        examples: { valid: ['I raised it.'], invalid: [{ text: 'Escalating now.', fix: 'Raising now.' }] },
      }),
      'p.json',
    );
    expect(fixes('I escalated it, she escalates, we are escalating. ESCALATE!', set, 'escalate')).toEqual([
      ['escalated', 'raised'],
      ['escalates', 'raises'],
      ['escalating', 'raising'],
      ['ESCALATE', 'RAISE'],
    ]);
  });

  it('pluralises nouns, leaves longer words alone, and can be told not to inflect', () => {
    expect(fixes('Tickets and a ticket, but not ticketing.', acme, 'acme/request-not-ticket')).toEqual([
      ['Tickets', 'Requests'],
      ['ticket', 'request'],
    ]);
    const none = ruleSetOf(
      pack({
        id: 'no-inflect',
        type: 'substitution',
        inflect: 'none',
        swap: { ticket: 'case' },
        examples: { valid: ['Two tickets.'], invalid: [{ text: 'One ticket.', fix: 'One case.' }] },
      }),
      'p.json',
    );
    expect(fixes('One ticket, two tickets.', none, 'no-inflect')).toEqual([['ticket', 'case']]);
  });

  it('does not flag text that already uses the preferred wording', () => {
    const set = ruleSetOf(
      pack({
        id: 'jsm',
        type: 'substitution',
        caseSensitive: true,
        inflect: 'none',
        swap: { Jira: 'Jira Service Management' },
        examples: { valid: ['Log it in Jira Service Management.'], invalid: [{ text: 'Log it in Jira.', fix: 'Log it in Jira Service Management.' }] },
      }),
      'p.json',
    );
    expect(fixes('Jira Service Management, not Jira.', set, 'jsm')).toEqual([['Jira', 'Jira Service Management']]);
  });

  it('matches regex-looking phrases literally, on whole words, with either apostrophe', () => {
    const set = ruleSetOf(literalText, 'literal.json');
    const text = 'C++ (legacy) vs C++ legacy; a.b not axb; [beta]* not beta; Don’t panic.';
    const flagged = check(text, { pack: set }).filter((f) => f.ruleId === 'legacy-names').map((f) => text.slice(f.start, f.end));
    expect(flagged).toEqual(['C++ (legacy)', 'a.b', '[beta]*', 'Don’t panic']);
  });

  it('skips quotes, signatures and placeholders like every other rule', () => {
    const text = '> My ticket is still open.\nYour request {{ticket.id}} is open.\n';
    expect(check(text, { pack: acme }).filter((f) => f.ruleId === 'acme/request-not-ticket')).toEqual([]);
  });

  it('keeps customer-facing pack rules quiet in internal notes unless audience is any', () => {
    const note = { context: 'internal-note' as const };
    expect(check('Ticket moved.', { pack: acme, ...note }).filter((f) => f.ruleId === 'acme/request-not-ticket')).toEqual([]);
    const literal = ruleSetOf(literalText, 'literal.json');
    expect(check('Set a.b now.', { pack: literal, ...note }).map((f) => f.ruleId)).toContain('legacy-names');
  });

  it('parses the same pack from JSON and YAML into the same data', () => {
    const fromYaml = parsePack(acmeText, 'acme-it.yaml');
    const fromJson = parsePack(JSON.stringify(fromYaml), 'acme-it.json');
    expect(fromJson).toEqual(fromYaml);
    expect(fromYaml.version).toBe('1.0.0');
    expect(parsePack(literalText, 'literal.json').version).toBe('2');
  });

  it('describes what a pack adds, inflected forms included, for a preview', () => {
    const preview = describePack(parsePack(acmeText, 'acme-it.yaml'));
    const ticket = preview.rules.find((r) => r.id === 'acme/request-not-ticket')!;
    expect(ticket.swaps).toContainEqual({ from: 'tickets', to: 'requests' });
    expect(ticket.replacesBuiltin).toBe(false);
    expect(preview.rules.map((r) => r.type)).toEqual(['substitution', 'substitution', 'substitution', 'phrase', 'existence']);
  });
});

describe('conflict order: team pack over built-in', () => {
  const spansOf = (text: string, findings: Finding[]) => findings.map((f) => [f.ruleId, text.slice(f.start, f.end)]);

  it('a pack rule with a built-in id replaces the built-in rule', () => {
    const text = 'Happy to help!';
    expect(check(text).map((f) => f.ruleId)).toContain('help-wording');
    const overrideText = pack({
      id: 'help-wording',
      type: 'substitution',
      category: 'help-wording',
      swap: { help: 'support' },
      inflect: 'none',
      examples: { valid: ['Contact support.'], invalid: [{ text: 'Happy to help!', fix: 'Happy to support!' }] },
    });
    const override = ruleSetOf(overrideText, 'p.json');
    expect(describePack(parsePack(overrideText, 'p.json')).rules[0]!.replacesBuiltin).toBe(true);
    const found = check(text, { pack: override }).filter((f) => f.ruleId === 'help-wording');
    expect(found.map((f) => f.replacements)).toEqual([['support']]);
  });

  it('a pack finding covering a built-in finding hides the built-in one; disabling the pack rule brings it back', () => {
    const phrase = ruleSetOf(
      pack({
        id: 'team/happy-to',
        type: 'phrase',
        category: 'tone',
        message: 'We write "glad to".',
        phrases: ['happy to help'],
        suggestion: 'Glad to assist.',
        examples: { valid: ['Glad to assist.'], invalid: [{ text: 'Happy to help!', flagged: 'Happy to help' }] },
      }),
      'p.json',
    );
    const text = 'Happy to help! I helped Sam too.';
    const builtinOnly = spansOf(text, check(text));
    expect(builtinOnly).toContainEqual(['help-wording', 'help']);
    const withPack = spansOf(text, check(text, { pack: phrase }));
    expect(withPack).toContainEqual(['team/happy-to', 'Happy to help']);
    expect(withPack).not.toContainEqual(['help-wording', 'help']);
    // A built-in finding the pack does not cover stays.
    expect(withPack).toContainEqual(['help-wording', 'helped']);
    expect(spansOf(text, check(text, { pack: phrase, disabled: ['team/happy-to'] }))).toContainEqual(['help-wording', 'help']);
  });

  it('between packs, the later one wins on the same id', () => {
    const make = (to: string) =>
      compilePack({
        name: `p-${to}`,
        version: '1',
        rules: [
          {
            id: 'team/word', type: 'substitution', category: 'terminology', severity: 'suggestion', message: 'Say "{{replacement}}".',
            explanation: 'x', swap: { ticket: to }, examples: { valid: ['ok'], invalid: ['ticket'] },
          },
        ],
      } satisfies Pack);
    const first = make('request');
    const second = make('case');
    expect(check('A ticket.', { pack: [first, second] }).filter((f) => f.ruleId === 'team/word').map((f) => f.replacements[0])).toEqual(['case']);
    expect(check('A ticket.', { pack: [second, first] }).filter((f) => f.ruleId === 'team/word').map((f) => f.replacements[0])).toEqual(['request']);
  });
});
