/**
 * Calendar days as the agent lives them: local-time `YYYY-MM-DD` strings. Stats are grouped by these,
 * so "Tuesday" on the dashboard means the agent's Tuesday, whatever the UTC offset.
 */

export type Day = string;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The local calendar day of `date`. */
export function dayOf(date: Date | number): Day {
  const d = typeof date === 'number' ? new Date(date) : date;
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Parses a `YYYY-MM-DD` day to local midnight, or undefined when it is not a real calendar date. */
function parseDay(day: string): Date | undefined {
  const m = DAY_PATTERN.exec(day);
  if (!m) return undefined;
  const [year, month, date] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(year, month - 1, date);
  // Rejects 2024-02-30 and friends, which Date would silently roll over.
  if (d.getFullYear() !== year || d.getMonth() !== month - 1 || d.getDate() !== date) return undefined;
  return d;
}

export function isDay(value: string): boolean {
  return parseDay(value) !== undefined;
}

/** `day` moved by `delta` calendar days (DST-safe: works on local dates, not milliseconds). */
export function addDays(day: Day, delta: number): Day {
  const d = parseDay(day);
  if (!d) throw new RangeError(`Not a calendar day: ${day}`);
  d.setDate(d.getDate() + delta);
  return dayOf(d);
}

/** Every day from `from` to `to`, inclusive, in order. */
export function daysBetween(from: Day, to: Day): Day[] {
  const out: Day[] = [];
  for (let d = from; d <= to && out.length < 100_000; d = addDays(d, 1)) out.push(d);
  return out;
}

/** The earliest day kept when keeping `retentionDays` days up to and including `today`. */
export function retentionStart(today: Day, retentionDays: number): Day {
  return addDays(today, -(retentionDays - 1));
}
