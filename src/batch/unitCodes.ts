import type { Application } from '../model/schema.js';

/** A credit code as compared across applications: no white space, half-width, upper case. */
export function normalizeCreditCode(code: string): string {
  return code.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

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
