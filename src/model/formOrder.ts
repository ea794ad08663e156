import type { $ZodArrayDef, $ZodObjectDef, $ZodTypeDef } from 'zod/v4/core';
import { innerSchema } from './innerSchema.js';
import type { ZodSchema } from './labelAt.js';

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
  let inner: ZodSchema | undefined = innerSchema(root);
  for (const key of path) {
    const def: $ZodTypeDef | undefined = inner?._zod.def;
    if (def?.type === 'array') {
      order.push(Number(key));
      inner = innerSchema((def as $ZodArrayDef).element);
      continue;
    }
    const keys: string[] = def?.type === 'object' ? Object.keys((def as $ZodObjectDef).shape) : [];
    const at: number = keys.indexOf(String(key));
    order.push(at === -1 ? keys.length : at);
    const next: ZodSchema | undefined = at === -1 ? undefined : (def as $ZodObjectDef).shape[String(key)];
    inner = next === undefined ? undefined : innerSchema(next);
  }
  return order;
}
