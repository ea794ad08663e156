import type { Message } from './issue.js';
import { labelAt, type ZodSchema } from './labelAt.js';
import { pointerPath } from './paths.js';
import { Application } from './schema.js';

/** Where a top-level part of the 申报书 stands in the template: 表一, 表二, 三, 四, 五. */
const parts: Readonly<Record<string, Message>> = Object.freeze({
  lead: { zh: '表一申报（牵头）单位', en: 'Table 1, lead unit' },
  recommender: { zh: '表一推荐单位', en: 'Table 1, recommending body' },
  participants: { zh: '表二参与单位', en: 'Table 2, participant' },
  narrative: { zh: '三、项目情况及成效', en: 'Section 3' },
  attachments: { zh: '五、其他材料', en: 'Section 5, attachment' },
  consortium: { zh: '联合体情况', en: 'Consortium' },
  beltAndRoad: { zh: '“一带一路”申报情况', en: 'Belt and Road' },
});

type PathStep = string | number;

const section4: Message = { zh: '四、单位分工情况', en: 'Section 4' };
const cover: Message = { zh: '申报书封面', en: 'Cover page' };

/**
 * A field of the 申报书 as a clerk writes it in a 补正通知: the table and row, then the field's own
 * label, never a JSON Pointer.
 *
 * @example
 * fieldLabel('/participants/2/creditCode').zh //=> '表二参与单位第3项的“统一社会信用代码”'
 * fieldLabel('/lead/contact/phone').zh //=> '表一申报（牵头）单位的“联系电话”'
 */
export function fieldLabel(pointer: string, schema?: ZodSchema): Message {
  // Worked out once per pointer and form: a 补正通知 names the same few fields again and again.
  let known = labels.get(schema ?? Application);
  if (known === undefined) {
    known = new Map();
    labels.set(schema ?? Application, known);
  }
  const found = known.get(pointer);
  if (found !== undefined) return { zh: found.zh, en: found.en };
  const label = schema !== undefined ? formFieldLabel(pointer, schema) : templateFieldLabel(pointer);
  if (known.size < 10_000) known.set(pointer, label);
  return { zh: label.zh, en: label.en };
}

const labels = new WeakMap<ZodSchema, Map<string, Message>>();

/** A field of 昌吉's template: its table (表一, 表二…) and row, then its own label. */
function templateFieldLabel(pointer: string): Message {
  const path = pointerPath(pointer);
  const [top, ...rest] = path;
  if (top === undefined) return { zh: '申报书', en: 'The application' };
  const key = String(top);
  const part = key === 'narrative' && rest[0] === 'divisionOfLabour' ? section4 : (parts[key] ?? cover);
  let head = { zh: part.zh, en: part.en };
  let steps = key in parts ? rest : path;
  if (key === 'participants' || key === 'attachments') {
    const index = rest[0];
    if (typeof index === 'number') {
      head = { zh: `${part.zh}第${index + 1}项`, en: `${part.en} ${index + 1}` };
      steps = rest.slice(1);
    }
  }
  // 四、单位分工情况 is itself the field: its heading says all.
  return withSteps(head, part === section4 && steps.length === 1 ? [] : steps, path, Application);
}

/**
 * `head` followed by the labels of `steps` (the end of `path`): a list's label with its row, and the
 * field's own label; the groups between (联系人 of 联系电话) go unsaid.
 */
function withSteps(head: Message, steps: readonly PathStep[], path: readonly PathStep[], schema: ZodSchema): Message {
  const zh: string[] = [];
  const en: string[] = [];
  const lastNamed = steps.findLastIndex((s) => typeof s !== 'number');
  for (let i = 0; i < steps.length; i++) {
    if (typeof steps[i] === 'number') continue;
    if (i !== lastNamed && typeof steps[i + 1] !== 'number') continue;
    const label = labelAt(schema, path.slice(0, path.length - steps.length + i + 1));
    const next = steps[i + 1];
    const row = typeof next === 'number' ? next + 1 : undefined;
    zh.push(`“${label.label}”${row === undefined ? '' : `第${row}项`}`);
    en.push(`${label.labelEn}${row === undefined ? '' : ` ${row}`}`);
  }
  if (zh.length === 0) return head;
  return { zh: `${head.zh}的${zh.join('的')}`, en: `${head.en}: ${en.join(', ')}` };
}

/**
 * A field named by the labels of a notice's own form (a pack with a `form`), whose parts are not
 * 昌吉's 表一/表二: the part's label and row, then the field's own label.
 *
 * @example
 * formFieldLabel('/lead/employees', yinchuanSchema).zh //=> '申报（牵头）单位的“从业人员（人）”'
 * formFieldLabel('/spending/other', yinchuanSchema).zh //=> '项目投入构成（万元）的“其他投入”'
 */
export function formFieldLabel(pointer: string, schema: ZodSchema): Message {
  const path = pointerPath(pointer);
  const [top, ...rest] = path;
  if (top === undefined) return { zh: '申报书', en: 'The application' };
  const labelOf = (upTo: number) => labelAt(schema, path.slice(0, upTo));
  if (rest.length === 0) {
    const own = labelOf(1);
    return { zh: `申报书的“${own.label}”`, en: `The application: ${own.labelEn}` };
  }
  const part = labelOf(1);
  let head = { zh: part.label, en: part.labelEn };
  let steps = rest;
  if (typeof rest[0] === 'number') {
    head = { zh: `${part.label}第${rest[0] + 1}项`, en: `${part.labelEn} ${rest[0] + 1}` };
    steps = rest.slice(1);
  }
  return withSteps(head, steps, path, schema);
}
