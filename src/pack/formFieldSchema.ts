import * as z from 'zod/mini';
import { labelledEnum } from '../model/enums.js';
import { labelled } from '../model/labelled.js';
import { limits } from '../model/limits.js';
import type { PackForm, PackFormField, PackFormGroup } from './schema.js';

/** `range`'s bounds as zod checks on a number. */
function withRange<T extends z.ZodMiniNumber>(schema: T, range: PackFormField['range']): T {
  const checks = [
    ...(range?.min === undefined ? [] : [z.minimum(range.min)]),
    ...(range?.max === undefined ? [] : [z.maximum(range.max)]),
  ];
  return checks.length === 0 ? schema : schema.check(...checks);
}

function scalarSchema(field: PackFormField): z.ZodMiniType {
  switch (field.type) {
    case 'integer':
      return withRange(z.int(), field.range);
    case 'number':
      return withRange(z.number(), field.range);
    case 'money':
      return withRange(z.number().check(z.nonnegative()), field.range);
    case 'line':
      return z.string().check(z.maxLength(field.maxLength ?? limits.shortText));
    case 'text':
      return z.string().check(z.maxLength(field.maxLength ?? limits.longText));
    case 'date':
      return z.iso.date();
    case 'boolean':
      return z.boolean();
    case 'choice': {
      const labels = Object.fromEntries(Object.entries(field.choices ?? {}).map(([word, label]) => [word, label.zh]));
      return labelledEnum(labels, field.label.zh, field.label.en);
    }
  }
}

/**
 * The schema of one field a pack's form adds (银川's 从业人员): its type with its limits, labelled in
 * the pack's words, optional unless the form requires it.
 *
 * @example
 * formFieldSchema({ type: 'integer', label: { zh: '从业人员（人）', en: 'Employees' }, range: { min: 0 }, required: true })
 * // z.int() ≥ 0, titled 从业人员（人）
 */
export function formFieldSchema(field: PackFormField | PackFormGroup): z.ZodMiniType {
  const value =
    field.type === 'group'
      ? z.strictObject(Object.fromEntries(Object.entries(field.fields).map(([k, f]) => [k, formFieldSchema(f)])))
      : scalarSchema(field);
  // A choice is labelled with its words already (`labelledEnum`); labelling it again would drop them.
  const shown = field.type === 'choice' ? value : labelled(value, field.label.zh, field.label.en);
  return field.required === true ? shown : z.optional(shown);
}

/** The fields a pack's form adds, as schemas by place: `application` (declarations included) and `lead`. */
export interface FormFieldSchemas {
  readonly application: Readonly<Record<string, z.ZodMiniType>>;
  readonly lead: Readonly<Record<string, z.ZodMiniType>>;
}

/**
 * The schemas of every field a pack's form adds, by place. Its declarations (承诺事项) become one
 * group, `declarations`, of yes/no fields titled by their wording: left out or `false` means not
 * declared, which the pack's checks decide on.
 *
 * @example
 * formFieldSchemas({ declarations: { lawful: { zh: '依法纳税、合法经营', en: 'Pays taxes and operates lawfully' } } })
 *   .application.declarations // { lawful?: boolean }, titled 承诺事项
 */
export function formFieldSchemas(form: PackForm): FormFieldSchemas {
  const place = (fields: PackForm['lead']) =>
    Object.fromEntries(Object.entries(fields ?? {}).map(([key, field]) => [key, formFieldSchema(field)]));
  const declarations = Object.entries(form.declarations ?? {});
  return {
    lead: place(form.lead),
    application: {
      ...place(form.application),
      ...(declarations.length === 0
        ? {}
        : {
            declarations: labelled(
              z.strictObject(
                Object.fromEntries(
                  declarations.map(([key, wording]) => [
                    key,
                    z.optional(labelled(z.boolean(), wording.zh, wording.en)),
                  ]),
                ),
              ),
              '承诺事项',
              'Declarations',
            ),
          }),
    },
  };
}
