import type { CheckResult } from './checkResult.js';

/**
 * 提示: an advisory result that is not met (`fail` or `review`). It never changes the verdict, and
 * summaries and reports count and show it apart from failures and reviews.
 *
 * @example
 * isAdvisoryNote({ kind: 'advisory', outcome: 'fail' }) //=> true
 * isAdvisoryNote({ kind: 'completeness', outcome: 'fail' }) //=> false
 */
export function isAdvisoryNote(check: Pick<CheckResult, 'kind' | 'outcome'>): boolean {
  return check.kind === 'advisory' && (check.outcome === 'fail' || check.outcome === 'review');
}
