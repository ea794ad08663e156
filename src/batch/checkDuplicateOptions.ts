import { resolveOptions } from '../evaluate/evaluate.js';
import { optionError } from '../evaluate/optionError.js';
import { excerpt } from '../model/describeZodIssue.js';
import type { FindDuplicatesOptions } from './findDuplicateConsortia.js';

/**
 * Check the options of `findDuplicateConsortia` (and of `findDuplicatesAmong`): throws a `TypeError`
 * or `RangeError` naming the first bad one, in Chinese and English, as `evaluate` does for its own
 * (`pack` and `asOf` are checked as `evaluate` checks them). Gives the options, `{}` for none.
 *
 * @example
 * checkDuplicateOptions({ contentSimilarity: 1.2 })
 * // throws RangeError: 选项 contentSimilarity：应为 0 到 1 之间的数，实际为1.2 / option contentSimilarity: …
 */
export function checkDuplicateOptions(options: unknown): FindDuplicatesOptions {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object') resolveOptions(options);
  const { asOf, pack, unitSimilarity, contentSimilarity, method, evidenceBudget } = options as Record<string, unknown>;
  // A key that is no option is a typo, said at once (as `evaluate` says it).
  const own = Object.fromEntries(Object.keys(options).map((k) => [k, undefined]));
  resolveOptions({ ...own, asOf, pack }, ['unitSimilarity', 'contentSimilarity', 'method', 'evidenceBudget']);
  for (const [name, value] of [
    ['unitSimilarity', unitSimilarity],
    ['contentSimilarity', contentSimilarity],
  ] as const) {
    if (value === undefined) continue;
    const zh = `应为 0 到 1 之间的数，实际为${excerpt(value)}`;
    const en = `must be a number from 0 to 1, found ${excerpt(value, 40, 'en')}`;
    if (typeof value !== 'number') throw optionError('type', name, zh, en);
    if (!(value >= 0 && value <= 1)) throw optionError('range', name, zh, en);
  }
  if (method !== undefined && method !== 'indexed' && method !== 'exhaustive') {
    throw optionError(
      'range',
      'method',
      `查找方式应为 indexed（按统一社会信用代码索引）或 exhaustive（逐对比较），实际为${excerpt(method)}`,
      `must be "indexed" or "exhaustive", found ${excerpt(method, 40, 'en')}`,
    );
  }
  checkEvidenceBudget(evidenceBudget);
  return options as FindDuplicatesOptions;
}

/**
 * Check an `evidenceBudget` (of `findDuplicateConsortia` or `evaluateBatch`): a number of characters,
 * 0 or more, `Infinity` for no bound, or `undefined` for the default.
 *
 * @example
 * checkEvidenceBudget(-1) // throws RangeError: 选项 evidenceBudget：相同段落的读取预算应为…
 */
export function checkEvidenceBudget(value: unknown): void {
  if (value === undefined) return;
  const zh = `相同段落的读取预算应为不小于 0 的字符数（Infinity 为不限），实际为${excerpt(value)}`;
  const en = `must be a number of characters, 0 or more (Infinity for no bound), found ${excerpt(value, 40, 'en')}`;
  if (typeof value !== 'number') throw optionError('type', 'evidenceBudget', zh, en);
  if (!(value >= 0)) throw optionError('range', 'evidenceBudget', zh, en);
}
