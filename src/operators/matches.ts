import { limits } from '../model/limits.js';
import { matchesPattern, type TextPattern, textPattern } from './textPattern.js';

const read = new Map<string, TextPattern>();

/**
 * 格式: the fact is a text whose whole matches the pattern a pack declares for it (联系电话
 * `1\d{10}`: a mobile number's eleven digits), in the small pattern syntax of {@link textPattern}
 * (no groups or alternatives), checked without backtracking. A text longer than a one-line field may
 * be, or a pattern that cannot be read, does not match (the pack's loader refuses such a pattern).
 *
 * @example
 * matches('13912345678', '1\\d{10}') //=> true
 * matches('0994-1234567', '1\\d{10}') //=> false
 */
export function matches(factValue: unknown, pattern: unknown): boolean {
  if (typeof factValue !== 'string' || typeof pattern !== 'string' || factValue.length > limits.longText) return false;
  let compiled = read.get(pattern);
  if (compiled === undefined) {
    try {
      compiled = textPattern(pattern);
    } catch {
      return false;
    }
    if (read.size < 1000) read.set(pattern, compiled);
  }
  return matchesPattern(factValue, compiled);
}
