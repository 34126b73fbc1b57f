/** The options page (options.html): categories, sites, ignore list, team packs, shortcuts, follow-through, stats, what Rapport keeps, reset. */
import { useState } from 'preact/hooks';
import { CategoriesSection } from './CategoriesSection';
import { IgnoreListSection } from './IgnoreListSection';
import { IgnoredRulesSection } from './IgnoredRulesSection';
import { PacksSection } from './PacksSection';
import { ResetSection } from './ResetSection';
import { ShortcutsSection } from './ShortcutsSection';
import { SitesSection } from './SitesSection';
import { SiteProfilesSection } from './SiteProfilesSection';
import { StatsSection } from './StatsSection';
import { FollowUpSection } from './FollowUpSection';
import { WhatRapportKeeps } from '../shared/WhatRapportKeeps';
import { useOptionsState } from './state';
import { t } from '../../lib/i18n';
import { Filled } from '../shared/Filled';

export function OptionsApp() {
  const { state, error } = useOptionsState();
  const [statsRefresh, setStatsRefresh] = useState(0);
  const managed =
    state && (state.effective.lockedCategories.length > 0 || state.effective.siteSwitchLocked || !state.effective.exportAllowed || state.effective.packs.some((p) => p.forced));
  return (
    <>
      <header>
        <h1>{t('options_title')}</h1>
        <p class="hint">
          {t('options_intro')} <a href="/dashboard.html">{t('link_dashboard')}</a> · <a href="/practice.html">{t('link_practice')}</a>
        </p>
        {managed && (
          <p class="banner" data-managed="true">
            <Filled message="options_managed">
              <strong>{t('locked')}</strong>
            </Filled>
          </p>
        )}
        {state && state.policy.problems.length > 0 && (
          <details class="banner warning" data-policy-problems="true">
            <summary>{t('options_policy_problems', state.policy.problems.length)}</summary>
            <ul>
              {state.policy.problems.map((p, i) => (
                <li key={i}>
                  <pre>{p}</pre>
                </li>
              ))}
            </ul>
          </details>
        )}
      </header>
      <main>
        {error && (
          <p class="banner warning" role="alert">
            {t('options_load_failed', error)}
          </p>
        )}
        {state && (
          <>
            <CategoriesSection state={state} />
            <PacksSection state={state} />
            <IgnoreListSection state={state} />
            <IgnoredRulesSection state={state} />
            <SitesSection state={state} />
            <SiteProfilesSection state={state} />
            <ShortcutsSection />
            <FollowUpSection onChanged={() => setStatsRefresh((n) => n + 1)} />
            <StatsSection refresh={statsRefresh} onChanged={() => setStatsRefresh((n) => n + 1)} />
            <WhatRapportKeeps refresh={statsRefresh} />
            <ResetSection onReset={() => setStatsRefresh((n) => n + 1)} />
          </>
        )}
      </main>
    </>
  );
}
