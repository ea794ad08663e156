import { describe, expect, it } from 'vitest';
import {
  creditReportFreshFrom,
  fiscalYearsBefore,
  insolventYears,
  missingFiscalYears,
  yearsBefore,
  zeroEquityYears,
} from '../../src/entries/facts.js';
import { calendarDate, compareCalendarDates, type FinancialYear, toIsoDate } from '../../src/entries/model.js';
import { defaultPackFiles, evaluateSync, loadRulePack } from '../../src/index.js';
import { buildApplication } from '../../src/testing/buildApplication.js';

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

  it('answer each date and window of its own, asked again, in turn or in a row', () => {
    // The last answer is remembered: a batch asks one day again and again, and may change day or window.
    const asked: [string, number, string | undefined][] = [
      ['2025-04-15', 30, '2025-03-16'],
      ['2025-04-15', 30, '2025-03-16'],
      ['2025-04-15', 10, '2025-04-05'],
      ['2025-04-16', 10, '2025-04-06'],
      ['nope', 10, undefined],
      ['2025-04-15', 30, '2025-03-16'],
    ];
    for (const [day, days, expected] of asked) expect(creditReportFreshFrom(day, days)).toBe(expected);
  });
});

describe('a window of years before the 申报日期 (近三年)', () => {
  it('starts the same day, that many years earlier', () => {
    expect(yearsBefore('2025-04-15', 3)).toBe('2022-04-15');
    expect(yearsBefore('2024-02-29', 1)).toBe('2023-02-28');
    expect(yearsBefore('2025-02-30', 3)).toBeUndefined();
  });

  it('lets a pack write 近三年无不良记录: a record of 2019 no longer counts in 2025, one of 2023 does', () => {
    const files = structuredClone(defaultPackFiles) as unknown as Record<string, { checks: Record<string, unknown>[] }>;
    // The check as 近三年 reads it: the records of the last three years, and no others to weigh.
    const check = files['basic.json']?.checks.find((c) => c.id === 'basic.clean-credit') as {
      pass: { all: { name: string; params: Record<string, unknown> }[] };
      zh: Record<string, string>;
      en: Record<string, string>;
      onFailBy?: unknown;
      actions: Record<string, string>;
    };
    check.pass.all = check.pass.all.filter((leaf) => leaf.name === 'records');
    delete check.pass.all[0]?.params.from;
    (check.pass.all[0] as { params: Record<string, unknown> }).params.withinYears = 3;
    delete check.zh['fail:before'];
    delete check.en['fail:before'];
    delete check.onFailBy;
    delete check.actions['review:before'];
    const pack = loadRulePack(files);
    const withRecord = (date: string) => {
      const app = buildApplication('digital-workshop', { submittedOn: '2025-04-15' });
      app.lead.credit?.adverseRecords.push({ kind: 'abnormal-operation', date, description: '列入经营异常名录' });
      const result = evaluateSync(app, { pack });
      return result.verdict === 'invalid' ? undefined : result.checks.find((c) => c.id === 'basic.clean-credit');
    };
    expect(withRecord('2019-06-01')?.outcome).toBe('pass');
    expect(withRecord('2022-04-15')?.outcome).not.toBe('pass');
    expect(withRecord('2023-06-01')?.actual.records).toEqual([
      { reason: 'abnormal-operation', date: '2023-06-01', description: '列入经营异常名录' },
    ]);
  });
});
