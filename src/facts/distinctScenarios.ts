import type { Scenario } from '../model/schema.js';

/** The scenarios counted once each, and those entered more than once. */
export interface DistinctScenarios {
  /** One entry per scenario: the one at the highest level where it was entered more than once. */
  readonly scenarios: readonly Scenario[];
  /** Scenarios entered more than once, each named once by its first entry, in the order their repeats come. */
  readonly repeated: readonly Scenario[];
}

/** A code written as most are (capitals, digits, no white space): its own key, mended by nothing. */
const plainCode = /^[0-9A-Z]*$/;

/** A scenario's code as it is compared: white space removed, upper case. */
const codeOf = (scenario: Scenario) =>
  plainCode.test(scenario.code) ? scenario.code : scenario.code.replace(/\s/g, '').toUpperCase();

const rank = (level: number | null) => (level === null ? 0 : level);

/**
 * 应用场景去重: each 数字化经营应用场景 counted once (by `code`, else by name). A scenario entered twice
 * counts at the highest level it was given, and is named among the repeats.
 *
 * @example
 * distinctScenarios([s01AtLevel2, s01AtLevel3]).scenarios //=> [s01AtLevel3]
 */
export function distinctScenarios(scenarios: readonly Scenario[]): DistinctScenarios {
  // A scenario is the same scenario when its code is, or, with no code, its name: a key of each
  // kind in a map of its own, so that no code can pass for a name.
  const byCode = new Map<string, number>();
  const byName = new Map<string, number>();
  const counted: Scenario[] = [];
  const repeated: Scenario[] = [];
  const repeatedAt = new Set<number>();
  for (const scenario of scenarios) {
    const code = codeOf(scenario);
    const keys = code !== '' ? byCode : byName;
    const key = code !== '' ? code : scenario.name.replace(/\s/g, '');
    const at = keys.get(key);
    if (at === undefined) {
      keys.set(key, counted.length);
      counted.push(scenario);
      continue;
    }
    const seen = counted[at] as Scenario;
    // Named as first entered: no later entry has taken its place before its first repeat.
    if (!repeatedAt.has(at)) {
      repeatedAt.add(at);
      repeated.push(seen);
    }
    if (rank(scenario.level) > rank(seen.level)) counted[at] = scenario;
  }
  return { scenarios: counted, repeated };
}
