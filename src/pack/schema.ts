import * as z from 'zod/mini';
import { Direction } from '../model/enums.js';
import { factPathPattern } from '../model/paths.js';

const nonEmpty = () => z.string().check(z.minLength(1));

/** A message in Chinese and English; `{placeholders}` name values (see `formatMessage`). */
export const PackMessage = z.strictObject({ zh: nonEmpty(), en: nonEmpty() });

/**
 * A path into a fact: `$`, then `.key` or `[index]` steps only. No wildcards, filters or scripts,
 * so a pack from outside cannot reach beyond the facts or run code.
 */
export const FactPath = z
  .string()
  .check(z.maxLength(500), z.regex(factPathPattern, '路径只能由 .字段名 与 [序号] 组成 / only .key and [index] steps'));

/** `{ "param": "workshop.minScore" }`: the value of a pack parameter in effect on the evaluation date. */
export const ParamRef = z.strictObject({ param: nonEmpty() });

/** `{ "fact": "…", "path"?: "…", "params"?: {…} }`: another fact's value (json-rules-engine). */
export const FactRef = z.strictObject({
  fact: nonEmpty(),
  path: z.optional(FactPath),
  params: z.optional(z.record(z.string(), z.unknown())),
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
  fact: nonEmpty(),
  operator: nonEmpty(),
  value: ConditionValue,
  path: z.optional(FactPath),
  params: z.optional(z.record(z.string(), z.unknown())),
  name: z.optional(nonEmpty()),
});

/** A json-rules-engine condition: a leaf, or `all` / `any` / `not` of conditions. */
export const PackCondition: z.ZodMiniType<PackCondition> = z.lazy(() =>
  z.union([
    Leaf,
    z.strictObject({
      all: z.array(PackCondition).check(z.minLength(1), z.maxLength(100)),
      name: z.optional(z.string()),
    }),
    z.strictObject({
      any: z.array(PackCondition).check(z.minLength(1), z.maxLength(100)),
      name: z.optional(z.string()),
    }),
    z.strictObject({ not: PackCondition, name: z.optional(z.string()) }),
  ]),
) as z.ZodMiniType<PackCondition>;

export const CheckKind = z.enum(['eligibility', 'completeness', 'advisory']);
export type CheckKind = z.infer<typeof CheckKind>;

/**
 * One check of the notice, as data. json-rules-engine runs its conditions in three steps: `when`
 * (else `not-applicable`), `requires` (the data it needs; else `review`), `pass` (else `fail`).
 */
export const PackCheck = z.strictObject({
  /** The public ID of `clauses.md`, e.g. `workshop.score`. */
  id: z.string().check(z.regex(/^[a-z]+(\.[a-z]+(-[a-z]+)*)+$/)),
  /** The notice's clause, e.g. `二（二）1`. */
  clause: nonEmpty(),
  kind: CheckKind,
  /** A short name for the check, for tables. */
  title: PackMessage,
  /** The notice's own words. */
  notice: nonEmpty(),
  /** The directions it concerns; for the others it is `not-applicable`. */
  directions: z.array(Direction).check(z.minLength(1)),
  /** What it is about: the application, its lead, or each unit (the lead and every participant). */
  subject: z.enum(['application', 'lead', 'unit']),
  /** `batch` checks compare applications; only `evaluateBatch` runs them. */
  scope: z.optional(z.enum(['application', 'batch'])),
  when: z.optional(PackCondition),
  requires: z.optional(PackCondition),
  pass: PackCondition,
  /** `review` where a person must judge even when the data are there. */
  onPass: z.optional(z.enum(['pass', 'review'])),
  /** `review` where what fails is evidence for a person to weigh, not a finding (duplicates). */
  onFail: z.optional(z.enum(['fail', 'review'])),
  /** Further values for messages, by name. */
  details: z.optional(z.record(z.string(), FactRef)),
  messages: z.strictObject({
    pass: PackMessage,
    fail: PackMessage,
    review: PackMessage,
    /** The message for a failure of a named `pass` condition (the first that failed). */
    failBy: z.optional(z.record(z.string(), PackMessage)),
    /** The message for a failure of a named `requires` condition (the first that failed). */
    reviewBy: z.optional(z.record(z.string(), PackMessage)),
    notApplicable: z.optional(PackMessage),
    /**
     * How each item a fact returns is written, by its `reason` (or a plain word it returns):
     * `{ "stale": { "zh": "{item.unit}：信用报告截止于{item.coversTo}…", "en": "…" } }`.
     */
    phrases: z.optional(z.record(z.string(), PackMessage)),
  }),
});
export type PackCheck = z.infer<typeof PackCheck>;

/**
 * What a parameter's value is: `integer`, `number`, `boolean`, `date` (`YYYY-MM-DD`), `text`, `list`
 * (of `items`), `byDirection` (an object from direction to a value of `entries`' type) or `object`
 * (a structure whose shape the facts that read it check).
 */
export const ParameterType = z.enum(['integer', 'number', 'boolean', 'date', 'text', 'list', 'byDirection', 'object']);
export type ParameterType = z.infer<typeof ParameterType>;

/** What the items of a list are: plain text, a message `{ zh, en }`, or a word of a vocabulary of the pack. */
export const ParameterItem = z.enum([
  'text',
  'message',
  'direction',
  'industry',
  'leadRole',
  'applicantType',
  'adverseRecordKind',
]);
export type ParameterItem = z.infer<typeof ParameterItem>;

/** A value's type, unit and range, as a parameter or a `byDirection` parameter's entries declare them. */
const valueSpec = {
  type: ParameterType,
  /** For `list`: what each item is. */
  items: z.optional(ParameterItem),
  /** One of the units the library knows (分, 级, 个, 家, 字, 天, 年, 比例). */
  unit: z.optional(nonEmpty()),
  /** For `integer` and `number`: the least and the greatest value allowed, both included. */
  range: z.optional(z.strictObject({ min: z.optional(z.number()), max: z.optional(z.number()) })),
};
export const ParameterEntries = z.strictObject(valueSpec);
export type ParameterEntries = z.infer<typeof ParameterEntries>;

/** A threshold or list of the notice, as OpenFisca keeps parameters: values by the date they take effect. */
export const PackParameter = z.strictObject({
  clause: nonEmpty(),
  /** The notice's own words for it. */
  notice: nonEmpty(),
  description: PackMessage,
  ...valueSpec,
  /** For `byDirection`: the type of each direction's value. */
  entries: z.optional(ParameterEntries),
  values: z
    .array(z.strictObject({ effectiveFrom: z.iso.date(), value: z.json() }))
    .check(z.minLength(1), z.maxLength(100)),
});
export type PackParameter = z.infer<typeof PackParameter>;

/** One file of a rule pack. */
export const PackFile = z.strictObject({
  $schema: z.optional(z.string()),
  description: z.optional(z.string()),
  /** In one file of the pack (`pack.json`): its name, title and version. */
  pack: z.optional(z.strictObject({ name: nonEmpty(), title: nonEmpty(), version: nonEmpty() })),
  /**
   * In one file of the pack (`pack.json`): the words its checks and parameters may use. Each is a
   * subset of what the application model knows (a word the model does not know needs a release).
   */
  vocabularies: z.optional(
    z.strictObject({
      directions: z.array(Direction).check(z.minLength(1)),
      industries: z.array(nonEmpty()).check(z.minLength(1)),
      leadRoles: z.array(nonEmpty()),
      applicantTypes: z.array(nonEmpty()),
      adverseRecordKinds: z.array(nonEmpty()),
    }),
  ),
  parameters: z.optional(z.record(z.string().check(z.regex(/^[a-z]+(\.[A-Za-z]+)+$/)), PackParameter)),
  checks: z.optional(z.array(PackCheck).check(z.maxLength(1000))),
});
export type PackFile = z.infer<typeof PackFile>;
