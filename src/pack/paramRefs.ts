function isParamRef(value: unknown): value is { param: string } {
  return typeof value === 'object' && value !== null && Object.keys(value).length === 1 && 'param' in value;
}

/**
 * The parameters a value names with `{ "param": name }`, anywhere inside it (a check, a condition).
 *
 * @example
 * paramsNamedIn({ fact: 'application', value: { param: 'workshop.minScore' } }) //=> Set { 'workshop.minScore' }
 */
export function paramsNamedIn(value: unknown, found = new Set<string>()): Set<string> {
  if (isParamRef(value)) found.add(value.param);
  else if (typeof value === 'object' && value !== null) for (const v of Object.values(value)) paramsNamedIn(v, found);
  return found;
}

/**
 * Replace every `{ "param": name }` inside `value` with `lookup(name)`.
 *
 * @example
 * substituteParams({ value: { param: 'workshop.minScore' } }, () => 7) //=> { value: 7 }
 */
export function substituteParams(value: unknown, lookup: (name: string) => unknown): unknown {
  if (isParamRef(value)) return lookup(value.param);
  if (Array.isArray(value)) return value.map((v) => substituteParams(v, lookup));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substituteParams(v, lookup)]));
  }
  return value;
}

export { isParamRef };
