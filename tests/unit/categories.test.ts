/**
 * lib/rules/categories.ts is the one source for categories: every example it shows people is what
 * the engine really does, every rule belongs to a listed category and behaves in notes as it says,
 * and team packs reusing a built-in category inherit that behaviour.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../lib/coaching';
import { compilePack, parsePack } from '../../lib/packs';
import { builtinRuleList } from '../../lib/rules';
import { builtinCategory, CATEGORIES, categoryName } from '../../lib/rules/categories';

const inCategory = (id: string, text: string, customerMessage?: string, context: 'reply' | 'internal-note' = 'reply') =>
  check(text, { context, ...(customerMessage !== undefined ? { customerMessage } : {}) }).filter((f) => f.category === id);

describe('categories', () => {
  it('have unique ids and names, and a description of one line', () => {
    expect(new Set(CATEGORIES.map((c) => c.id)).size).toBe(CATEGORIES.length);
    expect(new Set(CATEGORIES.map((c) => c.name)).size).toBe(CATEGORIES.length);
    for (const c of CATEGORIES) {
      expect(c.description.length, c.id).toBeLessThanOrEqual(100);
      expect(c.description).not.toMatch(/\n/);
    }
  });

  it.each(CATEGORIES.map((c) => [c.id, c] as const))('%s: the example it flags is flagged, the one it passes is not', (id, c) => {
    expect(inCategory(id, c.flags.text, c.flags.customerMessage).length, c.flags.text).toBeGreaterThan(0);
    expect(inCategory(id, c.passes.text, c.passes.customerMessage), c.passes.text).toEqual([]);
  });

  it.each(CATEGORIES.map((c) => [c.id, c] as const))('%s: behaves in an internal note as it says', (id, c) => {
    const inNote = inCategory(id, c.flags.text, c.flags.customerMessage, 'internal-note');
    if (c.inNotes === 'quiet') expect(inNote).toEqual([]);
    if (c.inNotes === 'info') {
      expect(inNote.length).toBeGreaterThan(0);
      expect(inNote.every((f) => f.severity === 'info')).toBe(true);
    }
  });

  it('every built-in rule is in a listed category and takes its behaviour in notes', () => {
    for (const rule of builtinRuleList) expect(rule.meta.inNotes, rule.meta.id).toBe(builtinCategory(rule.meta.category)?.inNotes);
  });

  it('names a pack category it does not know by its id in words', () => {
    expect(categoryName('condescension')).toBe('Talking down');
    expect(categoryName('house-terminology')).toBe('House terminology');
  });

  it('a pack rule in a built-in category does in notes what the category does; audience any checks notes', () => {
    const pack = compilePack(
      parsePack(
        JSON.stringify({
          name: 'notes',
          version: 1,
          rules: [
            { id: 'n/help', type: 'phrase', category: 'help-wording', severity: 'warning', message: 'No.', explanation: 'House.', phrases: ['qzhelp'], suggestion: 'Say assist.', examples: { valid: ['Fine.'], invalid: ['We qzhelp you.'] } },
            { id: 'n/own', type: 'phrase', category: 'terminology', severity: 'warning', message: 'No.', explanation: 'House.', phrases: ['qzown'], suggestion: 'Other.', examples: { valid: ['Fine.'], invalid: ['We qzown it.'] } },
            { id: 'n/any', type: 'phrase', category: 'terminology', severity: 'warning', message: 'No.', explanation: 'House.', phrases: ['qzany'], suggestion: 'Other.', audience: 'any', examples: { valid: ['Fine.'], invalid: ['We qzany it.'] } },
          ],
        }),
        'notes.json',
      ),
    );
    const inNote = check('We qzhelp you, qzown it and qzany it.', { pack, context: 'internal-note' });
    expect(inNote.map((f) => [f.ruleId, f.severity])).toEqual([
      ['n/help', 'info'],
      ['n/any', 'warning'],
    ]);
  });
});
