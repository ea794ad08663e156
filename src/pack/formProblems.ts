import type { Message } from '../model/issue.js';
import { toPointer } from '../model/paths.js';
import { Application, Lead } from '../model/schema.js';
import type { RulePackIssue } from './RulePackError.js';
import type { PackForm, PackFormField, PackFormGroup } from './schema.js';

type Shape = Readonly<Record<string, { _zod: { optin?: string } } | undefined>>;

const numeric = new Set(['integer', 'number', 'money']);
const textual = new Set(['line', 'text']);

/** What is wrong with one field's declaration: limits its type does not take, a choice with no words. */
function fieldProblems(field: PackFormField | PackFormGroup): Message[] {
  if (field.type === 'group') {
    return Object.keys(field.fields).length === 0
      ? [{ zh: '字段组（group）至少要有一个字段', en: 'a group needs at least one field' }]
      : [];
  }
  const problems: Message[] = [];
  if (field.range !== undefined && !numeric.has(field.type)) {
    problems.push({
      zh: `取值范围（range）只用于 integer、number、money 字段，不用于 ${field.type}`,
      en: `range is for integer, number and money fields, not ${field.type}`,
    });
  }
  const { min, max } = field.range ?? {};
  if (min !== undefined && max !== undefined && min > max) {
    problems.push({ zh: `取值范围的下限 ${min} 大于上限 ${max}`, en: `range min ${min} is above its max ${max}` });
  }
  if (field.maxLength !== undefined && !textual.has(field.type)) {
    problems.push({
      zh: `字数上限（maxLength）只用于 line、text 字段，不用于 ${field.type}`,
      en: `maxLength is for line and text fields, not ${field.type}`,
    });
  }
  if (field.type === 'choice' && Object.keys(field.choices ?? {}).length === 0) {
    problems.push({ zh: '选择字段（choice）须列出选项（choices）', en: 'a choice field must list its choices' });
  }
  if (field.type !== 'choice' && field.choices !== undefined) {
    problems.push({
      zh: `选项（choices）只用于 choice 字段，不用于 ${field.type}`,
      en: `choices are for choice fields, not ${field.type}`,
    });
  }
  return problems;
}

/**
 * What is wrong with a pack's form (`form` of `pack.json`): a field that takes a name the model's
 * common part already has at its place (the model's field is not replaced), limits its type does not
 * take, or an `omit` that names no optional field of the model. Each problem names its pointer in `file`.
 *
 * @example
 * formProblems({ lead: { creditCode: { type: 'line', label } } }, 'pack.json')[0].message.zh
 * //=> '字段“creditCode”与申报书模型在“申报（牵头）单位”下的字段重名：请另取名称（承诺事项写在 form.declarations 中）'
 */
export function formProblems(form: PackForm, file: string): RulePackIssue[] {
  const issues: RulePackIssue[] = [];
  const places = [
    ['application', Application.shape, '申报书'],
    ['lead', Lead.shape, '申报（牵头）单位'],
  ] as const;
  for (const [place, shape, where] of places) {
    for (const [name, field] of Object.entries(form[place] ?? {})) {
      const pointer = toPointer(['form', place, name]);
      if (Object.hasOwn(shape, name) || (place === 'application' && name === 'declarations')) {
        issues.push({
          file,
          pointer,
          message: {
            zh: `字段“${name}”与申报书模型在“${where}”下的字段重名：请另取名称（承诺事项写在 form.declarations 中）`,
            en: `field "${name}" is a name the model already has under ${place}: choose another (declarations go in form.declarations)`,
          },
        });
      }
      for (const message of fieldProblems(field)) issues.push({ file, pointer, message });
      if (field.type === 'group') {
        for (const [inner, f] of Object.entries(field.fields)) {
          for (const message of fieldProblems(f)) {
            issues.push({ file, pointer: toPointer(['form', place, name, 'fields', inner]), message });
          }
        }
      }
    }
  }
  (form.omit ?? []).forEach((path, i) => {
    const [shape, key, where] = path.startsWith('lead.')
      ? [Lead.shape as Shape, path.slice('lead.'.length), '申报（牵头）单位']
      : [Application.shape as Shape, path, '申报书'];
    const field = Object.hasOwn(shape, key) ? shape[key] : undefined;
    if (field?._zod.optin === 'optional') return;
    issues.push({
      file,
      pointer: toPointer(['form', 'omit', i]),
      message:
        field === undefined
          ? {
              zh: `“${where}”下没有字段“${key}”，无法省略`,
              en: `the model has no field "${key}" under ${where === '申报书' ? 'the application' : 'the lead'} to omit`,
            }
          : {
              zh: `字段“${path}”是申报书模型的必填项，不能省略（只能省略选填项）`,
              en: `field "${path}" is required by the model and cannot be omitted (only optional fields can)`,
            },
    });
  });
  return issues;
}
