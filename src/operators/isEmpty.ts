/**
 * The fact is a list with nothing in it (no adverse records, no missing years…). With `false` as the
 * rule's value: a list with at least one item. Anything but a list is neither.
 *
 * @example
 * isEmpty([], true) //=> true
 * isEmpty(['2023'], false) //=> true
 */
export function isEmpty(factValue: unknown, expected: unknown): boolean {
  if (!Array.isArray(factValue)) return false;
  return (factValue.length === 0) === (expected !== false);
}
