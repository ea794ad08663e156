import { applicationSchemaFor } from '../model/applicationSchemaFor.js';
import { AdverseRecordKind, Direction, Industry } from '../model/enums.js';
import { Application } from '../model/schema.js';
import { formFieldSchemas } from './formFieldSchema.js';
import type { PackVocabularies } from './loadRulePack.js';
import type { PackForm } from './schema.js';

const sameWords = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((w) => b.includes(w));

/** `omit`'s dotted paths by place: `lead.assessment` is the lead's, `consortium` the application's. */
function omittedByPlace(omit: readonly string[]) {
  return {
    application: omit.filter((p) => !p.startsWith('lead.')),
    lead: omit.filter((p) => p.startsWith('lead.')).map((p) => p.slice('lead.'.length)),
  };
}

/**
 * The application schema of a pack (see `applicationSchemaOf`), from its parts as its loader reads them as its loader reads them (its vocabularies and its
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
