import { formatISO, isValid, parseISO } from 'date-fns';

const validity = new Map<string, boolean>();

/** Whether `iso` is a real `YYYY-MM-DD` date; remembered, since a batch repeats the same few dates. */
function isRealDate(iso: string): boolean {
  let known = validity.get(iso);
  if (known === undefined) {
    const date = parseISO(`${iso}T12:00:00`);
    known = /^\d{4}-\d{2}-\d{2}$/.test(iso) && isValid(date) && formatISO(date, { representation: 'date' }) === iso;
    if (validity.size > 1 << 16) validity.clear();
    validity.set(iso, known);
  }
  return known;
}

/**
 * A `YYYY-MM-DD` date as a `Date` at noon, local time. Noon keeps day arithmetic clear of daylight
 * saving and midnight gaps in every time zone, so results never depend on where the code runs.
 * `undefined` for anything that is not a real calendar date.
 *
 * @example
 * calendarDate('2025-04-15')?.getDate() //=> 15
 */
export function calendarDate(iso: unknown): Date | undefined {
  return typeof iso === 'string' && isRealDate(iso) ? parseISO(`${iso}T12:00:00`) : undefined;
}

/** A `Date` from {@link calendarDate} back to `YYYY-MM-DD`. */
export function toIsoDate(date: Date): string {
  return formatISO(date, { representation: 'date' });
}

/**
 * Whether `iso` is a real `YYYY-MM-DD` date, with no `Date` made (remembered per text).
 *
 * @example
 * isCalendarDate('2023-02-29') //=> false
 */
export function isCalendarDate(iso: unknown): iso is string {
  return typeof iso === 'string' && isRealDate(iso);
}

/**
 * −1, 0 or 1 as `a` is before, on or after `b`; `undefined` unless both are real calendar dates.
 * Real `YYYY-MM-DD` dates sort as their text does, so no `Date` is made.
 *
 * @example
 * compareCalendarDates('2024-12-20', '2025-04-15') //=> -1
 */
export function compareCalendarDates(a: unknown, b: unknown): number | undefined {
  if (typeof a !== 'string' || typeof b !== 'string' || !isRealDate(a) || !isRealDate(b)) return undefined;
  return a < b ? -1 : a > b ? 1 : 0;
}
