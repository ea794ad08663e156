import * as z from 'zod/mini';

/** The Chinese label of a field (the template's own words) and a short English one. */
export interface FieldLabel {
  /** 中文标签，例如「统一社会信用代码」. */
  readonly title: string;
  /** English label, e.g. "Unified social credit code". */
  readonly description: string;
}

/**
 * Attach the template's Chinese label (and an English one) to a schema as metadata, in zod's
 * global registry. The JSON Schema export shows them as `title` and `description`.
 *
 * @example
 * const creditCode = labelled(z.string(), '统一社会信用代码', 'Unified social credit code');
 */
export function labelled<T extends z.ZodMiniType>(schema: T, title: string, description: string): T {
  z.globalRegistry.add(schema, { title, description });
  return schema;
}
