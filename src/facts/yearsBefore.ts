import { isCalendarDate } from '../model/calendarDate.js';

/**
 * 近N年: the first day of the `years` years that end on `date` (the same day of the month, `years`
 * earlier; 29 February goes to 28 February), as `YYYY-MM-DD`: a record dated on or after it is within
 * them. `undefined` when `date` is not a calendar date.
 *
 * @example
 * yearsBefore('2025-04-15', 3) //=> '2022-04-15'
 * yearsBefore('2024-02-29', 1) //=> '2023-02-28'
 */
export function yearsBefore(date: string, years: number): string | undefined {
  if (!isCalendarDate(date)) return undefined;
  const year = String(Number(date.slice(0, 4)) - years).padStart(4, '0');
  const same = `${year}${date.slice(4)}`;
  return isCalendarDate(same) ? same : `${year}-02-28`;
}
