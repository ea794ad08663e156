import { contentProblems, shapeProblems } from './parseCreditCode.js';

/**
 * Whether a 统一社会信用代码 is well formed (GB 32100-2015, both check digits included).
 *
 * @example
 * isValidCreditCode('91330100716105852F') //=> true
 * isValidCreditCode('91330100716105852G') //=> false
 */
export function isValidCreditCode(code: string): boolean {
  let valid = known.get(code);
  if (valid === undefined) {
    // parseCreditCode's answer, without naming the region or suggesting a mended code.
    valid = shapeProblems(code).length === 0 && contentProblems(code).length === 0;
    // A batch checks the same codes again and again: remembered, within a bound.
    if (known.size >= 1 << 14) known.clear();
    known.set(code, valid);
  }
  return valid;
}

const known = new Map<string, boolean>();
