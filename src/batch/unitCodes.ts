import { normalizeCreditCode } from '../credit-code/normalizeCreditCode.js';
import type { Application } from '../model/schema.js';

/**
 * 联合体单位: the credit codes of a consortium's lead and participants, as a set.
 *
 * @example
 * unitCodes(chainApplication).size //=> 13
 */
export function unitCodes(application: Application): Set<string> {
  const codes = new Set<string>();
  for (const unit of [application.lead, ...application.participants]) {
    const code = normalizeCreditCode(unit.creditCode);
    if (code !== '') codes.add(code);
  }
  return codes;
}
