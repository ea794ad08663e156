import * as z from 'zod/mini';

import { factPathPattern } from '../model/paths.js';

const nonEmpty = () => z.string().check(z.minLength(1));

/**
 * A direction a pack names: one of the model's (`digital-workshop`, `chain`…) or a word of its own
 * (银川's `pilot-project`), which its `vocabularies.labels` must name.
 */
const DirectionWord = z.string().check(z.regex(/^[a-z]+(-[a-z]+)*$/));

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

function conditionOf<T>(leaf: z.ZodMiniType, reference?: z.ZodMiniType): z.ZodMiniType<T> {
  const condition: z.ZodMiniType<T> = z.lazy(() =>
    z.union([
      leaf,
      ...(reference ? [reference] : []),
      z.strictObject({
        all: z.array(condition).check(z.minLength(1), z.maxLength(100)),
        name: z.optional(z.string()),
      }),
      z.strictObject({
        any: z.array(condition).check(z.minLength(1), z.maxLength(100)),
        name: z.optional(z.string()),
      }),
      z.strictObject({ not: condition, name: z.optional(z.string()) }),
    ]),
  ) as z.ZodMiniType<T>;
  return condition;
}

/** A json-rules-engine condition: a leaf, or `all` / `any` / `not` of conditions. */
export const PackCondition: z.ZodMiniType<PackCondition> = conditionOf<PackCondition>(Leaf);

/**
 * Operators a pack's files may write as symbols, and the json-rules-engine operator each stands for.
 * The loaded pack has only the engine's names.
 */
export const operatorSymbols: Readonly<Record<string, string>> = Object.freeze({
  '==': 'equal',
  '!=': 'notEqual',
  '>=': 'greaterThanInclusive',
  '>': 'greaterThan',
  '<=': 'lessThanInclusive',
  '<': 'lessThan',
});

/**
 * A leaf as a pack's files may write it: `fact` defaults to `application`, `value` to `true`, and
 * `operator` may be a symbol of {@link operatorSymbols} (`">="`).
 */
export interface SourceLeaf extends Omit<LeafCondition, 'fact' | 'value'> {
  fact?: string | undefined;
  value?: unknown;
}
export type SourceCondition =
  | SourceLeaf
  | { condition: string; name?: string | undefined }
  | { all: SourceCondition[]; name?: string | undefined }
  | { any: SourceCondition[]; name?: string | undefined }
  | { not: SourceCondition; name?: string | undefined };

/**
 * A condition as written in a pack's files: a json-rules-engine condition, with leaf defaults, and
 * `{ "condition": "name" }` for a shared condition the pack declares (json-rules-engine's own
 * condition references), put in place when the pack is loaded.
 */
export const SourceCondition: z.ZodMiniType<SourceCondition> = conditionOf<SourceCondition>(
  z.strictObject({ ...Leaf.shape, fact: z.optional(nonEmpty()), value: z.optional(ConditionValue) }),
  z.strictObject({ condition: nonEmpty(), name: z.optional(nonEmpty()) }),
);

/** A check's messages as loaded: each kind of outcome, in both languages. */
export const PackMessages = z.strictObject({
  pass: PackMessage,
  fail: PackMessage,
  /** When the data `requires` names are not given (only a check with `requires` can need one). */
  review: z.optional(PackMessage),
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
});
export type PackMessages = z.infer<typeof PackMessages>;

/**
 * A check's messages in one language, as a pack's files write them (`"zh": { … }`, `"en": { … }`), so
 * a translator reads one language whole. Keys: `pass`, `fail`, `review`, `notApplicable`,
 * `fail:<condition>`, `review:<condition>` and `phrase:<reason>`. `review` may be left out where the
 * check's `requires` are fields of the application: it is then 「未填报…」 with their labels.
 */
export const SourceMessages = z.record(
  z.string().check(z.regex(/^(pass|fail|review|notApplicable|(fail|review|phrase):[A-Za-z-]+)$/)),
  nonEmpty(),
);
export type SourceMessages = z.infer<typeof SourceMessages>;

export const CheckKind = z.enum(['eligibility', 'completeness', 'advisory']);
export type CheckKind = z.infer<typeof CheckKind>;

/**
 * Who acts on a result that is not met (clauses.md edition 3): `reject` (不符合申报条件), `correct`
 * (补正: the applicant fills, fixes or explains) or `verify` (核实: the clerk judges).
 */
export const Action = z.enum(['reject', 'correct', 'verify']);
export type Action = z.infer<typeof Action>;

/**
 * Who acts, by outcome and, after a colon, the condition that decided it (`review:codeConfirmsAddress`):
 * the most specific key wins. Unsaid, an eligibility `fail` is `reject`, a completeness `fail` and
 * every `review` are `correct` (missing, unreadable or contradicting data).
 */
export const CheckActions = z.record(z.string().check(z.regex(/^(fail|review)(:[A-Za-z-]+)?$/)), Action);
export type CheckActions = z.infer<typeof CheckActions>;

/**
 * A participant that fails this per-unit check (`true`), or that this check's named `condition`
 * lists when it fails (its value: units with their `index`), may be removed from the consortium: the
 * application is then `ineligible` only if the consortium without it no longer meets the checks the
 * contract names (`consortiumSufficiency`); otherwise it is for the applicant to correct.
 */
export const Removable = z.union([z.literal(true), z.strictObject({ condition: nonEmpty() })]);
export type Removable = z.infer<typeof Removable>;

/**
 * One check of the notice, as data. json-rules-engine runs its conditions in three steps: `when`
 * (else `not-applicable`), `requires` (the data it needs; else `review`), `pass` (else `fail`).
 */
export const PackCheck = z.strictObject({
  /** The public ID of `clauses.md`, e.g. `workshop.score`. */
  id: z.string().check(z.regex(/^[a-z]+(\.[a-z]+(-[a-z]+)*)+$/)),
  /** The notice's clause, e.g. `二（二）1`. */
  clause: nonEmpty(),
  /** The first and last days the check is part of the notice; always, when left out. */
  effectiveFrom: z.optional(z.iso.date()),
  effectiveUntil: z.optional(z.iso.date()),
  /** Where the check comes from when not the pack's notice. */
  source: z.optional(nonEmpty()),
  kind: CheckKind,
  /** A short name for the check, for tables. */
  title: PackMessage,
  /** The notice's own words. */
  notice: nonEmpty(),
  /** The directions it concerns; for the others it is `not-applicable`. */
  directions: z.array(DirectionWord).check(z.minLength(1)),
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
  /** The outcome when a named `pass` condition is the first that fails, where it differs from `onFail`. */
  onFailBy: z.optional(z.record(z.string(), z.enum(['fail', 'review']))),
  /** Who acts on a `fail` or `review` (see {@link CheckActions}). */
  actions: z.optional(CheckActions),
  /** Whether a participant failing it may be removed instead of failing the consortium. */
  removable: z.optional(Removable),
  /** Further values for messages, by name. */
  details: z.optional(z.record(z.string(), FactRef)),
  messages: PackMessages,
});
export type PackCheck = z.infer<typeof PackCheck>;

const checkId = /^([a-z]+|\{row\})(\.[a-z]+(-[a-z]+)*)+$/;

/**
 * A check as a pack's files write it: {@link PackCheck} with defaults. `directions` defaults to every
 * direction of the pack (or the table row's); `requires` to the fields the `pass` conditions read
 * (`"none"`: nothing is required); leaves to `fact: "application"` and `value: true`; messages come
 * in `zh` and `en` blocks ({@link SourceMessages}) and `review` from a template. In a file with a `table`, `{row}` in any
 * text stands for the row's key and `{rowTitle}` in a message for the row's title, and `clause`,
 * `directions` and `notice` (one text per row) come from the row. `kind`, `subject` and `directions`
 * may come from the file's `defaults`.
 */
export const SourceCheck = z.strictObject({
  id: z.string().check(z.regex(checkId)),
  clause: z.optional(nonEmpty()),
  /** The first day the check is part of the notice (a check a later notice adds); always, when left out. */
  effectiveFrom: z.optional(z.iso.date()),
  /** The last day the check is part of the notice (a check a later notice drops); always, when left out. */
  effectiveUntil: z.optional(z.iso.date()),
  /** Where the check comes from when not the pack's notice (a 补充通知, with its date). */
  source: z.optional(nonEmpty()),
  kind: z.optional(CheckKind),
  title: PackMessage,
  notice: z.union([nonEmpty(), z.record(z.string(), nonEmpty())]),
  directions: z.optional(z.array(DirectionWord).check(z.minLength(1))),
  subject: z.optional(z.enum(['application', 'lead', 'unit'])),
  scope: z.optional(z.enum(['application', 'batch'])),
  when: z.optional(SourceCondition),
  requires: z.optional(z.union([SourceCondition, z.literal('none')])),
  pass: SourceCondition,
  onPass: z.optional(z.enum(['pass', 'review'])),
  onFail: z.optional(z.enum(['fail', 'review'])),
  onFailBy: z.optional(z.record(z.string(), z.enum(['fail', 'review']))),
  actions: z.optional(CheckActions),
  removable: z.optional(Removable),
  details: z.optional(z.record(z.string(), FactRef)),
  /** The Chinese messages. */
  zh: z.optional(SourceMessages),
  /** The English messages. */
  en: z.optional(SourceMessages),
  /** The messages by kind, each in both languages, as packs of 0.2 wrote them (instead of `zh`, `en`). */
  messages: z.optional(PackMessages),
});
export type SourceCheck = z.infer<typeof SourceCheck>;

/**
 * A decision table: checks written once for several directions whose thresholds differ (数字化车间
 * and 智能工厂). Each row is a direction, by the key that starts its check IDs and parameter names
 * (`workshop` → `workshop.level`, `workshop.minLevel`); `parameters` are the table's columns, the
 * parameter names after the key.
 */
export const PackTable = z.strictObject({
  title: PackMessage,
  rows: z.record(
    z.string().check(z.regex(/^[a-z]+$/)),
    z.strictObject({ direction: DirectionWord, clause: nonEmpty(), title: PackMessage }),
  ),
  parameters: z.array(z.string().check(z.regex(/^[A-Za-z]+$/))).check(z.minLength(1)),
});
export type PackTable = z.infer<typeof PackTable>;

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
  'integer',
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
  /** Where a value the notice does not state comes from (a list of places, a code table). */
  source: z.optional(nonEmpty()),
  description: PackMessage,
  ...valueSpec,
  /** For `byDirection`: the type of each direction's value. */
  entries: z.optional(ParameterEntries),
  values: z
    .array(
      z.strictObject({
        effectiveFrom: z.iso.date(),
        value: z.json(),
        /** Where this value comes from when not the parameter's clause (a later notice, a 补充通知). */
        source: z.optional(nonEmpty()),
      }),
    )
    .check(z.minLength(1), z.maxLength(100)),
});
export type PackParameter = z.infer<typeof PackParameter>;

/** A field name of the 申报书: a key as the model writes its own (`employees`, `targetLevel`). */
const FieldName = z.string().check(z.regex(/^[a-z][A-Za-z0-9]*$/), z.maxLength(64));

/**
 * One field a notice's form asks for beyond the model's common part (银川's 从业人员, 企业划型, 项目完成后
 * 预期达到的数字化水平等级): its type, its label, whether the form requires it, and its limits. A
 * `choice` lists its words with their labels; a `group` holds fields of these types under one label
 * (a 投入构成 of several sums).
 */
export const PackFormField = z.strictObject({
  /** `integer`, `number`, `money` (万元, never negative), `line` (one line), `text`, `date`, `boolean` or `choice`. */
  type: z.enum(['integer', 'number', 'money', 'line', 'text', 'date', 'boolean', 'choice']),
  label: PackMessage,
  /** Whether a submitted 申报书 must give it (a draft may leave it out). */
  required: z.optional(z.boolean()),
  /** For `integer`, `number` and `money`: the least and the greatest value allowed, both included. */
  range: z.optional(z.strictObject({ min: z.optional(z.number()), max: z.optional(z.number()) })),
  /** For `line` and `text`: the most characters allowed (the library's limit when left out). */
  maxLength: z.optional(z.int().check(z.minimum(1))),
  /** For `choice`: its words, each with its label, in the form's order. */
  choices: z.optional(z.record(z.string().check(z.regex(/^[a-z]+(-[a-z]+)*$/)), PackMessage)),
});
export type PackFormField = z.infer<typeof PackFormField>;

/** A group of fields under one label (a 投入构成): fields of the types of {@link PackFormField}. */
export const PackFormGroup = z.strictObject({
  type: z.literal('group'),
  label: PackMessage,
  required: z.optional(z.boolean()),
  fields: z.record(FieldName, PackFormField),
});
export type PackFormGroup = z.infer<typeof PackFormGroup>;

const formFields = () => z.optional(z.record(FieldName, z.union([PackFormGroup, PackFormField])));

/**
 * What a notice's form asks beyond the model's common part: fields of the application (`application`)
 * and of the 申报（牵头）单位 (`lead`), in the form's order after the model's own, and the declarations
 * (承诺事项) the applicant ticks, each a yes/no field named by its wording, under `declarations`; and the
 * model's optional fields it does not have (`omit`).
 */
export const PackForm = z.strictObject({
  application: formFields(),
  lead: formFields(),
  declarations: z.optional(z.record(FieldName, PackMessage)),
  /**
   * Optional fields of the model the notice's form does not have, by dotted path (`consortium`,
   * `beltAndRoad`, `lead.pilotIndustry`, `lead.assessment`): left out of the pack's schema and forms,
   * and refused in its 申报书.
   */
  omit: z.optional(z.array(z.string().check(z.regex(/^(lead\.)?[a-z][A-Za-z0-9]*$/)))),
});
export type PackForm = z.infer<typeof PackForm>;

/** One file of a rule pack. */
export const PackFile = z.strictObject({
  $schema: z.optional(z.string()),
  description: z.optional(z.string()),
  /** In one file of the pack (`pack.json`): its name, title and version. */
  pack: z.optional(
    z.strictObject({
      name: nonEmpty(),
      title: nonEmpty(),
      version: nonEmpty(),
      /** The scheme's name as reports head it (中小企业数字化转型典型标杆); the title when left out. */
      scheme: z.optional(PackMessage),
    }),
  ),
  /**
   * In one file of the pack (`pack.json`): the words its checks and parameters may use. Each is a
   * subset of what the application model knows (a word the model does not know needs a release).
   */
  vocabularies: z.optional(
    z.strictObject({
      directions: z.array(DirectionWord).check(z.minLength(1)),
      industries: z.array(nonEmpty()).check(z.minLength(1)),
      leadRoles: z.array(nonEmpty()),
      applicantTypes: z.array(nonEmpty()),
      adverseRecordKinds: z.array(nonEmpty()),
      /**
       * The pack's own names for words, by word: required for an industry the model does not know
       * (示例市's 生物医药), optional for any other word the pack names otherwise (市级数字化车间).
       */
      labels: z.optional(z.record(z.string().check(z.regex(/^[a-z]+(-[a-z]+)*$/)), PackMessage)),
    }),
  ),
  parameters: z.optional(z.record(z.string().check(z.regex(/^[a-z]+(\.[A-Za-z]+)+$/)), PackParameter)),
  /** What the file's checks have unless they say otherwise: their directions, subject or kind. */
  defaults: z.optional(
    z.strictObject({
      directions: z.optional(z.array(DirectionWord).check(z.minLength(1))),
      subject: z.optional(z.enum(['application', 'lead', 'unit'])),
      kind: z.optional(CheckKind),
    }),
  ),
  /**
   * Shared conditions, by name, that any check of the pack may use as `{ "condition": "name" }`: a
   * reading of the notice written once (for example, what makes an application joint).
   */
  conditions: z.optional(z.record(z.string().check(z.regex(/^[a-z][A-Za-z]*$/)), SourceCondition)),
  /** In one file of the pack (`pack.json`): the form's own fields and declarations (see {@link PackForm}). */
  form: z.optional(PackForm),
  /** A decision table: the file's checks are written once for each of its rows. */
  table: z.optional(PackTable),
  checks: z.optional(z.array(SourceCheck).check(z.maxLength(1000))),
});
export type PackFile = z.infer<typeof PackFile>;
