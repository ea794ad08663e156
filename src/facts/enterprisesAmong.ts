import { normalizeCreditCode } from '../credit-code/normalizeCreditCode.js';
import { creditCodeFacts } from './creditCodeFacts.js';
import type { ParticipantEntry } from './distinctParticipants.js';

/**
 * Whether a participant is a 企业 for the counts of 二（二）3: its 统一社会信用代码's 登记管理部门 and
 * 机构类别 (`91`) are among `categories` (a pack parameter). A code that cannot be read counts (its
 * defect is `form.credit-code`'s to report); without `categories`, every unit counts.
 *
 * @example
 * isEnterprise('51652301MJ0000000X', ['91']) //=> false (社会团体)
 */
export function isEnterprise(creditCode: string, categories: readonly string[] | undefined): boolean {
  if (categories === undefined) return true;
  const facts = creditCodeFacts(normalizeCreditCode(creditCode));
  if (!facts.valid) return true;
  return categories.includes(facts.authorityCategory ?? '');
}

/**
 * The entries that count as enterprises (see {@link isEnterprise}).
 *
 * @example
 * enterprisesAmong(distinctParticipants(application).participants, ['91']).length //=> 11
 */
export function enterprisesAmong(
  entries: readonly ParticipantEntry[],
  categories: readonly string[] | undefined,
): ParticipantEntry[] {
  return categories === undefined
    ? [...entries]
    : entries.filter((e) => isEnterprise(e.participant.creditCode, categories));
}
