import type { CheckResult, Outcome } from '../evaluate/checkResult.js';

const severity: readonly Outcome[] = ['not-applicable', 'pass', 'review', 'fail'];

/**
 * Whether a result is about `unit`: a JSON Pointer (`/lead`, `/participants/2`, `''` for the
 * application) or a unit's 统一社会信用代码 (as printed in a report, in any letter case).
 */
function isAbout(result: CheckResult, unit: string): boolean {
  if (unit === '' || unit.startsWith('/')) return result.subject.pointer === unit;
  return result.subject.type === 'unit' && result.subject.creditCode.toUpperCase() === unit.trim().toUpperCase();
}

/**
 * The results of a check: `id` gives every result of that check, `id@/participants/2` the one about
 * that unit, `id@91652301…` the one about the unit with that credit code (the key the spec cases and
 * `toHaveCheck` use).
 *
 * @example
 * resultsFor(result.checks, 'basic.clean-credit@/participants/7') // [the result about the 8th participant]
 * resultsFor(result.checks, 'basic.clean-credit@91652301MA78XXXX0X') // [the result about that unit]
 */
export function resultsFor(checks: readonly CheckResult[], key: string): CheckResult[] {
  const at = key.indexOf('@');
  const id = at < 0 ? key : key.slice(0, at);
  const unit = at < 0 ? undefined : key.slice(at + 1);
  return checks.filter((c) => c.id === id && (unit === undefined || isAbout(c, unit)));
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
