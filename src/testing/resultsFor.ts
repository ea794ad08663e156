import type { CheckResult, Outcome } from '../evaluate/checkResult.js';

const severity: readonly Outcome[] = ['not-applicable', 'pass', 'review', 'fail'];

/**
 * The results of a check: `id` gives every result of that check, `id@/participants/2` the one about
 * that unit (the key the spec cases and `toHaveCheck` use).
 *
 * @example
 * resultsFor(result.checks, 'basic.clean-credit@/participants/7') // [the result about the 8th participant]
 */
export function resultsFor(checks: readonly CheckResult[], key: string): CheckResult[] {
  const [id, pointer] = key.split('@');
  return checks.filter((c) => c.id === id && (pointer === undefined || c.subject.pointer === pointer));
}

/**
 * The outcome a clerk reads for a check over its units: the worst of them (fail > review > pass >
 * not-applicable).
 *
 * @example
 * worstOutcome(resultsFor(result.checks, 'basic.clean-credit')) //=> 'fail'
 */
export function worstOutcome(results: readonly CheckResult[]): Outcome | undefined {
  return results.map((r) => r.outcome).sort((a, b) => severity.indexOf(b) - severity.indexOf(a))[0];
}
