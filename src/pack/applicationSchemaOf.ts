import { buildApplicationJsonSchema, type JsonSchema, type JsonSchemaDraft } from '../model/applicationJsonSchema.js';
import { Application } from '../model/schema.js';
import type { RulePack } from './loadRulePack.js';

const schemas = new WeakMap<RulePack, typeof Application>();

/**
 * The pack's own Chinese labels of words, by word: a word the model does not know (a sixth
 * industry) or one the pack calls otherwise (市级数字化车间 for 州级数字化车间).
 *
 * @example
 * packWords(shiliPack).biomedicine //=> '生物医药'
 */
export function packWords(pack: RulePack): Readonly<Record<string, string>> {
  let words = wordsOfPacks.get(pack);
  if (words === undefined) {
    words = Object.freeze(
      Object.fromEntries(Object.entries(pack.vocabularies.labels).map(([word, label]) => [word, label.zh])),
    );
    wordsOfPacks.set(pack, words);
  }
  return words;
}

const wordsOfPacks = new WeakMap<RulePack, Readonly<Record<string, string>>>();

/**
 * The application schema an application is read with under `pack`: the model's own when the pack
 * has the model's words and form, else the one made when it was loaded (see `applicationSchemaFrom`),
 * so an application for a direction the pack does not have is refused at `/direction`, and a city's
 * sixth industry is read.
 *
 * @example
 * applicationSchemaOf(defaultPack()) === Application //=> true
 */
export function applicationSchemaOf(pack: RulePack): typeof Application {
  return schemas.get(pack) ?? Application;
}

/**
 * Remember the schema `loadRulePack` made for a pack (`applicationSchemaFrom`): made where the pack is
 * loaded, so that a page evaluating with the default pack carries none of the code that makes one.
 */
export function rememberApplicationSchema(pack: RulePack, schema: typeof Application): void {
  if (schema !== Application) schemas.set(pack, schema);
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
 * The JSON Schema of a 申报书 under `pack`: `applicationJsonSchema` with the pack's directions and
 * industries, named in its words (a form for another city's notice). Draft 2020-12, or draft-07.
 *
 * @example
 * applicationJsonSchemaOf(shiliPack).properties.industry.oneOf.map((o) => o.title) // […, '生物医药']
 */
export function applicationJsonSchemaOf(pack: RulePack, draft: JsonSchemaDraft = '2020-12'): JsonSchema {
  return buildApplicationJsonSchema(draft, applicationSchemaOf(pack));
}
