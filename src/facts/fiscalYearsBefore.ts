import { compareCalendarDates } from '../model/calendarDate.js';

/**
 * 近N年: the `count` full fiscal (calendar) years before the year of `date`, oldest first.
 *
 * @example
 * fiscalYearsBefore('2025-04-15', 3) //=> [2022, 2023, 2024]
 */
export function fiscalYearsBefore(date: string, count: number): number[] {
  if (compareCalendarDates(date, date) === undefined || !Number.isInteger(count) || count < 0) return [];
  // A real YYYY-MM-DD date: its calendar year is its first four digits, in any time zone.
  const year = Number(date.slice(0, 4));
  const years: number[] = [];
  for (let i = count; i > 0; i--) years.push(year - i);
  return years;
}
