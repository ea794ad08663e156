import type { FinancialYear } from '../model/schema.js';
import { choiceIn, type Reading } from './reading.js';

/** A fiscal year given in rows that disagree: a doubt (see `doubtsOf`). */
export interface FinancialConflict {
  /** The doubt's key. */
  readonly key: string;
  readonly year: number;
  /** The rows (0-based) of that year, each distinct reading's first. */
  readonly variants: readonly number[];
}

const same = (a: FinancialYear, b: FinancialYear) =>
  a.totalAssets === b.totalAssets &&
  a.totalLiabilities === b.totalLiabilities &&
  a.revenue === b.revenue &&
  a.netProfit === b.netProfit;

/**
 * 同一年度的多行财务数据: the years of a unit's `financials` given in rows that disagree, each with its
 * distinct rows. `unit` names the unit in the doubt's key (0 the lead, n the n-th participant).
 *
 * @example
 * financialConflicts([{ year: 2023, totalAssets: 100, … }, { year: 2023, totalAssets: 90, … }], 0)
 * //=> [{ key: 'financials:0:2023', year: 2023, variants: [0, 1] }]
 */
export function financialConflicts(
  financials: readonly FinancialYear[] | undefined,
  unit: number,
): FinancialConflict[] {
  const byYear = new Map<number, number[]>();
  (financials ?? []).forEach((f, i) => {
    const rows = byYear.get(f.year);
    if (rows === undefined) byYear.set(f.year, [i]);
    else rows.push(i);
  });
  const conflicts: FinancialConflict[] = [];
  for (const [year, rows] of byYear) {
    const variants: number[] = [];
    for (const r of rows) {
      const row = (financials ?? [])[r] as FinancialYear;
      if (!variants.some((v) => same((financials ?? [])[v] as FinancialYear, row))) variants.push(r);
    }
    if (variants.length > 1) conflicts.push({ key: `financials:${unit}:${year}`, year, variants });
  }
  return conflicts;
}

/** Whether some fiscal year is given in more than one row (a few rows: compared pair by pair). */
function yearRepeated(financials: readonly FinancialYear[]): boolean {
  for (let i = 1; i < financials.length; i++) {
    for (let j = 0; j < i; j++)
      if ((financials[i] as FinancialYear).year === (financials[j] as FinancialYear).year) return true;
  }
  return false;
}

/**
 * A unit's fiscal years as a reading reads them: one row per year, the reading's choice where rows
 * of one year disagree (its first row by default).
 *
 * @example
 * financialsRead(lead.financials, 0, plainReading).length //=> 3
 */
export function financialsRead(
  financials: readonly FinancialYear[] | undefined,
  unit: number,
  reading: Reading | undefined,
): FinancialYear[] | undefined {
  if (financials === undefined) return undefined;
  // Most units give each year once: nothing to read either way.
  if (!yearRepeated(financials)) return financials as FinancialYear[];
  const conflicts = financialConflicts(financials, unit);
  if (conflicts.length === 0) return [...financials];
  const chosen = new Map(
    conflicts.map((c) => [c.year, c.variants[Math.min(choiceIn(reading, c.key), c.variants.length - 1)] as number]),
  );
  return financials.filter((f, i) => !chosen.has(f.year) || chosen.get(f.year) === i);
}
