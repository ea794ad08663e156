import { normalizeCreditCode } from '../credit-code/normalizeCreditCode.js';
import type { Application, Unit } from '../model/schema.js';
import { derivedOnce } from './derivedOnce.js';

/** The credit codes that hold a credit report among an application's attachments. */
function reportHolders(application: Application): ReadonlySet<string> {
  const holders = new Set<string>();
  for (const a of application.attachments) {
    if (a.kind === 'credit-report' && a.holderCreditCode !== undefined)
      holders.add(normalizeCreditCode(a.holderCreditCode));
  }
  return holders;
}

/**
 * 附有信用报告: whether a 信用中国 report is attached for the unit (an attachment of kind
 * `credit-report` held by its credit code). Within an evaluation the attachments are read once.
 *
 * @example
 * hasCreditReport(application, application.lead) //=> true
 */
export function hasCreditReport(application: Application, unit: Unit): boolean {
  const code = normalizeCreditCode(unit.creditCode);
  return code !== '' && derivedOnce(application, reportHolders).has(code);
}
