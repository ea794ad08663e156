import { describe, expect, it } from 'vitest';
import {
  creditReportFreshFrom,
  fiscalYearsBefore,
  insolventYears,
  missingFiscalYears,
  zeroEquityYears,
} from '../../src/entries/facts.js';
import { calendarDate, compareCalendarDates, type FinancialYear, toIsoDate } from '../../src/entries/model.js';

const year = (y: number, assets: number, liabilities: number): FinancialYear => ({
  year: y,
  totalAssets: assets,
  totalLiabilities: liabilities,
  revenue: 1,
  netProfit: 0,
});

describe('fiscal years', () => {
  it('are the full years before the year of the date', () => {
    expect(fiscalYearsBefore('2025-04-15', 3)).toEqual([2022, 2023, 2024]);
    expect(fiscalYearsBefore('2025-01-01', 3)).toEqual([2022, 2023, 2024]);
    expect(fiscalYearsBefore('2024-12-31', 3)).toEqual([2021, 2022, 2023]);
    expect(fiscalYearsBefore('2025-02-30', 3)).toEqual([]);
  });

  it('finds the missing years, the insolvent ones (liabilities > assets) and those with no net assets (=)', () => {
    const financials = [year(2022, 10, 9), year(2023, 10, 10), year(2024, 10, 10.01), year(2021, 1, 5)];
    expect(missingFiscalYears(financials, [2022, 2023, 2024, 2025])).toEqual([2025]);
    expect(missingFiscalYears(undefined, [2024])).toEqual([2024]);
    expect(insolventYears(financials, [2022, 2023, 2024])).toEqual([2024]);
    expect(zeroEquityYears(financials, [2022, 2023, 2024])).toEqual([2023]);
  });
});

describe('calendar dates', () => {
  it('read only real YYYY-MM-DD dates', () => {
    expect(calendarDate('2024-02-29')).toBeDefined();
    expect(calendarDate('2025-02-29')).toBeUndefined();
    expect(calendarDate('2025-4-1')).toBeUndefined();
    expect(calendarDate(20250401)).toBeUndefined();
  });

  it('round-trip and compare without a time of day', () => {
    const date = calendarDate('2025-03-30');
    expect(date && toIsoDate(date)).toBe('2025-03-30');
    expect(compareCalendarDates('2025-01-01', '2024-12-31')).toBe(1);
    expect(compareCalendarDates('2025-01-01', '2025-01-01')).toBe(0);
    expect(compareCalendarDates('2025-01-01', 'later')).toBeUndefined();
  });

  it('count the freshness window back across month and leap-day ends', () => {
    expect(creditReportFreshFrom('2025-04-15', 30)).toBe('2025-03-16');
    expect(creditReportFreshFrom('2024-03-30', 30)).toBe('2024-02-29');
    expect(creditReportFreshFrom('nope', 30)).toBeUndefined();
  });
});
