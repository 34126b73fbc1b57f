/**
 * "What Rapport keeps": every store and field Rapport has, how long it stays and what an export
 * takes, from lib/privacy/kept.ts (its words in the agent's language: lib/data-texts.ts). The
 * dashboard and the options page show this same panel.
 */
import { useEffect, useState } from 'preact/hooks';
import { KEPT, type KeptPlace } from '../../lib/privacy/kept';
import { getStatsSettings, statsDb } from '../../lib/stats';
import { t, type MessageKey } from '../../lib/i18n';
import { storeFieldText, storeText } from '../../lib/data-texts';

const PLACES: KeptPlace[] = ['rapport-stats', 'rapport-practice', 'storage.local', 'storage.session'];

const PLACE_NAMES: Record<KeptPlace, MessageKey> = {
  'rapport-stats': 'kept_place_stats',
  'rapport-practice': 'kept_place_practice',
  'storage.local': 'kept_place_local',
  'storage.session': 'kept_place_session',
};

/** `refresh` changes when the settings may have changed (the retention period is quoted). */
export function WhatRapportKeeps({ refresh = 0 }: { refresh?: number }) {
  const [retentionDays, setRetentionDays] = useState<number | undefined>();
  useEffect(() => {
    void getStatsSettings(statsDb()).then(
      (s) => setRetentionDays(s.retentionDays),
      () => setRetentionDays(undefined),
    );
  }, [refresh]);
  return (
    <section class="what-kept" aria-labelledby="what-kept-title" data-panel="what-rapport-keeps">
      <h2 id="what-kept-title">{t('kept_title')}</h2>
      <p>
        {t('kept_intro')}
        {retentionDays !== undefined && ` ${t('kept_retention', retentionDays)}`}
      </p>
      {PLACES.map((place) => (
        <div key={place} data-kept-place={place}>
          <h3>{t(PLACE_NAMES[place])}</h3>
          {KEPT.filter((s) => s.place === place).map((s) => (
            <details key={s.name} data-kept-store={`${place}/${s.name}`}>
              <summary>
                <code>{s.name}</code> — {storeText(s, 'holds')}
              </summary>
              <dl class="kept-fields">
                {s.fields.map((field) => (
                  <div key={field.name} data-kept-field={field.name}>
                    <dt>
                      <code>{field.name}</code>
                    </dt>
                    <dd>{storeFieldText(s, field)}</dd>
                  </div>
                ))}
              </dl>
              <p>
                <strong>{t('kept_how_long')}</strong> {storeText(s, 'kept')}. <strong>{t('kept_in_exports')}</strong> {storeText(s, 'exported')}.
              </p>
            </details>
          ))}
        </div>
      ))}
    </section>
  );
}
