/**
 * Issue 17, "keep the proof": a property test (fast-check, fixed seed) of offsets and fixes over
 * mixed-script drafts with team packs loaded. Drafts are built from trigger phrases, quotes,
 * signatures, URLs, placeholders, emoji and surrogate pairs, RTL and combining marks, and random
 * code points. For every finding: UTF-16 offsets inside the draft, on code point boundaries, on
 * the agent's own words (a fix never touching masked text), sorted; applying its first fix
 * changes exactly that span and the result checks cleanly; a fresh (cold) checker finds exactly
 * what the warm one does.
 *
 * 2,000 cases by default (CI); RAPPORT_PROPERTY_RUNS=N for more, RAPPORT_PROPERTY_LONG=1 for
 * 50,000. RAPPORT_PROPERTY_SEED replays another seed.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agentText, check, createCoachingChecker, type Finding, type RuleSet } from '../../lib/coaching';
import { loadPack } from '../../lib/packs';

const RUNS = Number(process.env.RAPPORT_PROPERTY_RUNS) || (process.env.RAPPORT_PROPERTY_LONG ? 50_000 : 2_000);
const SEED = Number(process.env.RAPPORT_PROPERTY_SEED) || 20_261_203;

const packs: RuleSet[] = ['examples/packs/acme-it.yaml', 'tests/fixtures/packs/good/hyphenated.yaml', 'tests/fixtures/packs/good/literal.json'].map((path) => {
  const loaded = loadPack(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'), path);
  if (!loaded.ok) throw new Error(`${path} does not load: ${JSON.stringify(loaded.problems)}`);
  return loaded.ruleSet;
});

const PIECES = [
  'Happy to help!', 'I can help you reset your password.', 'You should have read the instructions first.', 'Just restart it.',
  'That is not my department.', 'Policy does not allow that.', 'I have opened a ticket for you.', 'Please check the help desk.',
  'I sent you an e-mail about the log-in page.', 'Try the wi-fi/LAN switch again.', 'You people always do this.', 'Ugh, what a week.',
  'Obviously it is easy.', "I'll update you by 3 pm.", 'Thanks for your patience!', 'Why did you not reboot?',
  '> You never answer my tickets!', '--\nPriya Nair\nIT Service Desk', 'See https://help.example.com/vpn?x=1 for help.',
  '{{ticket.requester.name}}', '`rm -rf help`', 'Привет, я могу помочь.', '我可以帮助你。', 'مرحبا، يمكنني المساعدة.',
  'שלום עולם', '😀 happy to help 👩‍💻', '𝐇𝐞𝐥𝐩 is 𝓯𝓻𝓮𝓮', 'e\u0301\u0301 cafe\u0301 help', '\u200f\u202ehelp\u202c', '\u00a0help\u00a0',
  'ǅemal İstanbul straße help', 'HELP!!!', '...', '?!', '\t', 'ok', 'Hi Sam,', 'Kind regards,', 'help-desk', 'e-mail', 'follow-up — soon',
];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);
const separator = fc.constantFrom(' ', '\n', '\n\n', '. ', ', ', '', '\r\n');
const draft = fc.array(fc.tuple(piece, separator), { minLength: 1, maxLength: 10 }).map((parts) => parts.map(([p, s]) => p + s).join(''));
const context = fc.constantFrom<'reply' | 'internal-note'>('reply', 'internal-note');

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** An offset that does not split a surrogate pair. */
const onBoundary = (text: string, i: number) => i <= 0 || i >= text.length || !(isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i)));

function offsetProblems(text: string, findings: readonly Finding[]): string[] {
  const masked = agentText(text).masked;
  const problems: string[] = [];
  findings.forEach((f, i) => {
    const where = `${f.ruleId} [${f.start}, ${f.end})`;
    if (!(Number.isInteger(f.start) && Number.isInteger(f.end) && 0 <= f.start && f.start <= f.end && f.end <= text.length)) problems.push(`${where} out of bounds`);
    if (!onBoundary(text, f.start) || !onBoundary(text, f.end)) problems.push(`${where} splits a surrogate pair`);
    // A sentence card may cover a sentence with a masked URL in it; it must still flag the
    // agent's words, and a fix must never rewrite masked text (quotes, URLs, code, signatures).
    if (f.scope === 'span' && !masked.slice(f.start, f.end).trim()) problems.push(`${where} flags none of the agent's words`);
    if (f.replacements.length && masked.slice(f.start, f.end) !== text.slice(f.start, f.end)) problems.push(`${where} fixes masked text`);
    const prev = findings[i - 1];
    if (prev && (prev.start > f.start || (prev.start === f.start && prev.end > f.end))) problems.push(`${where} out of order`);
  });
  return problems;
}

describe(`offsets and fixes over mixed-script drafts with packs (${RUNS} cases, seed ${SEED})`, () => {
  it('keeps every finding on the agent’s words and every fix to its span', () => {
    let cases = 0;
    let fixed = 0;
    fc.assert(
      fc.property(draft, context, (text, kind) => {
        cases++;
        const options = { pack: packs, context: kind };
        const findings = check(text, options);
        expect(offsetProblems(text, findings)).toEqual([]);
        const fix = findings.find((f) => f.replacements.length > 0);
        if (fix) {
          fixed++;
          const replacement = fix.replacements[0]!;
          const after = text.slice(0, fix.start) + replacement + text.slice(fix.end);
          expect(after.slice(0, fix.start)).toBe(text.slice(0, fix.start));
          expect(after.slice(fix.start + replacement.length)).toBe(text.slice(fix.end));
          expect(offsetProblems(after, check(after, options))).toEqual([]);
        }
        if (cases % 25 === 0) {
          // A cold checker (no cached sentence) must find exactly what the warm one does.
          expect(createCoachingChecker(packs).check(text, { context: kind })).toEqual(findings);
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
    expect(cases).toBe(RUNS);
    // The generator must reach the fix path, or half the property is never tested.
    expect(fixed).toBeGreaterThan(RUNS / 10);
  }, 600_000);
});
