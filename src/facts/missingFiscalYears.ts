import type { FinancialYear } from '../model/schema.js';

/**
 * 缺少的财务年度: which of `years` have no figures.
 *
 * @example
 * missingFiscalYears([{ year: 2023, … }], [2022, 2023, 2024]) //=> [2022, 2024]
 */
export function missingFiscalYears(
  financials: readonly FinancialYear[] | undefined,
  years: readonly number[],
): number[] {
  const present = new Set((financials ?? []).map((f) => f.year));
  return years.filter((y) => !present.has(y));
}
