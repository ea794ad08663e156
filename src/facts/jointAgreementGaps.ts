import { isValidCreditCode } from '../credit-code/isValidCreditCode.js';
import { normalizeCreditCode } from '../credit-code/normalizeCreditCode.js';
import type { Application, Attachment } from '../model/schema.js';
import { distinctParticipants } from './distinctParticipants.js';
import { participantName } from './participantName.js';

/** The statements 五 4 asks a 联合申报协议 to make, with how a clerk names each. */
const statements = [
  ['statesDuties', '载明各单位分工职责'],
  ['statesJointLiability', '载明牵头单位对参与单位的方案落实和奖补资金使用承担连带责任'],
] as const;

/** What the agreements declare of a statement: `true` if one makes it, else `false` if one denies it. */
function declared(agreements: readonly Attachment[], key: (typeof statements)[number][0]): boolean | undefined {
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
 */
export function jointAgreementGaps(application: Application): string[] {
  const agreements = application.attachments.filter((a) => a.kind === 'joint-agreement');
  if (agreements.length === 0) return ['未附联合申报协议'];
  const sealed = new Set(agreements.flatMap((a) => (a.signedBy ?? []).map(normalizeCreditCode)));
  const unsealed = (code: string) =>
    !sealed.has(normalizeCreditCode(code)) && isValidCreditCode(normalizeCreditCode(code));
  const gaps: string[] = [];
  if (unsealed(application.lead.creditCode)) gaps.push(`申报（牵头）单位（${application.lead.name}）未盖章`);
  for (const { participant, index } of distinctParticipants(application).participants) {
    if (unsealed(participant.creditCode)) gaps.push(`${participantName(participant, index)}未盖章`);
  }
  for (const [key, label] of statements) if (declared(agreements, key) === false) gaps.push(`协议未${label}`);
  return gaps;
}

/**
 * 联合申报协议未声明的事项: the statements of 五 4 (分工职责, 连带责任) that no attached agreement declares
 * either way. Empty when there is no agreement (that is a gap, see `jointAgreementGaps`).
 *
 * @example
 * jointAgreementUndeclared(chainWithoutStatements) //=> ['载明各单位分工职责', …]
 */
export function jointAgreementUndeclared(application: Application): string[] {
  const agreements = application.attachments.filter((a) => a.kind === 'joint-agreement');
  if (agreements.length === 0) return [];
  return statements.flatMap(([key, label]) => (declared(agreements, key) === undefined ? [label] : []));
}
