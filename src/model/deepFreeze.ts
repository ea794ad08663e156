/**
 * `value` frozen, and everything inside it: data the library hands out to be read, not changed
 * (the default pack, the examples).
 *
 * @example
 * Object.isFrozen(deepFreeze({ lead: { score: 60 } }).lead) //=> true
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
