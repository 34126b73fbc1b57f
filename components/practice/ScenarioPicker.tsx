/** Pick a scenario: filter by difficulty, theme, pack or words; each shows attempts and best score. */
import { DIFFICULTIES } from '../../lib/practice/schema';
import { progressByScenario } from '../../lib/practice/progress';
import type { PracticeStore } from './store';

export const DIFFICULTY_LABELS = { easy: 'Easy', medium: 'Medium', hard: 'Hard' } as const;

export function ScenarioPicker({ store }: { store: PracticeStore }) {
  const f = store.filter.value;
  const progress = progressByScenario(store.attempts.value);
  const set = (patch: Partial<typeof f>) => (store.filter.value = { ...f, ...patch });
  const visible = store.visible.value;
  return (
    <nav class="picker" aria-label="Scenarios">
      <h2>Scenarios</h2>
      <div class="filters">
        <label>
          Difficulty
          <select data-practice-filter="difficulty" value={f.difficulty} onChange={(e) => set({ difficulty: e.currentTarget.value as typeof f.difficulty })}>
            <option value="all">All</option>
            {DIFFICULTIES.map((d) => (
              <option key={d} value={d}>
                {DIFFICULTY_LABELS[d]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Theme
          <select data-practice-filter="theme" value={f.theme} onChange={(e) => set({ theme: e.currentTarget.value })}>
            <option value="all">All</option>
            {store.themes.value.map((t) => (
              <option key={t} value={t}>
                {t.replace(/-/g, ' ')}
              </option>
            ))}
          </select>
        </label>
        {store.packs.value.length > 0 && (
          <label>
            Pack
            <select data-practice-filter="pack" value={f.pack} onChange={(e) => set({ pack: e.currentTarget.value })}>
              <option value="all">All</option>
              {[...new Map(store.entries.value.map((e) => [e.packId, e.packName])).entries()].map(([id, name]) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label class="search">
          Search
          <input type="search" data-practice-filter="query" value={f.query} placeholder="printer, security…" onInput={(e) => set({ query: e.currentTarget.value })} />
        </label>
      </div>
      <p class="muted" role="status">
        {visible.length} of {store.entries.value.length} scenarios
      </p>
      <ul class="scenario-list">
        {visible.map(({ scenario: s }) => {
          const p = progress.get(s.id);
          const current = store.selectedId.value === s.id;
          return (
            <li key={s.id}>
              <button
                type="button"
                class={`scenario ${current ? 'current' : ''}`}
                data-scenario-id={s.id}
                aria-current={current ? 'true' : undefined}
                onClick={() => {
                  store.select(s.id);
                  history.replaceState(null, '', `#${s.id}`);
                }}
              >
                <span class="title">{s.title}</span>
                <span class="tags">
                  <span class={`difficulty d-${s.difficulty}`}>{DIFFICULTY_LABELS[s.difficulty]}</span>
                  {s.themes.slice(0, 3).map((t) => (
                    <span class="theme" key={t}>
                      {t.replace(/-/g, ' ')}
                    </span>
                  ))}
                </span>
                <span class="progress-line">{p ? `Best ${p.best} · ${p.attempts} attempt${p.attempts > 1 ? 's' : ''}` : 'Not tried yet'}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {visible.length === 0 && <p class="muted">No scenario matches these filters.</p>}
    </nav>
  );
}
