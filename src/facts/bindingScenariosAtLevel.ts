import type { Scenario } from '../model/schema.js';
import { distinctScenarios } from './distinctScenarios.js';
import type { Reading } from './reading.js';

/**
 * 达到某等级及以上的约束性场景数: how many 约束性 (binding) scenarios are at `level` or above, each
 * counted once (see `distinctScenarios`).
 *
 * @example
 * bindingScenariosAtLevel([{ code: 'S07', name: '质量管理', binding: false, level: 3 }], 2) //=> 0
 */
export function bindingScenariosAtLevel(scenarios: readonly Scenario[], level: number, reading?: Reading): number {
  return distinctScenarios(scenarios, reading).scenarios.filter(
    (s) => s.binding && s.level !== null && s.level >= level,
  ).length;
}
