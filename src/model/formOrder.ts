import type { $ZodArrayDef, $ZodObjectDef, $ZodOptionalDef, $ZodTypeDef } from 'zod/v4/core';
import type { ZodSchema } from './labelAt.js';

function unwrap(schema: ZodSchema): ZodSchema {
  let current = schema;
  while (current._zod.def.type === 'optional' || current._zod.def.type === 'nullable') {
    current = (current._zod.def as $ZodOptionalDef).innerType;
  }
  return current;
}

/**
 * Where the field at `path` comes in the 申报书 as a form shows it (the template's order): a key to
 * sort by, position by position (a key's place in its object, an item's index). A key the schema does
 * not know comes after the keys it knows.
 *
 * @example
 * formOrder(Application, ['lead', 'creditCode']) //=> [4, 1]  (申报单位 › 统一社会信用代码)
 */
export function formOrder(root: ZodSchema, path: readonly (string | number)[]): number[] {
  const order: number[] = [];
  let inner: ZodSchema | undefined = unwrap(root);
  for (const key of path) {
    const def: $ZodTypeDef | undefined = inner?._zod.def;
    if (def?.type === 'array') {
      order.push(Number(key));
      inner = unwrap((def as $ZodArrayDef).element);
      continue;
    }
    const keys: string[] = def?.type === 'object' ? Object.keys((def as $ZodObjectDef).shape) : [];
    const at: number = keys.indexOf(String(key));
    order.push(at === -1 ? keys.length : at);
    const next: ZodSchema | undefined = at === -1 ? undefined : (def as $ZodObjectDef).shape[String(key)];
    inner = next === undefined ? undefined : unwrap(next);
  }
  return order;
}
