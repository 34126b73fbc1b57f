/**
 * "What Rapport keeps": every store and field Rapport has, how long it stays and what an export
 * takes, from lib/privacy/kept.ts. The dashboard and the options page show this same panel.
 */
import { useEffect, useState } from 'preact/hooks';
import { KEPT, PLACE_NAMES, type KeptPlace } from '../../lib/privacy/kept';
import { getStatsSettings, statsDb } from '../../lib/stats';

const PLACES: KeptPlace[] = ['rapport-stats', 'rapport-practice', 'storage.local', 'storage.session'];

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
      <h2 id="what-kept-title">What Rapport keeps</h2>
      <p>
        Everything below stays on this computer, in this browser profile. Rapport never keeps what you write in a help desk — not a draft, not the
        flagged words, not the customer's message — and sends nothing anywhere.
        {retentionDays !== undefined && ` Your stats are kept for ${retentionDays} days.`}
      </p>
      {PLACES.map((place) => (
        <div key={place} data-kept-place={place}>
          <h3>{PLACE_NAMES[place]}</h3>
          {KEPT.filter((s) => s.place === place).map((s) => (
            <details key={s.name} data-kept-store={`${place}/${s.name}`}>
              <summary>
                <code>{s.name}</code> — {s.holds}
              </summary>
              <dl class="kept-fields">
                {s.fields.map((field) => (
                  <div key={field.name} data-kept-field={field.name}>
                    <dt>
                      <code>{field.name}</code>
                    </dt>
                    <dd>{field.what}</dd>
                  </div>
                ))}
              </dl>
              <p>
                <strong>Kept:</strong> {s.kept}. <strong>In exports:</strong> {s.exported}.
              </p>
            </details>
          ))}
        </div>
      ))}
    </section>
  );
}
