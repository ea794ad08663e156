/**
 * The value at a dotted path (`contact.phone`) inside a value, reading own properties only.
 *
 * @example
 * valueAtPath({ contact: { phone: '138' } }, 'contact.phone') //=> '138'
 */
export function valueAtPath(value: unknown, path: string): unknown {
  let current: unknown = value;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
