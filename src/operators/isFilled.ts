import { isDescribed } from '../model/isDescribed.js';

/**
 * 已填写: the fact holds something a clerk would call filled in: not absent, not `null`, not a text
 * of only white space and punctuation (see `isDescribed`), not an empty list. With `false` as the
 * rule's value, the test is reversed.
 *
 * @example
 * isFilled('  ', true) //=> false
 * isFilled('——', true) //=> false
 * isFilled('昌吉市', true) //=> true
 */
export function isFilled(factValue: unknown, expected: unknown): boolean {
  let filled: boolean;
  if (factValue === undefined || factValue === null) filled = false;
  else if (typeof factValue === 'string') filled = isDescribed(factValue);
  else if (Array.isArray(factValue)) filled = factValue.length > 0;
  else filled = true;
  return filled === (expected !== false);
}
