import type { $ZodOptionalDef } from 'zod/v4/core';
import type { ZodSchema } from './labelAt.js';

/**
 * The schema inside optional and nullable wrappers: what a field holds when it holds something.
 *
 * @example
 * innerSchema(z.optional(z.nullable(z.string()))) // the z.string()
 */
export function innerSchema(schema: ZodSchema): ZodSchema {
  let current = schema;
  while (current._zod.def.type === 'optional' || current._zod.def.type === 'nullable') {
    current = (current._zod.def as $ZodOptionalDef).innerType;
  }
  return current;
}
