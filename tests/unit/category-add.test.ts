// @vitest-environment happy-dom
/**
 * Adding a category is what README "How to add a category" lists: an entry in
 * lib/rules/categories.ts and a rule module in it (tests/unit/fixtures/extra-category.ts). With
 * those two in place and nothing else changed, the engine flags it and keeps it quiet in notes as
 * the entry says, the sidebar and the options page name it, a team pack can use it, and the
 * generated docs list it.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EffectiveSettings } from '../../lib/policy/merge';
import { cardFinding, fakeModel } from './helpers/sidebar-model';
import { categoriesWithJargon, JARGON, rulesWithJargon } from './fixtures/extra-category';

const CATEGORIES = '../../lib/rules/categories';
const RULES = '../../lib/rules';

type Lib = {
  coaching: typeof import('../../lib/coaching');
  packs: typeof import('../../lib/packs');
  catalogue: typeof import('../../components/options/catalogue');
  docs: typeof import('../../scripts/docs/rules-table');
  mount: typeof import('../../components/sidebar/mount');
};
let lib: Lib;

beforeAll(async () => {
  vi.resetModules();
  vi.doMock(CATEGORIES, async (importOriginal) => categoriesWithJargon(await importOriginal()));
  vi.doMock(RULES, async (importOriginal) => rulesWithJargon(await importOriginal()));
  lib = {
    coaching: await import('../../lib/coaching'),
    packs: await import('../../lib/packs'),
    catalogue: await import('../../components/options/catalogue'),
    docs: await import('../../scripts/docs/rules-table'),
    mount: await import('../../components/sidebar/mount'),
  };
});
afterAll(() => {
  vi.doUnmock(CATEGORIES);
  vi.doUnmock(RULES);
  vi.resetModules();
});

describe('adding a category', () => {
  it('the engine flags its example, passes the other, and keeps it quiet in an internal note', () => {
    const found = (text: string, context: 'reply' | 'internal-note' = 'reply') => lib.coaching.check(text, { context }).filter((f) => f.category === 'jargon');
    expect(found(JARGON.flags.text).map((f) => f.ruleId)).toEqual(['jargon']);
    expect(found(JARGON.passes.text)).toEqual([]);
    expect(found(JARGON.flags.text, 'internal-note')).toEqual([]);
  });

  it('the sidebar heads its cards with its name', () => {
    const card = cardFinding({ ruleId: 'jargon', category: 'jargon', key: 'jargon\u0000pebkac\u00000' });
    const mounted = lib.mount.mountSidebar(fakeModel([card]), { placement: 'inline', container: document.body });
    try {
      expect(mounted.shadow.querySelector('section[data-group="jargon"] h3')?.firstChild?.textContent?.trim()).toBe(JARGON.name);
    } finally {
      mounted.unmount();
    }
  });

  it('the options page lists it with its description and examples', () => {
    const entry = lib.catalogue.categoryCatalogue({ packs: [], lockedCategories: [] } as unknown as EffectiveSettings).find((c) => c.id === 'jargon');
    expect(entry).toMatchObject({ label: JARGON.name, ruleCount: 1, description: JARGON.description, flags: JARGON.flags.text, passes: JARGON.passes.text });
  });

  it('a team pack rule in it takes its behaviour in notes', () => {
    const rule = { id: 't/jargon', type: 'phrase', category: 'jargon', severity: 'warning', message: 'No.', explanation: 'House.', phrases: ['qzjargon'], suggestion: 'Other.' };
    const pack = lib.packs.compilePack(
      lib.packs.parsePack(JSON.stringify({ name: 'team', version: 1, rules: [{ ...rule, examples: { valid: ['Fine.'], invalid: ['A qzjargon.'] } }] }), 'team.json'),
    );
    expect(lib.coaching.check('A qzjargon here.', { pack }).map((f) => f.ruleId)).toContain('t/jargon');
    expect(lib.coaching.check('A qzjargon here.', { pack, context: 'internal-note' }).map((f) => f.ruleId)).not.toContain('t/jargon');
  });

  it('the generated README tables and the admin guide list it', () => {
    expect(lib.docs.categoriesTable()).toContain(`| \`jargon\` | ${JARGON.name} | ${JARGON.description}`);
    expect(lib.docs.rulesTable()).toContain('`jargon`');
    expect(lib.docs.categoryIdList()).toContain('`jargon`');
  });
});
