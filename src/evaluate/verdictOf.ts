import type { CheckResult, Verdict } from './checkResult.js';

/**
 * The verdict of `clauses.md` edition 3, from who acts: `ineligible` when some result is `reject`,
 * `needs-correction` when some is `correct` (补正), `needs-review` when some is `verify` (核实),
 * `eligible` otherwise. Advisory results carry no action and never change it.
 *
 * @example
 * verdictOf([{ action: 'verify' }, { action: 'correct' }]) //=> 'needs-correction'
 */
export function verdictOf(checks: readonly Pick<CheckResult, 'action'>[]): Verdict {
  let correct = false;
  let verify = false;
  for (const c of checks) {
    if (c.action === 'reject') return 'ineligible';
    if (c.action === 'correct') correct = true;
    else if (c.action === 'verify') verify = true;
  }
  return correct ? 'needs-correction' : verify ? 'needs-review' : 'eligible';
}
