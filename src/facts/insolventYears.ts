import type { FinancialYear } from '../model/schema.js';

/**
 * 资不抵债的年度: which of `years` have liabilities above assets (负债 > 资产). A year with liabilities
 * equal to assets is not insolvent but has no net assets: see `zeroEquityYears`.
 *
 * @example
 * insolventYears([{ year: 2023, totalAssets: 100, totalLiabilities: 120, … }], [2023]) //=> [2023]
 */
export function insolventYears(financials: readonly FinancialYear[] | undefined, years: readonly number[]): number[] {
  return yearsWhere(financials, years, (f) => f.totalLiabilities > f.totalAssets);
}

/**
 * 净资产为零的年度: which of `years` have liabilities equal to assets (负债 = 资产).
 *
 * @example
 * zeroEquityYears([{ year: 2023, totalAssets: 100, totalLiabilities: 100, … }], [2023]) //=> [2023]
 */
export function zeroEquityYears(financials: readonly FinancialYear[] | undefined, years: readonly number[]): number[] {
  return yearsWhere(financials, years, (f) => f.totalLiabilities === f.totalAssets);
}

function yearsWhere(
  financials: readonly FinancialYear[] | undefined,
  years: readonly number[],
  test: (f: FinancialYear) => boolean,
): number[] {
  const wanted = new Set(years);
  const found = (financials ?? []).filter((f) => wanted.has(f.year) && test(f));
  return [...new Set(found.map((f) => f.year))].sort((a, b) => a - b);
}
