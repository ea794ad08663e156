import type { Message } from '../model/issue.js';

/**
 * A bad option is the caller's mistake, not the applicant's: thrown (or rejected) as a `TypeError`
 * (not the right kind of thing) or a `RangeError` (not one of the values allowed), naming the option,
 * in Chinese and English; never an issue of the application. `option` carries its name, `text` its words.
 *
 * @example
 * optionError('range', 'stage', '评审阶段应为 submission 或 selection', 'must be "submission" or "selection"').message
 * //=> '选项 stage：评审阶段应为 submission 或 selection / option stage: must be "submission" or "selection"'
 */
export function optionError(
  kind: 'type' | 'range',
  option: string,
  zh: string,
  en: string,
): (TypeError | RangeError) & { option: string; text: Message } {
  const text = { zh: `选项 ${option}：${zh}`, en: `option ${option}: ${en}` };
  const message = `${text.zh} / ${text.en}`;
  return Object.assign(kind === 'type' ? new TypeError(message) : new RangeError(message), { option, text });
}
