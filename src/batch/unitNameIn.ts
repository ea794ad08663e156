import { normalizeCreditCode } from '../credit-code/normalizeCreditCode.js';
import type { Application } from '../model/schema.js';

/**
 * The name of a consortium's unit (lead or participant) with a credit code, compared as
 * `form.credit-code` mends codes; the last such unit, as a list would show it; `''` if none.
 *
 * @example
 * unitNameIn(chainApplication, chainApplication.lead.creditCode) === chainApplication.lead.name //=> true
 */
export function unitNameIn(application: Application, creditCode: string): string {
  const { participants } = application;
  for (let k = participants.length - 1; k >= 0; k--) {
    const unit = participants[k] as Application['participants'][number];
    if (normalizeCreditCode(unit.creditCode) === creditCode) return unit.name;
  }
  return normalizeCreditCode(application.lead.creditCode) === creditCode ? application.lead.name : '';
}
