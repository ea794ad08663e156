/**
 * 位数字: the fact is a text of ASCII digits only, exactly `count` of them (a number), or `min` to
 * `max` (an object, either bound optional). A 11-digit phone number, a 6-digit 邮政编码.
 *
 * @example
 * isDigits('13912345678', 11) //=> true
 * isDigits('139 1234 5678', 11) //=> false
 * isDigits('831100', { min: 6, max: 6 }) //=> true
 */
export function isDigits(factValue: unknown, count: unknown): boolean {
  if (typeof factValue !== 'string' || !/^[0-9]*$/.test(factValue)) return false;
  if (typeof count === 'number') return factValue.length === count;
  if (typeof count !== 'object' || count === null) return false;
  const { min = 1, max = Number.POSITIVE_INFINITY } = count as { min?: unknown; max?: unknown };
  return typeof min === 'number' && typeof max === 'number' && factValue.length >= min && factValue.length <= max;
}
