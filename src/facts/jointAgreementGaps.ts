import { normalizeCreditCode } from '../credit-code/normalizeCreditCode.js';
import type { Application, Attachment } from '../model/schema.js';
import { type UnitRef, unitsByCode } from './unitRef.js';

/** The statements 五 4 asks a 联合申报协议 to make: each unit's 分工职责, the lead's 连带责任. */
const statements = ['statesDuties', 'statesJointLiability'] as const;
type Statement = (typeof statements)[number];

/** What is wrong with the joint agreement: none attached, a unit's seal missing, a statement denied. */
export type JointAgreementGap =
  | { readonly reason: 'missing' }
  | { readonly reason: 'unsealed'; readonly unit: UnitRef }
  | { readonly reason: 'no-duties' | 'no-joint-liability' };

/** What the agreements declare of a statement: `true` if one makes it, else `false` if one denies it. */
function declared(agreements: readonly Attachment[], key: Statement): boolean | undefined {
  if (agreements.some((a) => a[key] === true)) return true;
  return agreements.some((a) => a[key] === false) ? false : undefined;
}

/**
 * 联合申报协议缺漏: no 联合申报协议 attached; units (the lead and each participant, once each) whose
 * seal it does not bear, matching codes as `form.credit-code` mends them; statements (分工职责, 连带责任)
 * it is declared not to make. A unit whose code is malformed and matches no seal is left to
 * `form.credit-code`, which reports the code once.
 *
 * @example
 * jointAgreementGaps(chainApplication) //=> []
 * jointAgreementGaps(withoutAgreement) //=> [{ reason: 'missing' }]
 */
export function jointAgreementGaps(application: Application): JointAgreementGap[] {
  const agreements = application.attachments.filter((a) => a.kind === 'joint-agreement');
  if (agreements.length === 0) return [{ reason: 'missing' }];
  const sealed = new Set<string>();
  for (const a of agreements) for (const code of a.signedBy ?? []) sealed.add(normalizeCreditCode(code));
  const gaps: JointAgreementGap[] = [];
  for (const { unit, code, wellFormed } of unitsByCode(application)) {
    if (wellFormed && !sealed.has(code)) gaps.push({ reason: 'unsealed', unit });
  }
  if (declared(agreements, 'statesDuties') === false) gaps.push({ reason: 'no-duties' });
  if (declared(agreements, 'statesJointLiability') === false) gaps.push({ reason: 'no-joint-liability' });
  return gaps;
}

/**
 * 联合申报协议未声明的事项: the statements of 五 4 (分工职责, 连带责任) that no attached agreement declares
 * either way. Empty when there is no agreement (that is a gap, see `jointAgreementGaps`).
 *
 * @example
 * jointAgreementUndeclared(chainWithoutStatements) //=> ['statesDuties', 'statesJointLiability']
 */
export function jointAgreementUndeclared(application: Application): Statement[] {
  const agreements = application.attachments.filter((a) => a.kind === 'joint-agreement');
  if (agreements.length === 0) return [];
  return statements.filter((key) => declared(agreements, key) === undefined);
}
