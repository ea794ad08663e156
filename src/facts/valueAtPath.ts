const split = new Map<string, readonly string[]>();

/**
 * The value at a list of keys inside a value, reading own properties only (never a prototype's):
 * `undefined` where the keys lead nowhere.
 *
 * @example
 * valueAtKeys({ participants: [{ name: '甲' }] }, ['participants', 0, 'name']) //=> '甲'
 */
export function valueAtKeys(value: unknown, keys: readonly (string | number)[]): unknown {
  let current: unknown = value;
  for (const key of keys) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

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
  return valueAtKeys(value, keys);
}
