/**
 * 字数: the fact is a text of `min` to `max` characters (as a reader counts them: a character beyond
 * the Basic Multilingual Plane is one), or a list of `min` to `max` items. Either bound may be left out.
 *
 * @example
 * hasLength('昌吉州', { min: 2, max: 10 }) //=> true
 * hasLength('𠀀', { max: 1 }) //=> true
 */
export function hasLength(factValue: unknown, bounds: unknown): boolean {
  if (typeof bounds !== 'object' || bounds === null) return false;
  const { min = 0, max = Number.POSITIVE_INFINITY } = bounds as { min?: unknown; max?: unknown };
  if (typeof min !== 'number' || typeof max !== 'number') return false;
  let length: number;
  if (typeof factValue === 'string') {
    length = 0;
    for (const _ of factValue) length++;
  } else if (Array.isArray(factValue)) length = factValue.length;
  else return false;
  return length >= min && length <= max;
}
