import type * as z from 'zod/mini';
import { describeZodIssue } from '../model/describeZodIssue.js';
import type { Message } from '../model/issue.js';

/**
 * A problem the pack schema found, in a pack author's words, Chinese first. A message the schema
 * writes itself (`'中文 / English'`, as for a fact path) is kept; the others are said as the
 * application's issues are (wrong type, too long, not one of…). Unknown keys are named.
 *
 * @example
 * describePackIssue({ code: 'invalid_type', expected: 'string', input: 3, path: ['clause'], message: '' })
 * //=> { zh: '应为文本，实际为数字：3', en: 'must be text, found a number: 3' }
 */
export function describePackIssue(issue: z.core.$ZodIssue): Message {
  if (issue.code === 'unrecognized_keys') {
    return {
      zh: `规则包不认识的字段：${issue.keys.join('、')}`,
      en: `unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`,
    };
  }
  if (issue.code === 'invalid_union') {
    return {
      zh: '不是规则包所允许的任何一种写法（条件应为 fact/operator/value 或 all/any/not 之一）',
      en: 'matches none of the allowed forms (a condition is fact/operator/value, or all/any/not)',
    };
  }
  const own = issue.message.split(' / ');
  if (own.length === 2 && own[0] && own[1]) return { zh: own[0], en: own[1] };
  const input = (issue as { input?: unknown }).input;
  return describeZodIssue(issue, input !== undefined).message;
}
