import type { Scenario } from '../model/schema.js';

/** The scenarios counted once each, and those entered more than once. */
export interface DistinctScenarios {
  /** One entry per scenario: the one at the highest level where it was entered more than once. */
  readonly scenarios: readonly Scenario[];
  /** Scenarios entered more than once, each named once, in the order first entered. */
  readonly repeated: readonly Scenario[];
}

/** A scenario is the same scenario when its `code` is, or, with no code, its name. */
function keyOf(scenario: Scenario): string {
  const code = scenario.code.replace(/\s/g, '').toUpperCase();
  return code !== '' ? `code:${code}` : `name:${scenario.name.replace(/\s/g, '')}`;
}

const rank = (level: number | null) => (level === null ? 0 : level);

/**
 * 应用场景去重: each 数字化经营应用场景 counted once (by `code`, else by name). A scenario entered twice
 * counts at the highest level it was given, and is named among the repeats.
 *
 * @example
 * distinctScenarios([s01AtLevel2, s01AtLevel3]).scenarios //=> [s01AtLevel3]
 */
export function distinctScenarios(scenarios: readonly Scenario[]): DistinctScenarios {
  const byKey = new Map<string, Scenario>();
  const repeated = new Map<string, Scenario>();
  for (const scenario of scenarios) {
    const key = keyOf(scenario);
    const seen = byKey.get(key);
    if (seen === undefined) {
      byKey.set(key, scenario);
      continue;
    }
    if (!repeated.has(key)) repeated.set(key, seen);
    if (rank(scenario.level) > rank(seen.level)) byKey.set(key, scenario);
  }
  return { scenarios: [...byKey.values()], repeated: [...repeated.values()] };
}
