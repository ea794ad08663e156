/**
 * `sme-dx-benchmark/forms`: the 申报书 for form generators: react-jsonschema-form (schema, uiSchema,
 * Chinese errors) and Formily 2 (Ant Design or Element Plus components), typed.
 * @packageDocumentation
 */

export { type FieldKind, fieldKind, formMessages } from '../forms/formFields.js';
export { type FormilyRule, type FormilySchema, type FormilyUi, formilySchemaOf } from '../forms/formilySchemaOf.js';
export type { FormSchema, JsonTypeName, JsonValue } from '../forms/formSchema.js';
export { type RjsfError, type RjsfForm, rjsfFormOf, type UiSchema } from '../forms/rjsfFormOf.js';
