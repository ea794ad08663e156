import { getYear } from 'date-fns';
import { calendarDate } from './calendarDate.js';

/**
 * 近N年: the `count` full fiscal (calendar) years before the year of `date`, oldest first.
 *
 * @example
 * fiscalYearsBefore('2025-04-15', 3) //=> [2022, 2023, 2024]
 */
export function fiscalYearsBefore(date: string, count: number): number[] {
  const day = calendarDate(date);
  if (day === undefined || !Number.isInteger(count) || count < 0) return [];
  const year = getYear(day);
  return Array.from({ length: count }, (_, i) => year - count + i);
}
