import { codeAllowed } from '../model/codeAllowed.js';

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

/** A rule's named conditions, with its literal once written (`null`: none for this rule). */
interface NamedLayout {
  readonly named: readonly { readonly at: number; readonly name: string }[];
  readonly namedAt: readonly number[];
  valuesAsCode?: NamedValuesOf | null;
}

/**
 * The rule's literal for its named values (see {@link namedValuesAsCode}), written at its first use
 * and kept on its layout, when code may be generated and every named condition ran (json-rules-engine
 * gave each a result); else `null`, and the caller stores them name by name.
 *
 * @example
 * namedValuesWhenAllRan(layout, frame.result, base)?.(frame.factResult, base) //=> { score: 58 }
 */
export function namedValuesWhenAllRan(
  layout: NamedLayout,
  results: readonly unknown[],
  base: number,
): NamedValuesOf | null {
  if (!codeAllowed()) return null;
  if (layout.valuesAsCode === undefined) layout.valuesAsCode = namedValuesAsCode(layout.named) ?? null;
  const { valuesAsCode, namedAt } = layout;
  if (valuesAsCode === null) return null;
  for (let n = 0; n < namedAt.length; n++) if (results[base + (namedAt[n] as number)] === undefined) return null;
  return valuesAsCode;
}
