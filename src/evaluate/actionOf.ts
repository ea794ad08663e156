import type { Action, CheckActions, CheckKind } from '../pack/schema.js';
import type { Outcome } from './checkResult.js';

/**
 * Who acts on a result (clauses.md edition 3): the check's own `actions` for the outcome and the
 * condition that decided it (`review:codeConfirmsAddress`), else for the outcome, else the rule: an
 * eligibility `fail` is `reject`; a completeness `fail` and any `review` are `correct` (补正).
 * Advisory results, passes and results that do not apply carry none.
 *
 * @example
 * actionOf('eligibility', 'fail') //=> 'reject'
 * actionOf('eligibility', 'review', { 'review:codeConfirmsAddress': 'verify' }, 'codeConfirmsAddress') //=> 'verify'
 */
export function actionOf(
  kind: CheckKind,
  outcome: Outcome,
  actions?: CheckActions,
  decidedBy?: string,
): Action | undefined {
  if (kind === 'advisory' || (outcome !== 'fail' && outcome !== 'review')) return undefined;
  const own =
    actions === undefined
      ? undefined
      : ((decidedBy !== undefined && Object.hasOwn(actions, `${outcome}:${decidedBy}`)
          ? actions[`${outcome}:${decidedBy}`]
          : undefined) ?? (Object.hasOwn(actions, outcome) ? actions[outcome] : undefined));
  if (own !== undefined) return own;
  return outcome === 'fail' && kind === 'eligibility' ? 'reject' : 'correct';
}
