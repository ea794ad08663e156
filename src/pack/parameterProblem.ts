import { calendarDate } from '../model/calendarDate.js';
import type { Message } from '../model/issue.js';
import { parameterUnits } from './contract.js';
import type { ParameterEntries, ParameterItem } from './schema.js';

/**
 * The most items a list parameter may hold (10,000): far above any notice's list (region codes, place
 * names), so that a list is never what makes an evaluation run out of memory.
 */
export const maxListItems = 10_000;

/** The words of a pack's vocabularies, by the item kind that names them. */
export type Vocabulary = Readonly<Partial<Record<ParameterItem, readonly string[]>>>;

const typeNames: Readonly<Record<string, Message>> = {
  integer: { zh: '整数', en: 'an integer' },
  number: { zh: '数值', en: 'a number' },
  boolean: { zh: '是或否（true/false）', en: 'true or false' },
  date: { zh: 'YYYY-MM-DD 格式的日期', en: 'a date written YYYY-MM-DD' },
  text: { zh: '文本', en: 'text' },
  list: { zh: '列表', en: 'a list' },
  byDirection: { zh: '按申报类型的对象', en: 'an object by direction' },
  object: { zh: '对象', en: 'an object' },
  message: { zh: '中英文说明 { zh, en }', en: 'a message { zh, en }' },
};

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** What a value of `spec` must be, as a clerk reads it: 「0–100之间的数值（分）」. */
export function expected(spec: ParameterEntries): Message {
  const type = typeNames[spec.type] ?? { zh: spec.type, en: spec.type };
  const unit = spec.unit === undefined ? undefined : parameterUnits[spec.unit];
  const { min, max } = spec.range ?? {};
  const zhRange =
    min !== undefined && max !== undefined
      ? `${min}–${max}之间的`
      : min !== undefined
        ? `不小于${min}的`
        : max !== undefined
          ? `不大于${max}的`
          : '';
  const enRange =
    min !== undefined && max !== undefined
      ? ` from ${min} to ${max}`
      : min !== undefined
        ? ` of at least ${min}`
        : max !== undefined
          ? ` of at most ${max}`
          : '';
  const items = spec.type === 'list' && spec.items !== undefined ? spec.items : undefined;
  return {
    zh: `${zhRange}${type.zh}${items ? `（每项为${items}）` : ''}${unit ? `（单位：${unit.zh}）` : ''}`,
    en: `${type.en}${enRange}${items ? ` of ${items}` : ''}${unit ? ` (${unit.en})` : ''}`,
  };
}

function itemProblem(item: unknown, kind: ParameterItem, vocabulary: Vocabulary): Message | undefined {
  if (kind === 'message') {
    const ok =
      typeof item === 'object' &&
      item !== null &&
      typeof (item as Message).zh === 'string' &&
      typeof (item as Message).en === 'string';
    return ok ? undefined : { zh: `${shown(item)}不是中英文说明`, en: `${shown(item)} is not a message { zh, en }` };
  }
  if (kind === 'integer') {
    return Number.isSafeInteger(item)
      ? undefined
      : { zh: `${shown(item)}不是整数`, en: `${shown(item)} is not an integer` };
  }
  if (typeof item !== 'string') return { zh: `${shown(item)}不是文本`, en: `${shown(item)} is not text` };
  const words = kind === 'text' ? undefined : vocabulary[kind];
  if (words !== undefined && !words.includes(item)) {
    return { zh: `“${item}”不在规则包的${kind}词表中`, en: `"${item}" is not in the pack's ${kind} vocabulary` };
  }
  return undefined;
}

/**
 * Why a parameter's value does not fit what the parameter declares (type, items, unit, range), or
 * `undefined` when it fits. Directions of a `byDirection` value must be in the pack's vocabulary.
 *
 * @example
 * parameterProblem('abc', { type: 'number', unit: '分', range: { min: 0, max: 100 } }, {})?.zh
 * //=> '值"abc"不是数值；应为0–100之间的数值（单位：分）'
 */
export function parameterProblem(
  value: unknown,
  spec: ParameterEntries & { readonly entries?: ParameterEntries | undefined },
  vocabulary: Vocabulary,
): Message | undefined {
  const want = expected(spec);
  const wrong = (zh: string, en: string): Message => ({
    zh: `值${shown(value)}${zh}；应为${want.zh}`,
    en: `the value ${shown(value)} ${en}; expected ${want.en}`,
  });
  if (spec.unit !== undefined && !Object.hasOwn(parameterUnits, spec.unit)) {
    const known = Object.keys(parameterUnits).join('、');
    return {
      zh: `单位“${spec.unit}”不是已知的单位（${known}）`,
      en: `the unit "${spec.unit}" is not one the library knows (${known})`,
    };
  }
  switch (spec.type) {
    case 'integer':
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value))
        return wrong(`不是${typeNames[spec.type]?.zh}`, `is not ${typeNames[spec.type]?.en}`);
      if (spec.type === 'integer' && !Number.isInteger(value)) return wrong('不是整数', 'is not an integer');
      const { min, max } = spec.range ?? {};
      if ((min !== undefined && value < min) || (max !== undefined && value > max))
        return wrong('超出范围', 'is out of range');
      return undefined;
    }
    case 'boolean':
      return typeof value === 'boolean' ? undefined : wrong('不是是或否', 'is not true or false');
    case 'date':
      return calendarDate(value) !== undefined ? undefined : wrong('不是有效日期', 'is not a real date');
    case 'text':
      return typeof value === 'string' ? undefined : wrong('不是文本', 'is not text');
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? undefined
        : wrong('不是对象', 'is not an object');
    case 'list': {
      if (!Array.isArray(value)) return wrong('不是列表', 'is not a list');
      if (value.length > maxListItems) {
        return {
          zh: `列表有${value.length}项，超过上限${maxListItems}项`,
          en: `the list has ${value.length} items, above the limit of ${maxListItems}`,
        };
      }
      for (const item of value) {
        const problem = itemProblem(item, spec.items ?? 'text', vocabulary);
        if (problem) return { zh: `列表中${problem.zh}`, en: `in the list, ${problem.en}` };
      }
      return undefined;
    }
    case 'byDirection': {
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return wrong('不是按申报类型的对象', 'is not an object by direction');
      for (const [direction, entry] of Object.entries(value)) {
        const problem =
          itemProblem(direction, 'direction', vocabulary) ??
          (spec.entries === undefined ? undefined : parameterProblem(entry, spec.entries, vocabulary));
        if (problem) return { zh: `“${direction}”：${problem.zh}`, en: `"${direction}": ${problem.en}` };
      }
      return undefined;
    }
  }
}
