/**
 * 已填写（可为空值）: the fact is present. `null` counts as known (a level of `null` is 未定级, an
 * answer); only `undefined` (absent) is unknown. With `false` as the rule's value, the test is reversed.
 *
 * @example
 * isKnown(null, true) //=> true
 * isKnown(undefined, true) //=> false
 */
export function isKnown(factValue: unknown, expected: unknown): boolean {
  return (factValue !== undefined) === (expected !== false);
}
