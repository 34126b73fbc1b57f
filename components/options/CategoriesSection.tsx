/** Categories: on/off and severity per category; locked ones show why they can't be switched off. */
import { useState } from 'preact/hooks';
import type { Severity } from '../../lib/engine/types';
import { changeSettings, setCategory } from '../../lib/settings';
import { SEVERITY_LABELS } from '../sidebar/labels';
import { categoryCatalogue } from './catalogue';
import { Locked } from './Locked';
import { attempt, settingsArea, type OptionsState } from './state';
import { t, tCount } from '../../lib/i18n';

const SEVERITY_ORDER: Severity[] = ['warning', 'suggestion', 'info'];

export function CategoriesSection({ state }: { state: OptionsState }) {
  const [message, setMessage] = useState('');
  const entries = categoryCatalogue(state.effective);
  const change = (id: string, change: { enabled?: boolean; severity?: Severity | null }, done: string) =>
    void attempt(() => changeSettings(settingsArea(), (s) => setCategory(s, id, change))).then((e) => setMessage(e ?? done));

  return (
    <section aria-labelledby="categories-title" data-section="categories">
      <h2 id="categories-title">{t('categories_title')}</h2>
      <p class="hint">{t('categories_intro')}</p>
      <table class="categories">
        <thead>
          <tr>
            <th scope="col">{t('categories_col_category')}</th>
            <th scope="col">{t('categories_col_on')}</th>
            <th scope="col">{t('categories_col_shown')}</th>
            <th scope="col">{t('categories_col_sources')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const setting = state.effective.categories[entry.id];
            const enabled = setting?.enabled ?? true;
            const locked = setting?.locked ?? false;
            const own = entry.severities.length === 1 ? SEVERITY_LABELS[entry.severities[0]!] : t('categories_severity_mixed');
            return (
              <tr key={entry.id} data-category-row={entry.id}>
                <th scope="row" class="category-name">
                  <span class="name">{entry.label}</span> <code class="hint">{entry.id}</code>
                  {entry.description && <p class="category-description">{entry.description}</p>}
                  {(entry.flags || entry.passes) && (
                    <dl class="category-examples">
                      {entry.flags && (
                        <div data-example="flags">
                          <dt>{t('categories_flags')}</dt>
                          <dd>{t('quoted', entry.flags)}</dd>
                        </div>
                      )}
                      {entry.passes && (
                        <div data-example="passes">
                          <dt>{t('categories_passes')}</dt>
                          <dd>{t('quoted', entry.passes)}</dd>
                        </div>
                      )}
                    </dl>
                  )}
                </th>
                <td>
                  <label class="switch">
                    <input
                      type="checkbox"
                      data-category-toggle={entry.id}
                      checked={enabled}
                      disabled={locked}
                      aria-describedby={locked ? `locked-${entry.id}` : undefined}
                      onChange={(e) => {
                        const on = e.currentTarget.checked;
                        change(entry.id, { enabled: on }, t(on ? 'categories_on' : 'categories_off', entry.label));
                      }}
                    />
                    <span class="visually-hidden">{t('categories_switch_label', entry.label)}</span>
                  </label>
                  {locked && <Locked id={`locked-${entry.id}`} />}
                </td>
                <td>
                  <select
                    data-category-severity={entry.id}
                    aria-label={t('categories_severity_label', entry.label)}
                    value={setting?.severity ?? ''}
                    disabled={!enabled}
                    onChange={(e) => {
                      const value = e.currentTarget.value as Severity | '';
                      change(entry.id, { severity: value || null }, value ? t('categories_severity_set', entry.label, SEVERITY_LABELS[value]) : t('categories_severity_own', entry.label));
                    }}
                  >
                    <option value="">{t('categories_rule_default', own)}</option>
                    {SEVERITY_ORDER.map((s) => (
                      <option key={s} value={s}>
                        {SEVERITY_LABELS[s]}
                      </option>
                    ))}
                  </select>
                </td>
                <td class="hint">
                  {entry.sources.join(', ') || '—'} · {tCount(entry.ruleCount, 'rules_one', 'rules_other')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p role="status" class="hint">
        {message}
      </p>
    </section>
  );
}
