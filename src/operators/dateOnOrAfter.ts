import { compareCalendarDates } from '../model/calendarDate.js';

/**
 * Both are calendar dates `YYYY-MM-DD` and the fact is on or after the value (不早于), e.g. a credit
 * report that covers up to a date no earlier than its freshness limit.
 *
 * @example
 * dateOnOrAfter('2025-04-08', '2025-03-16') //=> true
 */
export function dateOnOrAfter(factValue: unknown, other: unknown): boolean {
  const order = compareCalendarDates(factValue, other);
  return order !== undefined && order >= 0;
}
