/**
 * The options page lists every rule the agent ignored, by scope (issue 14, item 4: Restore reachable
 * from options): rapport.ignoredRules is "everywhere", each rapport.siteIgnoredRules.<host> one site.
 */
import { describe, expect, it } from 'vitest';
import { IGNORED_RULES_KEY, isIgnoredRulesKey, readAllIgnoredRules, siteIgnoredRulesKey } from '../../lib/content/prefs';

describe('readAllIgnoredRules', () => {
  it('splits extension storage into everywhere and per-site lists, sites in name order, empty ones left out', () => {
    const items = {
      [IGNORED_RULES_KEY]: ['blame', 'blame', 'help-wording'],
      [siteIgnoredRulesKey('Zeta.example.com')]: ['dismissive'],
      [siteIgnoredRulesKey('alpha.example.com')]: ['policy-wall', 42, '<img src=x>'],
      [siteIgnoredRulesKey('empty.example.com')]: [],
      'rapport.sidebar.alpha.example.com': { collapsed: true },
      'rapport.settings': { version: 1 },
    };
    expect(readAllIgnoredRules(items)).toEqual({
      everywhere: ['blame', 'help-wording'],
      sites: [
        { host: 'alpha.example.com', key: 'rapport.siteIgnoredRules.alpha.example.com', ids: ['policy-wall'] },
        { host: 'zeta.example.com', key: 'rapport.siteIgnoredRules.zeta.example.com', ids: ['dismissive'] },
      ],
    });
  });

  it('reads nothing stored as nothing ignored', () => {
    expect(readAllIgnoredRules({})).toEqual({ everywhere: [], sites: [] });
  });

  it('knows which storage keys hold ignored rules', () => {
    expect(isIgnoredRulesKey(IGNORED_RULES_KEY)).toBe(true);
    expect(isIgnoredRulesKey(siteIgnoredRulesKey('desk.example.com'))).toBe(true);
    expect(isIgnoredRulesKey('rapport.sidebar.desk.example.com')).toBe(false);
    expect(isIgnoredRulesKey('rapport.settings')).toBe(false);
  });
});
