import type { Scenario } from '../model/schema.js';
import { distinctScenarios } from './distinctScenarios.js';
import type { Reading } from './reading.js';

/**
 * 达到某等级及以上的数字化经营应用场景数: how many scenarios are at `level` or above, each counted once
 * (see `distinctScenarios`). 未定级 (`null`) is below every level.
 *
 * @example
 * scenariosAtLevel([{ code: 'S01', name: '产品设计', binding: true, level: 2 }], 2) //=> 1
 */
export function scenariosAtLevel(scenarios: readonly Scenario[], level: number, reading?: Reading): number {
  return distinctScenarios(scenarios, reading).scenarios.filter((s) => s.level !== null && s.level >= level).length;
}
