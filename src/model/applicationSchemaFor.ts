import * as z from 'zod/mini';
import { labelledEnum } from './enums.js';
import { labelled } from './labelled.js';
import { limits } from './limits.js';
import { AdverseRecord, Application, Credit, Lead, Participant } from './schema.js';

/** The words of a notice's own: its directions, industries and kinds of 不良记录, each with its Chinese label. */
export interface NoticeWords {
  readonly directions: Readonly<Record<string, string>>;
  readonly industries: Readonly<Record<string, string>>;
  /** The kinds of 不良记录 a 申报书 may list (银川's 安全生产, 生态环保…); the model's when left out. */
  readonly adverseRecordKinds?: Readonly<Record<string, string>>;
  /**
   * Fields the notice's form asks beyond the model's (银川's 从业人员, 承诺事项), by place: each comes in
   * the form after the model's own fields of its place, and a key the model has is not replaced.
   */
  readonly fields?: {
    readonly application?: Readonly<Record<string, z.ZodMiniType>>;
    readonly lead?: Readonly<Record<string, z.ZodMiniType>>;
  };
  /** Optional fields of the model the notice's form does not have, by place (银川's has no 联合体情况). */
  readonly omit?: {
    readonly application?: readonly string[];
    readonly lead?: readonly string[];
  };
}

/** The optional keys of `shape` among `keys`: only a field a 申报书 may leave out can be left out of a form. */
function omittable(shape: Readonly<Record<string, z.ZodMiniType>>, keys: readonly string[] = []): Record<string, true> {
  return Object.fromEntries(
    keys.filter((k) => Object.hasOwn(shape, k) && shape[k]?._zod.optin === 'optional').map((k) => [k, true as const]),
  );
}

/** The fields of `added` whose keys `model` does not have: a notice adds fields, it never redefines the model's. */
function withoutModelKeys(
  added: Readonly<Record<string, z.ZodMiniType>> | undefined,
  model: Readonly<Record<string, unknown>>,
): Record<string, z.ZodMiniType> {
  return Object.fromEntries(Object.entries(added ?? {}).filter(([key]) => !Object.hasOwn(model, key)));
}

/** `schema` without the `mask`'s keys; itself when there are none (zod's `omit`, its checks and strictness kept). */
function without<T>(schema: T, mask: Record<string, true>): T {
  return Object.keys(mask).length === 0 ? schema : (z.omit(schema as never, mask as never) as unknown as T);
}

/** 信用记录 whose 不良记录 are of the notice's kinds. */
function creditFor(kinds: Readonly<Record<string, string>>) {
  const kind = labelledEnum(kinds, '不良记录类型', 'Kind of adverse record');
  const record = labelled(z.extend(AdverseRecord, { kind }), '不良记录', 'Adverse record');
  return labelled(
    z.extend(Credit, {
      adverseRecords: labelled(z.array(record).check(z.maxLength(limits.fewItems)), '不良记录', 'Adverse records'),
    }),
    '信用记录',
    'Credit record',
  );
}

/**
 * The application schema for a notice with its own directions and industries (another city's, from
 * its rule pack): the same fields, with `direction` one of its directions and each `industry` (the
 * application's and every participant's) one of its industries. Anything else is as in
 * {@link Application}, so a portal built for one notice reads another's applications.
 *
 * @example
 * const schema = applicationSchemaFor({
 *   directions: { 'digital-workshop': '市级数字化车间', chain: '市级“链式”数字化转型典型标杆' },
 *   industries: { 'new-materials': '新材料', biomedicine: '生物医药', other: '其他' },
 * });
 * schema.safeParse(application).success //=> true when its industry is biomedicine
 */
export function applicationSchemaFor(words: NoticeWords): typeof Application {
  const direction = labelledEnum(words.directions, '申报类型', 'Direction applied for');
  const industry = labelledEnum(words.industries, '所属行业', 'Industry');
  const credit =
    words.adverseRecordKinds === undefined ? {} : { credit: z.optional(creditFor(words.adverseRecordKinds)) };
  const participant = labelled(z.extend(Participant, { industry, ...credit }), '参与单位', 'Participant');
  const leadFields = withoutModelKeys(words.fields?.lead, Lead.shape);
  const applicationFields = withoutModelKeys(words.fields?.application, Application.shape);
  const leadOmitted = omittable(Lead.shape, words.omit?.lead);
  const lead = labelled(
    without(z.extend(Lead, { ...credit, ...leadFields }), leadOmitted),
    '申报（牵头）单位',
    'Lead unit',
  );
  const leadChanged =
    words.adverseRecordKinds !== undefined || Object.keys(leadFields).length > 0 || Object.keys(leadOmitted).length > 0;
  const extended = z.extend(Application, {
    direction,
    industry,
    ...(leadChanged ? { lead } : {}),
    ...applicationFields,
    participants: labelled(z.array(participant).check(z.maxLength(limits.manyItems)), '参与单位', 'Participants'),
  });
  return labelled(
    without(extended, omittable(Application.shape, words.omit?.application)),
    '申报书',
    'Application',
  ) as unknown as typeof Application;
}
