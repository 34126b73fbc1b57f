/**
 * Working-day arithmetic in the agent's local time zone (the browser's): Monday to Friday are
 * working days. Used for the follow-up after a solved ticket ("in three working days") and for
 * moving a default due time off a weekend.
 */

export function isWorkingDay(date: Date): boolean {
  const day = date.getDay();
  return day !== 0 && day !== 6;
}

/** The same wall-clock time `days` working days after `from` (a weekend start counts from Monday). */
export function addWorkingDays(from: Date, days: number): Date {
  const out = new Date(from.getTime());
  let left = days;
  while (left > 0) {
    out.setDate(out.getDate() + 1);
    if (isWorkingDay(out)) left -= 1;
  }
  return out;
}

/** `date` if it falls on a working day, else the same time on the next working day. */
export function onWorkingDay(date: Date): Date {
  const out = new Date(date.getTime());
  while (!isWorkingDay(out)) out.setDate(out.getDate() + 1);
  return out;
}

/** `date` at hh:mm local time, same calendar day. */
export function atTime(date: Date, hours: number, minutes = 0): Date {
  const out = new Date(date.getTime());
  out.setHours(hours, minutes, 0, 0);
  return out;
}
