import { compareAsc, formatISO, isValid, parseISO } from 'date-fns';

/**
 * A `YYYY-MM-DD` date as a `Date` at noon, local time. Noon keeps day arithmetic clear of daylight
 * saving and midnight gaps in every time zone, so results never depend on where the code runs.
 * `undefined` for anything that is not a real calendar date.
 *
 * @example
 * calendarDate('2025-04-15')?.getDate() //=> 15
 */
export function calendarDate(iso: unknown): Date | undefined {
  if (typeof iso !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  const date = parseISO(`${iso}T12:00:00`);
  return isValid(date) && formatISO(date, { representation: 'date' }) === iso ? date : undefined;
}

/** A `Date` from {@link calendarDate} back to `YYYY-MM-DD`. */
export function toIsoDate(date: Date): string {
  return formatISO(date, { representation: 'date' });
}

/** −1, 0 or 1 as `a` is before, on or after `b`; `undefined` unless both are calendar dates. */
export function compareCalendarDates(a: unknown, b: unknown): number | undefined {
  const left = calendarDate(a);
  const right = calendarDate(b);
  return left === undefined || right === undefined ? undefined : compareAsc(left, right);
}
