import { creditCodeAlphabet } from '../credit-code/alphabet.js';
import { buildApplicationJsonSchema } from '../model/applicationJsonSchema.js';
import { limits } from '../model/limits.js';
import type { FormSchema } from './formSchema.js';

/** What a form shows a field as: the kinds a form generator has a widget for. */
export type FieldKind =
  | 'longText'
  | 'text'
  | 'date'
  | 'creditCode'
  | 'number'
  | 'boolean'
  | 'choice'
  | 'object'
  | 'list';

/** A field's kind, from its schema and its key: 企业简介 and 三、四 are long texts, any `creditCode` is a code. */
export function fieldKind(schema: FormSchema, key: string | undefined): FieldKind {
  if (schema.oneOf !== undefined || schema.enum !== undefined) return 'choice';
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (type === 'object') return 'object';
  if (type === 'array') return 'list';
  if (type === 'boolean') return 'boolean';
  if (type === 'number' || type === 'integer') return 'number';
  if (schema.format === 'date') return 'date';
  if (key === 'creditCode') return 'creditCode';
  return schema.maxLength !== undefined && schema.maxLength > limits.shortText ? 'longText' : 'text';
}

/** A 统一社会信用代码 as a form can check it: 18 of its 31 characters (the check digit is `evaluate`'s). */
export const creditCodePattern = `^[${creditCodeAlphabet}]{18}$`;

/** The messages a form shows for what it checks itself, in Chinese (a clerk's and an applicant's language). */
export const formMessages = Object.freeze({
  date: '应为日期，如2025-04-15',
  creditCode: '统一社会信用代码应为18位数字或大写字母（不含I、O、Z、S、V）',
  required: '必填',
  choice: '应为所列选项之一',
});

let draft07: FormSchema | undefined;

/** The application's JSON Schema, draft-07, as the forms read it (the shipped `application.schema.draft-07.json`). */
export function applicationFormSchema(): FormSchema {
  draft07 ??= buildApplicationJsonSchema('07') as FormSchema;
  return draft07;
}

/** The choices of a field: `oneOf: [{ const, title }]`, as value and label. */
export function choicesOf(schema: FormSchema): { label: string; value: unknown }[] {
  return (schema.oneOf ?? []).map((o) => ({ label: o.title ?? String(o.const), value: o.const }));
}
