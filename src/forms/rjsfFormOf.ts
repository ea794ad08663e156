import { applicationFormSchema, creditCodePattern, type FieldKind, fieldKind, formMessages } from './formFields.js';
import type { FormSchema } from './formSchema.js';

/** react-jsonschema-form's `uiSchema`, as far as the 申报书 needs it: widgets by field, nested as the data. */
export interface UiSchema {
  'ui:widget'?: string;
  'ui:options'?: { rows?: number };
  items?: UiSchema;
  [key: string]: UiSchema | string | { rows?: number } | undefined;
}

/** An error as react-jsonschema-form's validators give it (`RJSFValidationError`), as far as read here. */
export interface RjsfError {
  name?: string;
  property?: string;
  message?: string;
  params?: unknown;
  stack: string;
}

/**
 * What react-jsonschema-form needs for a 申报书: the props to give its `Form`. `Schema` is the type the
 * form generator gives a schema (rjsf's `RJSFSchema`), so that `Form` infers its validator's type from it.
 */
export interface RjsfForm<Schema = FormSchema> {
  /** The draft-07 schema, dates checked as dates (`format: date`, not the long pattern), credit codes by their alphabet. */
  schema: Schema;
  /** Long texts (企业简介, 三、四) as text areas, dates with a date widget. */
  uiSchema: UiSchema;
  /** Errors in Chinese where the default validator would show a pattern or a format: 「应为日期，如2025-04-15」. */
  transformErrors: <E extends RjsfError>(errors: E[]) => E[];
}

const widgets: Partial<Record<FieldKind, UiSchema>> = {
  longText: { 'ui:widget': 'textarea', 'ui:options': { rows: 6 } },
  date: { 'ui:widget': 'date' },
};

/** The schema and uiSchema of one field, and of what it holds. */
function formOf(schema: FormSchema, key: string | undefined): { schema: FormSchema; ui: UiSchema | undefined } {
  const kind = fieldKind(schema, key);
  if (kind === 'date') {
    const { pattern: _, ...rest } = schema;
    return { schema: rest, ui: widgets.date };
  }
  if (kind === 'creditCode') return { schema: { ...schema, pattern: creditCodePattern }, ui: undefined };
  if (kind === 'object' && schema.properties !== undefined) {
    const properties: Record<string, FormSchema> = {};
    const ui: UiSchema = {};
    for (const [name, property] of Object.entries(schema.properties)) {
      const inner = formOf(property, name);
      properties[name] = inner.schema;
      if (inner.ui !== undefined) ui[name] = inner.ui;
    }
    return { schema: { ...schema, properties }, ui: Object.keys(ui).length > 0 ? ui : undefined };
  }
  if (kind === 'list' && schema.items !== undefined) {
    const inner = formOf(schema.items, undefined);
    return { schema: { ...schema, items: inner.schema }, ui: inner.ui === undefined ? undefined : { items: inner.ui } };
  }
  return { schema, ui: widgets[kind] };
}

/** The field at an error's `property` (`.lead.contact.phone`, `.participants.0.name`). */
function fieldAt(schema: FormSchema, property: string): { schema: FormSchema | undefined; key: string | undefined } {
  let at: FormSchema | undefined = schema;
  let key: string | undefined;
  for (const step of property.split('.').filter(Boolean)) {
    if (at === undefined) break;
    key = /^\d+$/.test(step) ? key : step;
    at = /^\d+$/.test(step) ? at.items : at.properties?.[step];
  }
  return { schema: at, key };
}

/**
 * The 申报书 as react-jsonschema-form (rjsf 5 or 6, with its default ajv8 validator) shows it: the
 * draft-07 schema, a `uiSchema` (text areas for the long texts, date widgets), and a `transformErrors`
 * that words the errors the schema's own patterns and formats give. Of `schema` (another pack's:
 * `applicationJsonSchemaOf(pack, '07')`), or of the notice's. Give rjsf's schema type, `RJSFSchema`,
 * for `Form` to typecheck under strict `tsc`.
 *
 * @example
 * const { schema, uiSchema, transformErrors } = rjsfFormOf<RJSFSchema>();
 * <Form schema={schema} uiSchema={uiSchema} transformErrors={transformErrors} validator={validator} />
 */
export function rjsfFormOf<Schema = FormSchema>(schema: FormSchema = applicationFormSchema()): RjsfForm<Schema> {
  const form = formOf(schema, undefined);
  const transformErrors = <E extends RjsfError>(errors: E[]): E[] =>
    errors.flatMap((error) => {
      const field = fieldAt(form.schema, error.property ?? '');
      const kind = field.schema === undefined ? undefined : fieldKind(field.schema, field.key);
      const label = field.schema?.title ?? field.key ?? '';
      // A value outside a choice fails each branch's `const` too: one message, at the choice.
      if (kind === 'choice' && (error.name === 'const' || error.name === 'type')) return [];
      const zh =
        error.name === 'required'
          ? formMessages.required
          : kind === 'date' && (error.name === 'format' || error.name === 'pattern')
            ? formMessages.date
            : kind === 'creditCode' && error.name === 'pattern'
              ? formMessages.creditCode
              : kind === 'choice' && (error.name === 'oneOf' || error.name === 'const' || error.name === 'enum')
                ? formMessages.choice
                : undefined;
      return [zh === undefined ? error : { ...error, message: zh, stack: `${label}：${zh}` }];
    });
  return { schema: form.schema as Schema, uiSchema: form.ui ?? {}, transformErrors };
}
