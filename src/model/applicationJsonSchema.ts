import * as z from 'zod/mini';
import { Application } from './schema.js';

/** A JSON Schema document, as plain JSON. */
export type JsonSchema = Record<string, unknown>;

/**
 * Turn an enum's `enumLabels` metadata into `oneOf: [{ const, title }]`, the form that form
 * generators (react-jsonschema-form, JSON Forms) show as a labelled choice.
 */
function labelEnums(ctx: { jsonSchema: JsonSchema }): void {
  const labels = ctx.jsonSchema.enumLabels as Record<string, string> | undefined;
  if (labels === undefined) return;
  delete ctx.jsonSchema.enumLabels;
  const values = ctx.jsonSchema.enum as string[] | undefined;
  if (values === undefined) return;
  delete ctx.jsonSchema.enum;
  ctx.jsonSchema.oneOf = values.map((value) => ({ const: value, title: labels[value] ?? value }));
}

/** Build the JSON Schema (draft 2020-12) of the 申报书. */
export function buildApplicationJsonSchema(): JsonSchema {
  const schema = z.toJSONSchema(Application, { target: 'draft-2020-12', override: labelEnums }) as JsonSchema;
  return {
    $schema: schema.$schema,
    $id: 'https://sme-dx-benchmark.invalid/application.schema.json',
    ...schema,
  };
}

/**
 * The JSON Schema (draft 2020-12) of a 申报书: the same contract as {@link parseApplication}, for
 * portals written in another language and for form generators. Every field's `title` is the
 * template's Chinese label; enum values are `oneOf` with a Chinese `title` each. Also shipped as
 * `sme-dx-benchmark/application.schema.json`.
 *
 * @example
 * applicationJsonSchema.properties.lead.properties.creditCode.title //=> '统一社会信用代码'
 */
export const applicationJsonSchema: JsonSchema = /* @__PURE__ */ buildApplicationJsonSchema();
