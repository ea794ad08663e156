import * as z from 'zod/mini';
import type { $ZodArrayDef, $ZodObjectDef, $ZodOptionalDef, $ZodType } from 'zod/v4/core';

/** Where a path points, in the template's words. */
export interface PathLabel {
  /** The field's own Chinese label, e.g. 「统一社会信用代码」. */
  readonly label: string;
  /** The field's English label. */
  readonly labelEn: string;
  /** The way there in Chinese, e.g. 「参与单位 › 第3项 › 统一社会信用代码」. */
  readonly where: string;
  /** For a choice (enum) field: each allowed value with its Chinese label. */
  readonly choices?: Readonly<Record<string, string>>;
}

interface Meta {
  title?: string;
  description?: string;
  enumLabels?: Record<string, string>;
}

/** Any zod schema (classic or mini): the shared core type. */
export type ZodSchema = $ZodType;

function metaOf(schema: ZodSchema): Meta {
  return (z.globalRegistry.get(schema) as Meta | undefined) ?? {};
}

/** The schema inside optional/nullable wrappers, with the first label met on the way. */
function unwrap(schema: ZodSchema): { inner: ZodSchema; meta: Meta } {
  let current = schema;
  let meta = metaOf(current);
  while (current._zod.def.type === 'optional' || current._zod.def.type === 'nullable') {
    current = (current._zod.def as $ZodOptionalDef).innerType;
    meta = { ...metaOf(current), ...meta };
  }
  return { inner: current, meta };
}

/**
 * The Chinese label of the field at `path` in `root`, and the breadcrumb to it.
 * Keys the schema does not know are shown as they were written.
 *
 * @example
 * labelAt(Application, ['participants', 2, 'creditCode']).where
 * //=> '参与单位 › 第3项 › 统一社会信用代码'
 */
export function labelAt(root: ZodSchema, path: readonly PropertyKey[]): PathLabel {
  let { inner, meta } = unwrap(root);
  const trail: string[] = [];
  let label = meta.title ?? '';
  let labelEn = meta.description ?? '';
  for (const key of path) {
    if (typeof key === 'number' || (inner._zod.def.type === 'array' && /^\d+$/.test(String(key)))) {
      trail.push(`第${Number(key) + 1}项`);
      if (inner._zod.def.type === 'array') {
        ({ inner, meta } = unwrap((inner._zod.def as $ZodArrayDef).element));
      } else {
        inner = z.never();
        meta = {};
      }
      continue;
    }
    const name = String(key);
    const shape = inner._zod.def.type === 'object' ? (inner._zod.def as $ZodObjectDef).shape : undefined;
    const next = shape !== undefined && Object.hasOwn(shape, name) ? shape[name] : undefined;
    if (next === undefined) {
      trail.push(`“${name}”`);
      label = `“${name}”`;
      labelEn = `"${name}"`;
      inner = z.never();
      meta = {};
      continue;
    }
    ({ inner, meta } = unwrap(next));
    label = meta.title ?? name;
    labelEn = meta.description ?? name;
    trail.push(label);
  }
  const where = trail.length > 0 ? trail.join(' › ') : label;
  return meta.enumLabels === undefined
    ? { label, labelEn, where }
    : { label, labelEn, where, choices: meta.enumLabels };
}
