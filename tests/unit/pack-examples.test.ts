/** A pack preview says which examples do what they claim now, and marks real failures as failures. */
import { describe, expect, it } from 'vitest';
import { exampleResults, parsePack, type Pack } from '../../lib/packs';

const pack = parsePack(
  JSON.stringify({
    name: 'preview',
    version: 1,
    rules: [{ id: 'p/ticket', type: 'phrase', category: 'terminology', severity: 'suggestion', message: 'Say request.', explanation: 'House.', phrases: ['ticket'], suggestion: 'request', examples: { valid: ['Your request is open.'], invalid: ['I opened a ticket.'] } }],
  }),
  'preview.json',
);

describe('pack example results', () => {
  it('reads every example of an imported pack as passing', () => {
    expect(exampleResults(pack)).toEqual([
      [
        { text: 'I opened a ticket.', expects: 'flags', failure: null },
        { text: 'Your request is open.', expects: 'passes', failure: null },
      ],
    ]);
  });

  it('marks an example the engine no longer agrees with as failing, with why', () => {
    // A pack kept from before: its examples were true then, not now.
    const stale: Pack = { ...pack, rules: [{ ...pack.rules[0]!, examples: { valid: ['A ticket is open.'], invalid: ['I opened a request.'] } }] };
    const [results] = exampleResults(stale);
    expect(results!.map((r) => [r.expects, r.failure !== null])).toEqual([
      ['flags', true],
      ['passes', true],
    ]);
    expect(results![0]!.failure).toMatch(/must be flagged/);
  });
});
