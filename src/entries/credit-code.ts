/**
 * `sme-dx-benchmark/credit-code`: 统一社会信用代码 (GB 32100-2015): parse a code, say why it is wrong, mend its shape, read its category and region. Small: no zod, no rule engine.
 * @packageDocumentation
 */

export { creditCodeAlphabet } from '../credit-code/alphabet.js';
export { creditCodeCheckDigit } from '../credit-code/creditCodeCheckDigit.js';
export { isValidCreditCode } from '../credit-code/isValidCreditCode.js';
export { normalizeCreditCode } from '../credit-code/normalizeCreditCode.js';
export { organizationCodeCheckDigit } from '../credit-code/organizationCodeCheckDigit.js';
export {
  type CreditCodeProblem,
  type CreditCodeProblemReason,
  type CreditCodeResult,
  type InvalidCreditCode,
  parseCreditCode,
  type ValidCreditCode,
} from '../credit-code/parseCreditCode.js';
export { type Region, regionOf } from '../credit-code/regionOf.js';
export { registrationAuthorities } from '../credit-code/registrationAuthorities.js';
