import * as z from 'zod/mini';
import { levelLabels } from './levelLabels.js';
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

/**
 * A 评测等级 (an integer 1–4, or `null` for 未定级) as a labelled choice, `oneOf: [{ const, title }]`
 * with a branch for each (未定级, 一级…四级), not an `anyOf` of a number and a null that a form
 * generator shows as "option 1 / option 2".
 */
function labelLevels(ctx: { jsonSchema: JsonSchema }): void {
  const branches = ctx.jsonSchema.anyOf as JsonSchema[] | undefined;
  const isLevel =
    branches?.length === 2 &&
    branches.some((b) => b.type === 'integer' && b.minimum === 1 && b.maximum === 4) &&
    branches.some((b) => b.type === 'null');
  if (!isLevel) return;
  delete ctx.jsonSchema.anyOf;
  ctx.jsonSchema.type = ['integer', 'null'];
  ctx.jsonSchema.oneOf = levelLabels.map((l) => ({ const: l.value, title: l.zh }));
}

/** Which JSON Schema: draft 2020-12 (the default), or draft-07 for validators that know no other. */
export type JsonSchemaDraft = '2020-12' | '07';

/**
 * Build the JSON Schema of the 申报书, in draft 2020-12 or draft-07; of `application`, another pack's
 * reading of it (`applicationSchemaOf(pack)`: its directions and industries), when given.
 */
export function buildApplicationJsonSchema(
  draft: JsonSchemaDraft = '2020-12',
  application: typeof Application = Application,
): JsonSchema {
  const schema = z.toJSONSchema(application, {
    target: draft === '07' ? 'draft-7' : 'draft-2020-12',
    override: (ctx) => {
      labelEnums(ctx);
      labelLevels(ctx);
    },
  }) as JsonSchema;
  return {
    $schema: schema.$schema,
    $id: `https://sme-dx-benchmark.invalid/application.schema${draft === '07' ? '.draft-07' : ''}.json`,
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
