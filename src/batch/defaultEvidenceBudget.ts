/** Characters any search may read for evidence, whatever its size (about 0.15 s here). */
const base = 500_000;
/** Characters more per consortium (about 15 ms here): enough for the usual few re-filings. */
const perConsortium = 50_000;

/**
 * The evidence budget of a duplicate search among `consortia` consortia, in characters read, when
 * none is given: it grows with the number of consortia, not with their text, so that twenty
 * near-copies of the longest texts the model allows cannot stall a search, while a batch with the
 * usual few re-filings gets every passage. (A pair of texts of 900,000 characters each needs
 * 1,800,000 for its first passage: such a search is given a budget of its own.)
 *
 * @example
 * defaultEvidenceBudget(20) //=> 1500000
 */
export function defaultEvidenceBudget(consortia: number): number {
  return base + perConsortium * consortia;
}
