/** The dashboard page: the agent's own stats, the team view, the agent's data controls, and what Rapport keeps. */
import { useState } from 'preact/hooks';
import { dayOf } from '../../lib/stats';
import { MyStats } from './MyStats';
import { presetRange, RangeFilter, type Range } from './RangeFilter';
import { TeamView } from './TeamView';
import { YourData } from './YourData';
import { WhatRapportKeeps } from '../shared/WhatRapportKeeps';

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
        <h1>Rapport — tone stats</h1>
        <p class="hint">
          Private to this computer. Rapport keeps counts of its suggestions and a record per draft, never the words you write: see{' '}
          <a href="#what-kept-title">What Rapport keeps</a>.
        </p>
        <nav aria-label="Dashboard views">
          <button type="button" data-tab="mine" aria-current={tab === 'mine' ? 'page' : undefined} onClick={() => go('mine')}>
            My stats
          </button>
          <button type="button" data-tab="team" aria-current={tab === 'team' ? 'page' : undefined} onClick={() => go('team')}>
            Team
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
