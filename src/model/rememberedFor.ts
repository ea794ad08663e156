/**
 * What `make` gives for a list, remembered in `cache` only when the list is frozen, as a pack's
 * parameters are (a list of 无/暂无, of places, of branch suffixes): a list its caller can change is
 * worked out anew on every call, so that a caller who changes it in place is never answered from
 * the list it was before.
 *
 * @example
 * const sets = new WeakMap();
 * rememberedFor(sets, Object.freeze(['无', '暂无']), (list) => new Set(list)) // made once, then looked up
 */
export function rememberedFor<K extends object, T>(cache: WeakMap<K, T>, list: K, make: (list: K) => T): T {
  if (!Object.isFrozen(list)) return make(list);
  let value = cache.get(list);
  if (value === undefined) {
    value = make(list);
    cache.set(list, value);
  }
  return value;
}
