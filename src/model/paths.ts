/**
 * Paths into an application and the pointers that name its fields: the one module that parses and
 * writes them. A rule pack's paths are `$` followed by `.key` and `[index]` steps; a field is named
 * by a JSON Pointer (RFC 6901); a template's field list by dotted paths (`contact.phone`).
 */

/** RFC 6901 JSON Pointer of a path: `~` is written `~0` and `/` is written `~1`. */
export function toPointer(path: readonly (string | number)[]): string {
  let pointer = '';
  for (const key of path) {
    const text = String(key);
    pointer +=
      text.includes('~') || text.includes('/') ? `/${text.replaceAll('~', '~0').replaceAll('/', '~1')}` : `/${text}`;
  }
  return pointer;
}

/**
 * The keys of a JSON Pointer (RFC 6901: `~1` is `/`, `~0` is `~`), as written; `[]` for `''`.
 *
 * @example
 * pointerKeys('/participants/2/a~1b') //=> ['participants', '2', 'a/b']
 */
export function pointerKeys(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new SyntaxError(`JSON Pointer must start with "/": ${pointer}`);
  return pointer
    .slice(1)
    .split('/')
    .map((k) => k.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/**
 * The path a JSON Pointer names, an index as a number: the inverse of {@link toPointer}.
 *
 * @example
 * pointerPath('/participants/2/creditCode') //=> ['participants', 2, 'creditCode']
 */
export function pointerPath(pointer: string): (string | number)[] {
  return pointerKeys(pointer).map((k) => (/^(0|[1-9]\d*)$/.test(k) ? Number(k) : k));
}

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

const split = new Map<string, readonly string[]>();

/**
 * The keys of a dotted path (`contact.phone`), split once per path.
 *
 * @example
 * dottedPathKeys('contact.phone') //=> ['contact', 'phone']
 */
export function dottedPathKeys(path: string): readonly string[] {
  let keys = split.get(path);
  if (keys === undefined) {
    keys = path.split('.');
    if (split.size < 10_000) split.set(path, keys);
  }
  return keys;
}

/**
 * The value at a dotted path (`contact.phone`) inside a value, reading own properties only.
 *
 * @example
 * valueAtPath({ contact: { phone: '138' } }, 'contact.phone') //=> '138'
 */
export function valueAtPath(value: unknown, path: string): unknown {
  return valueAtKeys(value, dottedPathKeys(path));
}

/**
 * The path language of a rule pack: `$`, then `.key` and `[index]` steps. The pack schema refuses any
 * other path, and {@link resolvePath} reads no other.
 */
export const factPathPattern = /^\$(\.[A-Za-z_][A-Za-z0-9_]*|\[\d{1,6}\])*$/;

const steps = new Map<string, readonly (string | number)[]>();

/**
 * A condition's path as read once when a pack is compiled: its steps (`factPathSteps`), `null` for no
 * path, `undefined` for a path outside the language.
 */
export type StepsRead = readonly (string | number)[] | undefined | null;

/**
 * The keys and indexes of a pack path, or `undefined` for a path outside the language.
 *
 * @example
 * factPathSteps('$.participants[2].creditCode') //=> ['participants', 2, 'creditCode']
 */
export function factPathSteps(path: string): readonly (string | number)[] | undefined {
  const cached = steps.get(path);
  if (cached !== undefined) return cached;
  if (!factPathPattern.test(path)) return undefined;
  const found = [...path.slice(1).matchAll(/\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]/g)].map((m) =>
    m[1] !== undefined ? m[1] : Number(m[2]),
  );
  if (steps.size < 10_000) steps.set(path, found);
  return found;
}

/**
 * json-rules-engine's `pathResolver`: `$`, then `.key` and `[index]` steps, over own properties only.
 * No wildcards, filters or script expressions, so a rule pack cannot reach outside the facts or run
 * code; `undefined` where the path leads nowhere.
 *
 * @example
 * resolvePath({ lead: { assessment: { score: 58 } } }, '$.lead.assessment.score') //=> 58
 */
export function resolvePath(value: unknown, path: string): unknown {
  const keys = factPathSteps(path);
  return keys === undefined ? undefined : valueAtKeys(value, keys);
}
