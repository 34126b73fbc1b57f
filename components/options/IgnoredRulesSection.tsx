/**
 * Rules the agent chose "Ignore this rule" for on a card, everywhere or on one site (kept by the
 * sidebar in extension storage, lib/content/prefs.ts): listed here by scope so every silenced thing
 * can be found and restored in one place.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { IGNORED_RULES_KEY, isIgnoredRulesKey, readAllIgnoredRules, type IgnoredRulesByScope } from '../../lib/content/prefs';
import { builtinRuleList } from '../../lib/rules';
import { categoryLabel } from '../../lib/rule-texts';
import type { OptionsState } from './state';
import { t } from '../../lib/i18n';

/** One stored list: the key it lives under, a heading, and its rule ids. */
interface Scope {
  key: string;
  heading: string;
  ids: string[];
}

function scopesOf(all: IgnoredRulesByScope): Scope[] {
  const scopes: Scope[] = all.everywhere.length ? [{ key: IGNORED_RULES_KEY, heading: t('ignored_rules_everywhere'), ids: all.everywhere }] : [];
  for (const site of all.sites) scopes.push({ key: site.key, heading: t('ignored_rules_on_site', site.host), ids: site.ids });
  return scopes;
}

export function IgnoredRulesSection({ state }: { state: OptionsState }) {
  const [scopes, setScopes] = useState<Scope[] | null>(null);
  const [message, setMessage] = useState('');
  useEffect(() => {
    const load = () =>
      void browser.storage.local.get(null).then(
        (items) => setScopes(scopesOf(readAllIgnoredRules(items))),
        () => setScopes([]),
      );
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && Object.keys(changes).some(isIgnoredRulesKey)) load();
    };
    load();
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  if (!scopes) return null;

  const categoryOf = (id: string): string | undefined =>
    builtinRuleList.find((r) => r.meta.id === id)?.meta.category ?? state.effective.packs.flatMap((p) => p.pack.rules).find((r) => r.id === id)?.category;
  /** Takes rules off their lists (each list keeps the rest); the sidebars in open tabs follow. */
  const restore = (restored: { scope: Scope; ids: string[] }[], done: string) =>
    void browser.storage.local.set(Object.fromEntries(restored.map(({ scope, ids }) => [scope.key, scope.ids.filter((id) => !ids.includes(id))]))).then(
      () => setMessage(done),
      (e: unknown) => setMessage(e instanceof Error ? e.message : String(e)),
    );
  const total = scopes.reduce((n, s) => n + s.ids.length, 0);

  return (
    <section aria-labelledby="ignored-rules-title" data-section="ignored-rules">
      <h2 id="ignored-rules-title">{t('ignored_rules_title')}</h2>
      {total === 0 ? (
        <p class="hint">{t('ignored_rules_none')}</p>
      ) : (
        <>
          {scopes.map((scope) => (
            <div key={scope.key} data-ignored-scope={scope.key === IGNORED_RULES_KEY ? 'everywhere' : scope.key}>
              <h3>{scope.heading}</h3>
              <ul class="plain-list" data-list="ignored-rules">
                {scope.ids.map((id) => {
                  const category = categoryOf(id);
                  const locked = category !== undefined && (state.effective.categories[category]?.locked ?? false);
                  return (
                    <li key={id} data-ignored-rule={id}>
                      <code>{id}</code> {category && <span class="hint">{t('in_parentheses', categoryLabel(category))}</span>}{' '}
                      {locked && <span class="hint">{t('ignored_rules_locked')} </span>}
                      <button type="button" aria-label={t('ignored_rules_restore_label', id, scope.heading)} onClick={() => restore([{ scope, ids: [id] }], t('ignored_rules_back', id))}>
                        {t('ignored_rules_restore')}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
          {total > 1 && (
            <button type="button" onClick={() => restore(scopes.map((scope) => ({ scope, ids: scope.ids })), t('ignored_rules_all_back'))}>
              {t('ignored_rules_restore_all')}
            </button>
          )}
        </>
      )}
      <p role="status" class="hint">
        {message}
      </p>
    </section>
  );
}
