import { compareCalendarDates } from '../model/calendarDate.js';

/**
 * Both are calendar dates `YYYY-MM-DD` and the fact is on or before the value (不晚于), e.g.
 * 立项时间 ≤ 验收时间.
 *
 * @example
 * dateOnOrBefore('2024-03-01', '2024-12-20') //=> true
 */
export function dateOnOrBefore(factValue: unknown, other: unknown): boolean {
  const order = compareCalendarDates(factValue, other);
  return order !== undefined && order <= 0;
}
