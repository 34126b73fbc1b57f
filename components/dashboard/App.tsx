/** The dashboard page: the agent's own stats, the team view, the agent's data controls, and what Rapport keeps. */
import { useState } from 'preact/hooks';
import { dayOf } from '../../lib/stats';
import { MyStats } from './MyStats';
import { presetRange, RangeFilter, type Range } from './RangeFilter';
import { TeamView } from './TeamView';
import { YourData } from './YourData';
import { WhatRapportKeeps } from '../shared/WhatRapportKeeps';
import { t } from '../../lib/i18n';
import { Filled } from '../shared/Filled';

type Tab = 'mine' | 'team';

export function App() {
  const today = dayOf(new Date());
  const [tab, setTab] = useState<Tab>(location.hash === '#team' ? 'team' : 'mine');
  const [range, setRange] = useState<Range>(presetRange(today, 30));
  const [refresh, setRefresh] = useState(0);
  const changed = () => setRefresh((n) => n + 1);
  const go = (next: Tab) => {
    setTab(next);
    history.replaceState(null, '', next === 'team' ? '#team' : '#');
  };
  return (
    <>
      <header>
        <h1>{t('dash_title')}</h1>
        <p class="hint">
          <Filled message="dash_intro">
            <a href="#what-kept-title">{t('kept_title')}</a>
          </Filled>
        </p>
        <nav aria-label={t('dash_views')}>
          <button type="button" data-tab="mine" aria-current={tab === 'mine' ? 'page' : undefined} onClick={() => go('mine')}>
            {t('dash_mine')}
          </button>
          <button type="button" data-tab="team" aria-current={tab === 'team' ? 'page' : undefined} onClick={() => go('team')}>
            {t('dash_team')}
          </button>
        </nav>
      </header>
      <main>
        <RangeFilter range={range} today={today} onChange={setRange} />
        {tab === 'mine' ? (
          <>
            <MyStats range={range} refresh={refresh} />
            <YourData refresh={refresh} onChanged={changed} />
          </>
        ) : (
          <TeamView range={range} refresh={refresh} onChanged={changed} />
        )}
        <WhatRapportKeeps refresh={refresh} />
      </main>
    </>
  );
}
