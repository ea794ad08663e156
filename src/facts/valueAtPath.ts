const split = new Map<string, readonly string[]>();

/**
 * The value at a dotted path (`contact.phone`) inside a value, reading own properties only.
 *
 * @example
 * valueAtPath({ contact: { phone: '138' } }, 'contact.phone') //=> '138'
 */
export function valueAtPath(value: unknown, path: string): unknown {
  let keys = split.get(path);
  if (keys === undefined) {
    keys = path.split('.');
    if (split.size < 10_000) split.set(path, keys);
  }
  let current: unknown = value;
  for (const key of keys) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
