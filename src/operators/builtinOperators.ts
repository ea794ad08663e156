/** An operator as json-rules-engine runs it: the fact's value must pass the validator, then the test. */
type Operator = (factValue: unknown, value: unknown) => boolean;

// What json-rules-engine 7 does (engine-default-operators.js), written out so that the compiled
// evaluation gives its answers without loading it: the same tests, the same validators, and the same
// TypeError when `in` is given something that is not a list.
const indexOf = (list: unknown, item: unknown) => (list as { indexOf(x: unknown): number }).indexOf(item);
const isNumberLike = (v: unknown) => Number.parseFloat(v as string).toString() !== 'NaN';
const numeric =
  (test: (a: number, b: number) => boolean): Operator =>
  (a, b) =>
    isNumberLike(a) && test(a as number, b as number);

/**
 * json-rules-engine's own operators, by name, with its semantics exactly: `equal` is `===`, `in` is
 * `value.indexOf(fact) > -1`, `contains` needs a list, and the comparisons need a fact that
 * `parseFloat` reads as a number (else `false`).
 *
 * @example
 * builtinOperators.greaterThanInclusive(42, 42) //=> true
 * builtinOperators.greaterThanInclusive('abc', 1) //=> false
 */
export const builtinOperators: Readonly<Record<string, Operator>> = Object.freeze({
  equal: (a, b) => a === b,
  notEqual: (a, b) => a !== b,
  in: (a, b) => indexOf(b, a) > -1,
  notIn: (a, b) => indexOf(b, a) === -1,
  contains: (a, b) => Array.isArray(a) && a.indexOf(b) > -1,
  doesNotContain: (a, b) => Array.isArray(a) && a.indexOf(b) === -1,
  lessThan: numeric((a, b) => a < b),
  lessThanInclusive: numeric((a, b) => a <= b),
  greaterThan: numeric((a, b) => a > b),
  greaterThanInclusive: numeric((a, b) => a >= b),
});
