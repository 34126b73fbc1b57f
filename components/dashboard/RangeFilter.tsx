/** Date-range filter: presets and two date inputs (inclusive). */
import { addDays, isDay, type Day } from '../../lib/stats';

export interface Range {
  from: Day;
  to: Day;
}

const PRESETS = [
  { days: 7, label: 'Last 7 days' },
  { days: 30, label: 'Last 30 days' },
  { days: 90, label: 'Last 90 days' },
  { days: 365, label: 'Last year' },
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
      <legend>Period</legend>
      <div class="presets" role="group" aria-label="Quick periods">
        {PRESETS.map((p) => {
          const r = presetRange(today, p.days);
          const active = r.from === range.from && r.to === range.to;
          return (
            <button type="button" key={p.days} aria-pressed={active} onClick={() => onChange(r)}>
              {p.label}
            </button>
          );
        })}
      </div>
      <label>
        From <input type="date" name="from" value={range.from} max={range.to} onChange={(e) => set(e.currentTarget.value, range.to)} />
      </label>
      <label>
        To <input type="date" name="to" value={range.to} min={range.from} max={today} onChange={(e) => set(range.from, e.currentTarget.value)} />
      </label>
    </fieldset>
  );
}
