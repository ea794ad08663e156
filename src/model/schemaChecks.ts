import type { $ZodCheck, $ZodType } from 'zod/v4/core';

/**
 * The schema's checks (a format's own check first), each run on the value read as zod's `runChecks`
 * runs them on a value with no issue yet: a check with a `when` only when it says so.
 */
export function checksOf(schema: $ZodType): readonly $ZodCheck[] {
  const own = schema._zod.traits.has('$ZodCheck') ? [schema as unknown as $ZodCheck] : [];
  return [...own, ...(schema._zod.def.checks ?? [])];
}

/** A check that is one comparison: a length at most a bound, a value against a bound, a safe integer. */
export type Comparison =
  | { readonly of: 'length' | 'value'; readonly op: '<=' | '>=' | '<' | '>'; readonly bound: number }
  | 'safeint';

/** The comparison a check makes, for the checks a 申报书's schema uses; `undefined` for any other. */
export function comparisonOf(check: $ZodCheck): Comparison | undefined {
  const def = check._zod.def as $ZodCheck['_zod']['def'] & Record<string, unknown>;
  const bound = def.check === 'max_length' ? def.maximum : def.value;
  if (def.check === 'number_format') return def.format === 'safeint' ? 'safeint' : undefined;
  if (typeof bound !== 'number') return undefined;
  if (def.check === 'max_length') return { of: 'length', op: '<=', bound };
  if (def.check === 'greater_than') return { of: 'value', op: def.inclusive ? '>=' : '>', bound };
  if (def.check === 'less_than') return { of: 'value', op: def.inclusive ? '<=' : '<', bound };
  return undefined;
}
