import * as z from 'zod';
import { Direction } from '../model/enums.js';

/** A message in Chinese and English; `{placeholders}` name values (see `formatMessage`). */
export const PackMessage = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });

/**
 * A path into a fact: `$`, then `.key` or `[index]` steps only. No wildcards, filters or scripts,
 * so a pack from outside cannot reach beyond the facts or run code.
 */
export const FactPath = z
  .string()
  .max(500)
  .regex(
    /^\$(\.[A-Za-z_][A-Za-z0-9_]*|\[\d{1,6}\])*$/,
    '路径只能由 .字段名 与 [序号] 组成 / only .key and [index] steps',
  );

/** `{ "param": "workshop.minScore" }`: the value of a pack parameter in effect on the evaluation date. */
export const ParamRef = z.strictObject({ param: z.string().min(1) });

/** `{ "fact": "…", "path"?: "…", "params"?: {…} }`: another fact's value (json-rules-engine). */
export const FactRef = z.strictObject({
  fact: z.string().min(1),
  path: FactPath.optional(),
  params: z.record(z.string(), z.unknown()).optional(),
});

const ConditionValue = z.union([ParamRef, FactRef, z.json()]);

export interface LeafCondition {
  fact: string;
  operator: string;
  value: unknown;
  path?: string | undefined;
  params?: Record<string, unknown> | undefined;
  name?: string | undefined;
}
export type PackCondition =
  | LeafCondition
  | { all: PackCondition[]; name?: string | undefined }
  | { any: PackCondition[]; name?: string | undefined }
  | { not: PackCondition; name?: string | undefined };

const Leaf = z.strictObject({
  fact: z.string().min(1),
  operator: z.string().min(1),
  value: ConditionValue,
  path: FactPath.optional(),
  params: z.record(z.string(), z.unknown()).optional(),
  name: z.string().min(1).optional(),
});

/** A json-rules-engine condition: a leaf, or `all` / `any` / `not` of conditions. */
export const PackCondition: z.ZodType<PackCondition> = z.lazy(() =>
  z.union([
    Leaf,
    z.strictObject({ all: z.array(PackCondition).min(1).max(100), name: z.string().optional() }),
    z.strictObject({ any: z.array(PackCondition).min(1).max(100), name: z.string().optional() }),
    z.strictObject({ not: PackCondition, name: z.string().optional() }),
  ]),
) as z.ZodType<PackCondition>;

export const CheckKind = z.enum(['eligibility', 'completeness', 'advisory']);
export type CheckKind = z.infer<typeof CheckKind>;

/**
 * One check of the notice, as data. json-rules-engine runs its conditions in three steps: `when`
 * (else `not-applicable`), `requires` (the data it needs; else `review`), `pass` (else `fail`).
 */
export const PackCheck = z.strictObject({
  /** The public ID of `clauses.md`, e.g. `workshop.score`. */
  id: z.string().regex(/^[a-z]+(\.[a-z]+(-[a-z]+)*)+$/),
  /** The notice's clause, e.g. `二（二）1`. */
  clause: z.string().min(1),
  kind: CheckKind,
  /** A short name for the check, for tables. */
  title: PackMessage,
  /** The notice's own words. */
  notice: z.string().min(1),
  /** The directions it concerns; for the others it is `not-applicable`. */
  directions: z.array(Direction).min(1),
  /** What it is about: the application, its lead, or each unit (the lead and every participant). */
  subject: z.enum(['application', 'lead', 'unit']),
  /** `batch` checks compare applications; only `evaluateBatch` runs them. */
  scope: z.enum(['application', 'batch']).optional(),
  when: PackCondition.optional(),
  requires: PackCondition.optional(),
  pass: PackCondition,
  /** `review` where a person must judge even when the data are there. */
  onPass: z.enum(['pass', 'review']).optional(),
  /** Further values for messages, by name. */
  details: z.record(z.string(), FactRef).optional(),
  messages: z.strictObject({
    pass: PackMessage,
    fail: PackMessage,
    review: PackMessage,
    /** The message for a failure of a named condition (the first that failed). */
    failBy: z.record(z.string(), PackMessage).optional(),
    notApplicable: PackMessage.optional(),
  }),
});
export type PackCheck = z.infer<typeof PackCheck>;

/** A threshold or list of the notice, as OpenFisca keeps parameters: values by the date they take effect. */
export const PackParameter = z.strictObject({
  clause: z.string().min(1),
  /** The notice's own words for it. */
  notice: z.string().min(1),
  description: PackMessage,
  values: z
    .array(z.strictObject({ effectiveFrom: z.iso.date(), value: z.json() }))
    .min(1)
    .max(100),
});
export type PackParameter = z.infer<typeof PackParameter>;

/** One file of a rule pack. */
export const PackFile = z.strictObject({
  $schema: z.string().optional(),
  description: z.string().optional(),
  /** In one file of the pack (`pack.json`): its name, title and version. */
  pack: z.strictObject({ name: z.string().min(1), title: z.string().min(1), version: z.string().min(1) }).optional(),
  parameters: z.record(z.string().regex(/^[a-z]+(\.[A-Za-z]+)+$/), PackParameter).optional(),
  checks: z.array(PackCheck).max(1000).optional(),
});
export type PackFile = z.infer<typeof PackFile>;
