import { buildApplicationJsonSchema, type JsonSchema, type JsonSchemaDraft } from '../model/applicationJsonSchema.js';
import { applicationSchemaFor } from '../model/applicationSchemaFor.js';
import { AdverseRecordKind, Direction, Industry } from '../model/enums.js';
import { Application } from '../model/schema.js';
import { formFieldSchemas } from './formFieldSchema.js';
import type { PackVocabularies, RulePack } from './loadRulePack.js';
import type { PackForm } from './schema.js';

const schemas = new WeakMap<RulePack, typeof Application>();

/**
 * The pack's own Chinese labels of words, by word: a word the model does not know (a sixth
 * industry) or one the pack calls otherwise (市级数字化车间 for 州级数字化车间).
 *
 * @example
 * packWords(shiliPack).biomedicine //=> '生物医药'
 */
export function packWords(pack: RulePack): Readonly<Record<string, string>> {
  return Object.fromEntries(Object.entries(pack.vocabularies.labels).map(([word, label]) => [word, label.zh]));
}

const sameWords = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((w) => b.includes(w));

/**
 * The application schema an application is read with under `pack`: the model's own when the pack
 * has the model's directions and industries, else one with the pack's (see `applicationSchemaFor`),
 * so an application for a direction the pack does not have is refused at `/direction`, and a city's
 * sixth industry is read.
 *
 * @example
 * applicationSchemaOf(defaultPack()) === Application //=> true
 */
export function applicationSchemaOf(pack: RulePack): typeof Application {
  const cached = schemas.get(pack);
  if (cached !== undefined) return cached;
  const schema = applicationSchemaFrom(pack.vocabularies, pack.form);
  schemas.set(pack, schema);
  return schema;
}

/** `omit`'s dotted paths by place: `lead.assessment` is the lead's, `consortium` the application's. */
function omittedByPlace(omit: readonly string[]) {
  return {
    application: omit.filter((p) => !p.startsWith('lead.')),
    lead: omit.filter((p) => p.startsWith('lead.')).map((p) => p.slice('lead.'.length)),
  };
}

/**
 * The schema of a pack whose form is its own (it adds or omits fields): the one its messages and
 * 补正事项 name fields by, in its labels rather than 昌吉's 表一/表二. `undefined` for any other pack.
 *
 * @example
 * ownFormSchemaOf(defaultPack()) //=> undefined
 */
export function ownFormSchemaOf(pack: RulePack): typeof Application | undefined {
  const { form } = pack;
  const own = [form.application, form.lead, form.declarations, form.omit].some(
    (part) => part !== undefined && Object.keys(part).length > 0,
  );
  return own ? applicationSchemaOf(pack) : undefined;
}

/**
 * {@link applicationSchemaOf} from a pack's parts as its loader reads them (its vocabularies and its
 * form), before the pack is whole: the loader names a check's missing fields by their labels in it.
 */
export function applicationSchemaFrom(vocabularies: PackVocabularies, form: PackForm): typeof Application {
  const { directions, industries, labels } = vocabularies;
  const words = (list: readonly string[], model: Readonly<Record<string, string>>) =>
    Object.fromEntries(list.map((w) => [w, labels[w]?.zh ?? model[w] ?? w]));
  // Kinds of 不良记录 the pack adds (银川's 安全生产…) join the model's: an application may list any.
  const modelKinds = Object.keys(AdverseRecordKind.labels);
  const addedKinds = vocabularies.adverseRecordKinds.filter((k) => !modelKinds.includes(k));
  const hasForm = Object.values(form).some((place) => place !== undefined && Object.keys(place).length > 0);
  if (
    sameWords(directions, Object.keys(Direction.labels)) &&
    sameWords(industries, Object.keys(Industry.labels)) &&
    Object.keys(labels).length === 0 &&
    !hasForm
  ) {
    return Application;
  }
  return applicationSchemaFor({
    directions: words(directions, Direction.labels),
    industries: words(industries, Industry.labels),
    ...(addedKinds.length === 0
      ? {}
      : { adverseRecordKinds: words([...modelKinds, ...addedKinds], AdverseRecordKind.labels) }),
    ...(hasForm ? { fields: formFieldSchemas(form) } : {}),
    ...(form.omit === undefined ? {} : { omit: omittedByPlace(form.omit) }),
  });
}

/**
 * The JSON Schema of a 申报书 under `pack`: `applicationJsonSchema` with the pack's directions and
 * industries, named in its words (a form for another city's notice). Draft 2020-12, or draft-07.
 *
 * @example
 * applicationJsonSchemaOf(shiliPack).properties.industry.oneOf.map((o) => o.title) // […, '生物医药']
 */
export function applicationJsonSchemaOf(pack: RulePack, draft: JsonSchemaDraft = '2020-12'): JsonSchema {
  return buildApplicationJsonSchema(draft, applicationSchemaOf(pack));
}
