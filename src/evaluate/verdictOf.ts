import type { CheckResult, Verdict } from './checkResult.js';

/**
 * The verdict of `clauses.md`: `ineligible` when an eligibility check fails; `needs-review` when none
 * fails but an eligibility check is `review` or a completeness check is not met; `eligible`
 * otherwise. Advisory checks never change it.
 *
 * @example
 * verdictOf([{ kind: 'eligibility', outcome: 'pass' }, { kind: 'advisory', outcome: 'fail' }]) //=> 'eligible'
 */
export function verdictOf(checks: readonly Pick<CheckResult, 'kind' | 'outcome'>[]): Verdict {
  if (checks.some((c) => c.kind === 'eligibility' && c.outcome === 'fail')) return 'ineligible';
  const unsettled = checks.some(
    (c) =>
      (c.kind === 'eligibility' && c.outcome === 'review') ||
      (c.kind === 'completeness' && (c.outcome === 'fail' || c.outcome === 'review')),
  );
  return unsettled ? 'needs-review' : 'eligible';
}
