import type { FinancialYear } from '../model/schema.js';

/**
 * 资不抵债的年度: which of `years` have liabilities at or above assets (负债 ≥ 资产).
 *
 * @example
 * insolventYears([{ year: 2023, totalAssets: 100, totalLiabilities: 100, … }], [2023]) //=> [2023]
 */
export function insolventYears(financials: readonly FinancialYear[] | undefined, years: readonly number[]): number[] {
  const wanted = new Set(years);
  const insolvent = (financials ?? []).filter((f) => wanted.has(f.year) && f.totalLiabilities >= f.totalAssets);
  return [...new Set(insolvent.map((f) => f.year))].sort((a, b) => a - b);
}
