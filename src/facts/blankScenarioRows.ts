import type { Scenario } from '../model/schema.js';
import { distinctScenarios } from './distinctScenarios.js';

/** A 应用场景 row with neither code nor name. */
export interface BlankRow {
  readonly reason: 'blank-row';
  /** 1-based, as a clerk counts rows. */
  readonly row: number;
  readonly pointer: string;
}

/**
 * 空白的应用场景行: rows with neither code nor name, which are no scenario (clauses.md edition 3).
 *
 * @example
 * blankScenarioRows([{ code: '', name: ' ', binding: false, level: null }]) //=> [{ reason: 'blank-row', row: 1, pointer: '/lead/assessment/scenarios/0' }]
 */
export function blankScenarioRows(scenarios: readonly Scenario[]): BlankRow[] {
  return distinctScenarios(scenarios).blank.map((i) => ({
    reason: 'blank-row',
    row: i + 1,
    pointer: `/lead/assessment/scenarios/${i}`,
  }));
}
