import type * as z from 'zod/mini';
import type { Message, ModelIssueCode } from './issue.js';

const typeNames: Record<string, Message> = {
  string: { zh: '文本', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  int: { zh: '整数', en: 'an integer' },
  boolean: { zh: '是/否（true/false）', en: 'true/false' },
  object: { zh: '对象', en: 'an object' },
  array: { zh: '列表', en: 'a list' },
  null: { zh: '空值 null', en: 'null' },
  undefined: { zh: '缺失', en: 'missing' },
  nan: { zh: '非数字 NaN', en: 'NaN' },
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'nan';
  return typeof value;
}

function typeName(type: string): Message {
  return typeNames[type] ?? { zh: type, en: type };
}

/**
 * A short, printable excerpt of a value a person sent, for messages in one language. Large values
 * are summarised, never serialised.
 *
 * @example
 * excerpt([1, 2], 40, 'en') //=> '[a list of 2 items]'
 */
export function excerpt(value: unknown, max = 40, lang: 'zh' | 'en' = 'zh'): string {
  const zh = lang === 'zh';
  if (Array.isArray(value)) return zh ? `[列表，共${value.length}项]` : `[a list of ${value.length} items]`;
  if (value !== null && typeof value === 'object') return zh ? '{对象}' : '{an object}';
  if (typeof value === 'string') {
    const head = JSON.stringify(value.slice(0, max));
    if (value.length <= max) return head;
    return `${head.slice(0, -1)}…"${zh ? `（共${value.length}字符）` : ` (${value.length} characters)`}`;
  }
  return String(value);
}

/** What an error says, as an {@link excerpt}: for the one-line messages that report a failure. */
export function errorText(error: unknown, max: number): string {
  return excerpt(error instanceof Error ? error.message : error, max);
}

function bound(issue: { origin?: string; inclusive?: boolean }, value: number | bigint, big: boolean): Message {
  const n = String(value);
  const inclusive = issue.inclusive !== false;
  switch (issue.origin) {
    case 'string':
      return big
        ? { zh: `不能超过${n}个字符`, en: `must be at most ${n} characters` }
        : n === '1'
          ? { zh: '不能为空', en: 'must not be empty' }
          : { zh: `不能少于${n}个字符`, en: `must be at least ${n} characters` };
    case 'array':
      return big
        ? { zh: `不能超过${n}项`, en: `must have at most ${n} items` }
        : n === '1'
          ? { zh: '至少应有1项', en: 'must have at least one item' }
          : { zh: `不能少于${n}项`, en: `must have at least ${n} items` };
    default:
      if (big) {
        return inclusive
          ? { zh: `不能大于${n}`, en: `must be at most ${n}` }
          : { zh: `应小于${n}`, en: `must be less than ${n}` };
      }
      return inclusive
        ? { zh: `不能小于${n}`, en: `must be at least ${n}` }
        : { zh: `应大于${n}`, en: `must be greater than ${n}` };
  }
}

/**
 * A zod issue in a clerk's words, Chinese first. `input` is the value found there, when known.
 * The field's label is added by the caller.
 */
export function describeZodIssue(
  issue: z.core.$ZodIssue,
  present: boolean,
  choices?: Readonly<Record<string, string>>,
): { code: ModelIssueCode; message: Message } {
  const input = (issue as { input?: unknown }).input;
  const found = present ? excerpt(input) : '';
  const foundEn = present ? excerpt(input, 40, 'en') : '';
  switch (issue.code) {
    case 'invalid_type': {
      if (!present || input === undefined) {
        return { code: 'required', message: { zh: '必填项缺失', en: 'is required but missing' } };
      }
      const expected = typeName(issue.expected);
      const got = typeName(typeOf(input));
      return {
        code: 'wrong-type',
        message: {
          zh: `应为${expected.zh}，实际为${got.zh}：${found}`,
          en: `must be ${expected.en}, found ${got.en}: ${foundEn}`,
        },
      };
    }
    case 'unrecognized_keys':
      return {
        code: 'unknown-key',
        message: {
          zh: '不是申报书中的字段（字段名是否拼写有误？）',
          en: 'is not a field of the application (is the name misspelt?)',
        },
      };
    case 'invalid_value': {
      if (!present) return { code: 'required', message: { zh: '必填项缺失', en: 'is required but missing' } };
      const allowed = issue.values
        .map((v) => (choices?.[String(v)] ? `${choices[String(v)]}（${String(v)}）` : String(v)))
        .join('、');
      return {
        code: 'not-allowed-value',
        message: {
          zh: `取值${found}不在可选范围内，应为：${allowed}`,
          en: `${foundEn} is not one of: ${issue.values.map((v) => String(v)).join(', ')}`,
        },
      };
    }
    case 'invalid_format':
      if (issue.format === 'date') {
        return {
          code: 'bad-date',
          message: {
            zh: `日期应为真实存在的公历日期，格式 YYYY-MM-DD，实际为${found}`,
            en: `must be a real calendar date written YYYY-MM-DD, found ${foundEn}`,
          },
        };
      }
      return {
        code: 'invalid',
        message: {
          zh: `格式不正确（应为 ${issue.format}）：${found}`,
          en: `is not a valid ${issue.format}: ${foundEn}`,
        },
      };
    case 'too_big': {
      const m = bound(issue, issue.maximum, true);
      return { code: 'too-big', message: { zh: `${m.zh}，实际为${found}`, en: `${m.en}, found ${foundEn}` } };
    }
    case 'too_small': {
      const m = bound(issue, issue.minimum, false);
      return { code: 'too-small', message: { zh: `${m.zh}，实际为${found}`, en: `${m.en}, found ${foundEn}` } };
    }
    default:
      return {
        code: 'invalid',
        message: { zh: `取值不符合要求：${found}`, en: `is not valid (${issue.message}): ${foundEn}` },
      };
  }
}
