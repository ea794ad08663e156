/** A function that writes a rule's named values, read at the rule's base from one list of its frame, as one object. */
export type NamedValuesOf = (values: readonly unknown[], base: number) => Record<string, unknown>;

/**
 * A rule's named conditions' values (`actual` from what each fact gave, `required` from each value) as
 * one object literal written for the rule, where code may be generated (see `codeAllowed`; the caller
 * asks): V8 then makes each result's object in one step and of one shape, where storing the names one
 * by one walks a transition per name and a lookup per store. Only for a result whose named conditions
 * all ran (one that did not run has no key); `undefined` for a name a literal would not write as a
 * store does (`__proto__` sets a prototype in a literal).
 *
 * @example
 * namedValuesAsCode([{ at: 3, name: 'score' }])?.(frame.factResult, 10) //=> { score: frame.factResult[13] }
 */
export function namedValuesAsCode(
  named: readonly { readonly at: number; readonly name: string }[],
): NamedValuesOf | undefined {
  if (named.some(({ name }) => name === '__proto__')) return undefined;
  // Each key a JSON string (any text a pack names a condition with); each position a whole number.
  const fields = named.map(({ at, name }) => `${JSON.stringify(name)}: values[base + ${Math.trunc(at)}]`);
  return new Function('values', 'base', `'use strict'; return { ${fields.join(', ')} };`) as NamedValuesOf;
}
