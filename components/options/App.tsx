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

export function OptionsApp() {
  const { state, error } = useOptionsState();
  const [statsRefresh, setStatsRefresh] = useState(0);
  const managed =
    state && (state.effective.lockedCategories.length > 0 || state.effective.siteSwitchLocked || !state.effective.exportAllowed || state.effective.packs.some((p) => p.forced));
  return (
    <>
      <header>
        <h1>Rapport settings</h1>
        <p class="hint">
          Saved in this browser and applied at once in open tabs. <a href="/dashboard.html">Dashboard</a> · <a href="/practice.html">Practice</a>
        </p>
        {managed && (
          <p class="banner" data-managed="true">
            Some settings are managed by your organisation and show as <strong>Set by your organisation</strong>.
          </p>
        )}
        {state && state.policy.problems.length > 0 && (
          <details class="banner warning" data-policy-problems="true">
            <summary>Your organisation's policy has {state.policy.problems.length} value(s) Rapport ignored</summary>
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
            Settings could not be loaded: {error}
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
