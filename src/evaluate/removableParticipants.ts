import type { Message } from '../model/issue.js';
import { consortiumSufficiency } from '../pack/contract.js';
import type { LoadedCheck } from '../pack/loadRulePack.js';
import type { CheckResult } from './checkResult.js';

/** Which participants (by index) fail a requirement of their own that allows their removal. */
export function removableFailures(
  checks: readonly CheckResult[],
  packChecks: ReadonlyMap<string, LoadedCheck>,
): { readonly result: number; readonly participants: readonly number[] }[] {
  const found: { result: number; participants: number[] }[] = [];
  checks.forEach((c, i) => {
    if (c.action !== 'reject') return;
    const removable = packChecks.get(c.id)?.removable;
    if (removable === undefined) return;
    if (removable === true) {
      if (c.subject.type === 'unit' && c.subject.role === 'participant' && c.subject.index !== undefined) {
        found.push({ result: i, participants: [c.subject.index] });
      }
      return;
    }
    const listed = c.actual[removable.condition];
    const indexes = Array.isArray(listed)
      ? listed.flatMap((u) => {
          const index = (u as { index?: unknown } | null)?.index;
          return typeof index === 'number' ? [index] : [];
        })
      : [];
    if (indexes.length > 0) found.push({ result: i, participants: indexes });
  });
  return found;
}

const stillMet: Message = {
  zh: '剔除该单位后仍满足参与企业数量与试点比例要求，请删除该单位或补正',
  en: 'Without this unit the consortium still meets the participant count and the pilot ratio: remove it or correct it',
};

/**
 * 可剔除的参与单位 (clauses.md edition 3): a participant that fails a requirement of its own (legal
 * person, credit, finances, registration, cluster membership) makes the consortium `ineligible` only
 * when, without every such participant, it no longer meets the checks of `consortiumSufficiency`.
 * `without` gives the results of the consortium without them; when it still meets them, each such
 * failure becomes `review` for the applicant to correct, saying so.
 *
 * @example
 * const checks = withRemovals(results, pack.checksById, (removed) => evaluateWithout(removed));
 */
export function withRemovals(
  checks: readonly CheckResult[],
  failures: ReturnType<typeof removableFailures>,
  without: readonly CheckResult[],
): CheckResult[] {
  const sufficient = consortiumSufficiency.every((id) => {
    const results = without.filter((c) => c.id === id);
    return results.length > 0 && results.every((c) => c.outcome === 'pass' || c.outcome === 'not-applicable');
  });
  const out = [...checks];
  if (!sufficient) return out;
  for (const { result } of failures) {
    const c = out[result] as CheckResult;
    out[result] = {
      ...c,
      outcome: 'review',
      action: 'correct',
      message: { zh: `${c.message.zh}；${stillMet.zh}`, en: `${c.message.en}. ${stillMet.en}` },
    };
  }
  return out;
}
