import { contentProblems, shapeProblems } from './parseCreditCode.js';

/**
 * Whether a 统一社会信用代码 is well formed (GB 32100-2015, both check digits included).
 *
 * @example
 * isValidCreditCode('91330100716105852F') //=> true
 * isValidCreditCode('91330100716105852G') //=> false
 */
export function isValidCreditCode(code: string): boolean {
  // parseCreditCode's answer, without naming the region or suggesting a mended code.
  return shapeProblems(code).length === 0 && contentProblems(code).length === 0;
}
