/**
 * Rules the agent chose "Ignore this rule" for on a card (kept by the sidebar in extension storage,
 * lib/content/prefs.ts): listed here so every silenced thing can be found and restored in one place.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { IGNORED_RULES_KEY, readIgnoredRules } from '../../lib/content/prefs';
import { builtinRuleList } from '../../lib/rules';
import { categoryName } from '../../lib/rules/categories';
import type { OptionsState } from './state';
import { t } from '../../lib/i18n';

export function IgnoredRulesSection({ state }: { state: OptionsState }) {
  const [ids, setIds] = useState<string[] | null>(null);
  const [message, setMessage] = useState('');
  useEffect(() => {
    const load = () =>
      void browser.storage.local.get(IGNORED_RULES_KEY).then(
        (got) => setIds(readIgnoredRules(got[IGNORED_RULES_KEY])),
        () => setIds([]),
      );
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && IGNORED_RULES_KEY in changes) load();
    };
    load();
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  if (!ids) return null;

  const categoryOf = (id: string): string | undefined =>
    builtinRuleList.find((r) => r.meta.id === id)?.meta.category ?? state.effective.packs.flatMap((p) => p.pack.rules).find((r) => r.id === id)?.category;
  const restore = (restored: string[]) =>
    void browser.storage.local.set({ [IGNORED_RULES_KEY]: ids.filter((id) => !restored.includes(id)) }).then(
      () => setMessage(restored.length === 1 ? t('ignored_rules_back', restored[0]!) : t('ignored_rules_all_back')),
      (e: unknown) => setMessage(e instanceof Error ? e.message : String(e)),
    );

  return (
    <section aria-labelledby="ignored-rules-title" data-section="ignored-rules">
      <h2 id="ignored-rules-title">{t('ignored_rules_title')}</h2>
      {ids.length === 0 ? (
        <p class="hint">{t('ignored_rules_none')}</p>
      ) : (
        <>
          <ul class="plain-list" data-list="ignored-rules">
            {ids.map((id) => {
              const category = categoryOf(id);
              const locked = category !== undefined && (state.effective.categories[category]?.locked ?? false);
              return (
                <li key={id} data-ignored-rule={id}>
                  <code>{id}</code> {category && <span class="hint">{t('in_parentheses', categoryName(category))}</span>}{' '}
                  {locked && <span class="hint">{t('ignored_rules_locked')} </span>}
                  <button type="button" onClick={() => restore([id])}>
                    {t('ignored_rules_restore')}
                  </button>
                </li>
              );
            })}
          </ul>
          {ids.length > 1 && (
            <button type="button" onClick={() => restore(ids)}>
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
