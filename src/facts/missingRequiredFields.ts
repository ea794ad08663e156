import { describedAgainst } from '../model/isDescribed.js';
import { labelAt, type ZodSchema } from '../model/labelAt.js';
import { dottedPathKeys, toPointer, valueAtKeys } from '../model/paths.js';
import { rememberedFor } from '../model/rememberedFor.js';
import { type Application, Application as ApplicationSchema } from '../model/schema.js';
import { isFilled } from '../operators/isFilled.js';

/** Which fields the template asks for (三、申报书要求, 表一/表二), as dotted paths. */
export interface RequiredFields {
  /** Of the application itself, e.g. `recommender.name`. */
  readonly application: readonly string[];
  /** Of the lead (表一). */
  readonly lead: readonly string[];
  /** Of a lead that is a 试点企业: its 数字化改造项目. */
  readonly pilotLead: readonly string[];
  /** Of each participant (表二). */
  readonly participant: readonly string[];
}

/** A field that is missing or blank: its JSON Pointer and its Chinese label path. */
export interface MissingField {
  readonly pointer: string;
  readonly where: string;
}

const keysByList = new WeakMap<readonly string[], readonly (readonly string[])[]>();

/** Each dotted path of a list as its keys: the list read once when it is a pack's (frozen), anew for any other. */
const keysOf = (paths: readonly string[]) => rememberedFor(keysByList, paths, (list) => list.map(dottedPathKeys));

/**
 * 未填写的必填项: every field the template asks for that is absent or blank, with its JSON Pointer and
 * its Chinese label path.
 *
 * @example
 * missingRequiredFields(application, fields)[0] //=> { pointer: '/lead/contact/phone', where: '申报（牵头）单位 › 联系人 › 联系电话' }
 */
export function missingRequiredFields(
  application: Application,
  fields: RequiredFields,
  emptyAnswers: readonly string[] = [],
  schema: ZodSchema = ApplicationSchema,
): MissingField[] {
  const described = describedAgainst(emptyAnswers);
  const missing: MissingField[] = [];
  const check = (base: readonly (string | number)[], value: unknown, paths: readonly string[]) => {
    const keys = keysOf(paths);
    for (let i = 0; i < keys.length; i++) {
      const path = keys[i] as readonly string[];
      const found = valueAtKeys(value, path);
      if (typeof found === 'string' ? described(found) : isFilled(found, true)) continue;
      const full = [...base, ...path];
      missing.push({ pointer: toPointer(full), where: labelAt(schema, full).where });
    }
  };
  check([], application, fields.application);
  check(['lead'], application.lead, fields.lead);
  if (application.lead.isPilot) check(['lead'], application.lead, fields.pilotLead);
  application.participants.forEach((p, i) => {
    check(['participants', i], p, fields.participant);
  });
  return missing;
}
