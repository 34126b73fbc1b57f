/** Pick a scenario: filter by difficulty, theme, pack or words; each shows attempts and best score. */
import { DIFFICULTIES } from '../../lib/practice/schema';
import { progressByScenario } from '../../lib/practice/progress';
import type { PracticeStore } from './store';
import { t, tCount, type MessageKey } from '../../lib/i18n';

export const DIFFICULTY_LABELS: Readonly<Record<(typeof DIFFICULTIES)[number], MessageKey>> = { easy: 'difficulty_easy', medium: 'difficulty_medium', hard: 'difficulty_hard' };

export function ScenarioPicker({ store }: { store: PracticeStore }) {
  const f = store.filter.value;
  const progress = progressByScenario(store.attempts.value);
  const set = (patch: Partial<typeof f>) => (store.filter.value = { ...f, ...patch });
  const visible = store.visible.value;
  return (
    <nav class="picker" aria-label={t('picker_label')}>
      <h2>{t('picker_label')}</h2>
      <div class="filters">
        <label>
          {t('picker_difficulty')}
          <select data-practice-filter="difficulty" value={f.difficulty} onChange={(e) => set({ difficulty: e.currentTarget.value as typeof f.difficulty })}>
            <option value="all">{t('picker_all')}</option>
            {DIFFICULTIES.map((d) => (
              <option key={d} value={d}>
                {t(DIFFICULTY_LABELS[d])}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('picker_theme')}
          <select data-practice-filter="theme" value={f.theme} onChange={(e) => set({ theme: e.currentTarget.value })}>
            <option value="all">{t('picker_all')}</option>
            {store.themes.value.map((theme) => (
              <option key={theme} value={theme}>
                {theme.replace(/-/g, ' ')}
              </option>
            ))}
          </select>
        </label>
        {store.packs.value.length > 0 && (
          <label>
            {t('picker_pack')}
            <select data-practice-filter="pack" value={f.pack} onChange={(e) => set({ pack: e.currentTarget.value })}>
              <option value="all">{t('picker_all')}</option>
              {[...new Map(store.entries.value.map((e) => [e.packId, e.packName])).entries()].map(([id, name]) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label class="search">
          {t('picker_search')}
          <input type="search" data-practice-filter="query" value={f.query} placeholder={t('picker_search_placeholder')} onInput={(e) => set({ query: e.currentTarget.value })} />
        </label>
      </div>
      <p class="muted" role="status">
        {t('picker_count', visible.length, store.entries.value.length)}
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
                  <span class={`difficulty d-${s.difficulty}`}>{t(DIFFICULTY_LABELS[s.difficulty])}</span>
                  {s.themes.slice(0, 3).map((theme) => (
                    <span class="theme" key={theme}>
                      {theme.replace(/-/g, ' ')}
                    </span>
                  ))}
                </span>
                <span class="progress-line">{p ? tCount(p.attempts, 'picker_progress_one', 'picker_progress_other', p.best) : t('picker_not_tried')}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {visible.length === 0 && <p class="muted">{t('picker_none')}</p>}
    </nav>
  );
}
