import {
  applicationFormSchema,
  choicesOf,
  creditCodePattern,
  type FieldKind,
  fieldKind,
  formMessages,
} from './formFields.js';
import type { FormSchema } from './formSchema.js';

/** The component library a Formily form is drawn with: `@formily/antd-v5` or `@formily/element-plus`. */
export type FormilyUi = 'antd' | 'element-plus';

/** A rule of Formily's `x-validator`. */
export interface FormilyRule {
  pattern?: string;
  enum?: unknown[];
  message: string;
}

/** A Formily 2 JSON Schema (`ISchema` of `@formily/json-schema`), as far as the 申报书 needs it. */
export interface FormilySchema {
  type: 'object' | 'array' | 'string' | 'number' | 'boolean' | 'void';
  title?: string;
  description?: string;
  required?: boolean;
  enum?: { label: string; value: unknown }[];
  properties?: Record<string, FormilySchema>;
  items?: FormilySchema;
  maxLength?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  'x-decorator'?: 'FormItem';
  'x-component'?: string;
  'x-component-props'?: Record<string, unknown>;
  'x-validator'?: FormilyRule[];
}

/** The components of each library, by the kind of field. */
const components: Record<FormilyUi, Record<Exclude<FieldKind, 'object'>, string>> = {
  antd: {
    text: 'Input',
    longText: 'Input.TextArea',
    creditCode: 'Input',
    date: 'DatePicker',
    number: 'NumberPicker',
    boolean: 'Switch',
    choice: 'Select',
    list: 'ArrayItems',
  },
  'element-plus': {
    text: 'Input',
    longText: 'Input.TextArea',
    creditCode: 'Input',
    date: 'DatePicker',
    number: 'InputNumber',
    boolean: 'Switch',
    choice: 'Select',
    list: 'ArrayItems',
  },
};

/** The JSON type Formily stores: a level (an integer or null for 未定级) is a choice, a number. */
function typeOf(schema: FormSchema, kind: FieldKind): FormilySchema['type'] {
  if (kind === 'object' || kind === 'list' || kind === 'boolean' || kind === 'number') {
    return kind === 'list' ? 'array' : kind;
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  return type === 'integer' || type === 'number' ? 'number' : 'string';
}

function fieldOf(schema: FormSchema, key: string | undefined, required: boolean, ui: FormilyUi): FormilySchema {
  const kind = fieldKind(schema, key);
  const field: FormilySchema = { type: typeOf(schema, kind) };
  if (schema.title !== undefined) field.title = schema.title;
  if (schema.description !== undefined) field.description = schema.description;
  // A list may be empty and a level may be 未定级 (null): the key is required, not a value Formily calls filled.
  const nullable = Array.isArray(schema.type) && schema.type.includes('null');
  if (required && kind !== 'list' && kind !== 'object' && !nullable) field.required = true;
  if (kind === 'object' && schema.properties !== undefined) {
    // Inside a part the 申报书 may leave out (联合体情况, 一带一路: one direction's), nothing is marked
    // required: Formily gives such a part an empty value as it renders, and cannot tell it applies.
    // `evaluate` asks for what is missing there once the direction says the part is needed.
    const needed = new Set(required || key === undefined ? (schema.required ?? []) : []);
    field.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([name, inner]) => [name, fieldOf(inner, name, needed.has(name), ui)]),
    );
    return field;
  }
  if (kind === 'object') return field;
  field['x-decorator'] = 'FormItem';
  field['x-component'] = components[ui][kind];
  if (kind === 'list' && schema.items !== undefined) {
    field.items = fieldOf(schema.items, undefined, false, ui);
    if (schema.maxItems !== undefined) field.maxItems = schema.maxItems;
    return field;
  }
  if (schema.maxLength !== undefined) field.maxLength = schema.maxLength;
  if (schema.minimum !== undefined) field.minimum = schema.minimum;
  if (schema.maximum !== undefined) field.maximum = schema.maximum;
  if (kind === 'longText') field['x-component-props'] = { rows: 6 };
  if (kind === 'date') {
    field['x-component-props'] = ui === 'antd' ? { format: 'YYYY-MM-DD' } : { valueFormat: 'YYYY-MM-DD' };
    if (schema.pattern !== undefined) field['x-validator'] = [{ pattern: schema.pattern, message: formMessages.date }];
  }
  if (kind === 'creditCode') field['x-validator'] = [{ pattern: creditCodePattern, message: formMessages.creditCode }];
  if (kind === 'choice') {
    const choices = choicesOf(schema);
    field.enum = choices;
    // Formily shows `enum` as the choices but does not check a value against them: this rule does.
    field['x-validator'] = [{ enum: choices.map((c) => c.value), message: formMessages.choice }];
  }
  return field;
}

/**
 * The 申报书 as a Formily 2 form (`@formily/core` with `@formily/react` or `@formily/vue`), as Chinese
 * government portals often build them: every field with its Chinese title, `required` where every
 * 申报书 must fill it in (not inside 联合体情况 or 一带一路, which one direction needs), choices as `enum: [{ label, value }]`, the component of Ant Design
 * (`@formily/antd-v5`, the default) or Element Plus (`@formily/element-plus`) for its kind, and
 * `x-validator` rules where Formily would not check by itself: dates, credit codes by their alphabet,
 * a value among the choices. Of `schema` (another pack's: `applicationJsonSchemaOf(pack, '07')`), or
 * of the notice's. Give Formily's schema type, `ISchema`, for `SchemaField` to typecheck under strict
 * `tsc` (its recursive type is more than TypeScript relates to another by structure).
 *
 * @example
 * const form = createForm({ values: draft });
 * <FormProvider form={form}><SchemaField schema={formilySchemaOf<ISchema>()} /></FormProvider>
 * await form.validate(); // rejects with each field's errors, at its path ('lead.contact.phone')
 */
export function formilySchemaOf<Schema = FormilySchema>(
  schema: FormSchema = applicationFormSchema(),
  ui: FormilyUi = 'antd',
): Schema {
  return fieldOf(schema, undefined, false, ui) as Schema;
}
