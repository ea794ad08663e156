/** A JSON value, as a schema's `const`, `enum` and `default` hold it. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A JSON type name. */
export type JsonTypeName = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

/**
 * The application's JSON Schema (draft-07) as a typed object: the keywords it uses, each with its
 * JSON Schema type, so that it is assignable to a form generator's schema type (react-jsonschema-form's
 * `RJSFSchema`, `@types/json-schema`'s `JSONSchema7`) under strict `tsc`, where a JSON file's import
 * widens `type` to `string`.
 */
export interface FormSchema {
  $schema?: string;
  $id?: string;
  type?: JsonTypeName | JsonTypeName[];
  title?: string;
  description?: string;
  properties?: { [key: string]: FormSchema };
  required?: string[];
  additionalProperties?: boolean | FormSchema;
  items?: FormSchema;
  oneOf?: FormSchema[];
  anyOf?: FormSchema[];
  const?: JsonValue;
  enum?: JsonValue[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  default?: JsonValue;
}
