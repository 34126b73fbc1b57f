/** Date-range filter: presets and two date inputs (inclusive). */
import { addDays, isDay, type Day } from '../../lib/stats';
import { t, type MessageKey } from '../../lib/i18n';

export interface Range {
  from: Day;
  to: Day;
}

const PRESETS: { days: number; label: MessageKey }[] = [
  { days: 7, label: 'dash_last_7' },
  { days: 30, label: 'dash_last_30' },
  { days: 90, label: 'dash_last_90' },
  { days: 365, label: 'dash_last_year' },
];

export function presetRange(today: Day, days: number): Range {
  return { from: addDays(today, -(days - 1)), to: today };
}

export function RangeFilter({ range, today, onChange }: { range: Range; today: Day; onChange: (r: Range) => void }) {
  const set = (from: string, to: string) => {
    if (isDay(from) && isDay(to)) onChange(from <= to ? { from, to } : { from: to, to: from });
  };
  return (
    <fieldset class="range">
      <legend>{t('dash_period')}</legend>
      <div class="presets" role="group" aria-label={t('dash_quick_periods')}>
        {PRESETS.map((p) => {
          const r = presetRange(today, p.days);
          const active = r.from === range.from && r.to === range.to;
          return (
            <button type="button" key={p.days} aria-pressed={active} onClick={() => onChange(r)}>
              {t(p.label)}
            </button>
          );
        })}
      </div>
      <label>
        {t('dash_from')} <input type="date" name="from" value={range.from} max={range.to} onChange={(e) => set(e.currentTarget.value, range.to)} />
      </label>
      <label>
        {t('dash_to')} <input type="date" name="to" value={range.to} min={range.from} max={today} onChange={(e) => set(range.from, e.currentTarget.value)} />
      </label>
    </fieldset>
  );
}
