import type { Scenario } from '../model/schema.js';
import { distinctScenarios } from './distinctScenarios.js';

/**
 * 重复填报的应用场景: each scenario entered more than once, named by its code and name as given.
 *
 * @example
 * repeatedScenarios([s03, s03Again]) //=> ['S03 质量管理']
 */
export function repeatedScenarios(scenarios: readonly Scenario[]): string[] {
  return distinctScenarios(scenarios).repeated.map((s) => [s.code.trim(), s.name.trim()].filter(Boolean).join(' '));
}
