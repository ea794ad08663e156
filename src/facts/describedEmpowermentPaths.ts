import { isDescribed } from '../model/isDescribed.js';
import type { Consortium } from '../model/schema.js';

/**
 * 已说明的赋能路径: which of the empowerment paths (technology, supplyChain, platform, ecosystem,
 * green: 技术、供应链、平台、生态、绿色赋能) are described, by their keys in the model.
 *
 * @example
 * describedEmpowermentPaths({ empowerment: { technology: '输出MES', green: '' }, … }) //=> ['technology']
 */
export function describedEmpowermentPaths(
  consortium: Consortium | undefined,
  emptyAnswers: readonly string[] = [],
): string[] {
  if (consortium === undefined) return [];
  return Object.entries(consortium.empowerment)
    .filter(([, text]) => typeof text === 'string' && isDescribed(text, emptyAnswers))
    .map(([key]) => key);
}
