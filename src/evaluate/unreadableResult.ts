import { errorText } from '../model/describeZodIssue.js';
import type { Message } from '../model/issue.js';
import type { InvalidEvaluation } from './checkResult.js';

/**
 * The answer for something that could not be read or evaluated at all: one issue at the root,
 * labelled with what it is (申报书, or 文件 for a file the command line could not read).
 *
 * @example
 * unreadableResult({ zh: '文件为空', en: 'the file is empty' }, 'a.json')
 */
export function unreadableResult(message: Message, where = '申报书'): InvalidEvaluation {
  return {
    verdict: 'invalid',
    errors: [{ code: 'unreadable', path: [], pointer: '', label: where, labelEn: where, where, message }],
  };
}

/** The answer when evaluation itself failed: a defect of the library, reported, never thrown. */
export function evaluationFailed(error: unknown): InvalidEvaluation {
  const text = errorText(error, 200);
  return unreadableResult({ zh: `评估时出错：${text}`, en: `evaluation failed: ${text}` });
}
