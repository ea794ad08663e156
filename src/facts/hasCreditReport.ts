import { normalizeCreditCode } from '../credit-code/normalizeCreditCode.js';
import type { Application, Unit } from '../model/schema.js';

/**
 * 附有信用报告: whether a 信用中国 report is attached for the unit (an attachment of kind
 * `credit-report` held by its credit code).
 *
 * @example
 * hasCreditReport(application, application.lead) //=> true
 */
export function hasCreditReport(application: Application, unit: Unit): boolean {
  const code = normalizeCreditCode(unit.creditCode);
  if (code === '') return false;
  return application.attachments.some(
    (a) =>
      a.kind === 'credit-report' &&
      a.holderCreditCode !== undefined &&
      normalizeCreditCode(a.holderCreditCode) === code,
  );
}
