import { labelAt } from '../model/labelAt.js';
import type { Consortium } from '../model/schema.js';
import { Consortium as ConsortiumSchema } from '../model/schema.js';

/**
 * 已说明的赋能路径: which of 技术、供应链、平台、生态、绿色赋能 are described, by their Chinese names.
 *
 * @example
 * describedEmpowermentPaths({ empowerment: { technology: '输出MES', green: '' }, … }) //=> ['技术赋能']
 */
export function describedEmpowermentPaths(consortium: Consortium | undefined): string[] {
  if (consortium === undefined) return [];
  return Object.entries(consortium.empowerment)
    .filter(([, text]) => typeof text === 'string' && text.trim() !== '')
    .map(([key]) => pathLabel(key));
}

const labels = new Map<string, string>();

/** The Chinese name of an empowerment path, read once from the schema. */
function pathLabel(key: string): string {
  let label = labels.get(key);
  if (label === undefined) {
    label = labelAt(ConsortiumSchema, ['empowerment', key]).label;
    labels.set(key, label);
  }
  return label;
}
