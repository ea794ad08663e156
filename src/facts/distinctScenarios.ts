import { normalizeKey } from '../model/normalizeKey.js';
import type { Scenario } from '../model/schema.js';
import { derivedOnceOf } from './derivedOnce.js';
import { choiceIn, type Reading } from './reading.js';

/** One scenario as entered, in one or more rows. */
export interface ScenarioGroup {
  /** The rows (0-based, in the order given) that enter it. */
  readonly rows: readonly number[];
  /** The doubt's key, when its rows disagree on level or binding (see `doubtsOf`). */
  readonly key: string;
  /** Its readings: each distinct (binding, level) its rows give, as the first row giving it. */
  readonly variants: readonly number[];
}

/** The scenarios counted once each, and those entered more than once. */
export interface DistinctScenarios {
  /** One entry per scenario, as the reading reads it. */
  readonly scenarios: readonly Scenario[];
  /** Scenarios entered more than once, each named once by its first entry, in the order their repeats come. */
  readonly repeated: readonly Scenario[];
  /** Each scenario and the rows that enter it. */
  readonly groups: readonly ScenarioGroup[];
  /** Rows with neither code nor name: not entries (0-based). */
  readonly blank: readonly number[];
}

/** Union-find over rows: the representative of `i`. */
function rootOf(parent: number[], i: number): number {
  let r = i;
  while (parent[r] !== r) r = parent[r] as number;
  while (parent[i] !== r) {
    const next = parent[i] as number;
    parent[i] = r;
    i = next;
  }
  return r;
}

/** The rows grouped into scenarios: once per evaluation for all its checks (see `derivedOnceOf`). */
function grouped(scenarios: readonly Scenario[]): Omit<DistinctScenarios, 'scenarios'> {
  return derivedOnceOf(scenarios, groupedNow);
}

function groupedNow(scenarios: readonly Scenario[]): Omit<DistinctScenarios, 'scenarios'> {
  const parent = scenarios.map((_, i) => i);
  const blank: number[] = [];
  const byCode = new Map<string, number>();
  const byName = new Map<string, number>();
  let merged = false;
  const join = (keys: Map<string, number>, key: string, i: number) => {
    if (key === '') return;
    const at = keys.get(key);
    if (at === undefined) keys.set(key, i);
    else {
      parent[rootOf(parent, i)] = rootOf(parent, at);
      merged = true;
    }
  };
  scenarios.forEach((s, i) => {
    const code = normalizeKey(s.code);
    const name = normalizeKey(s.name);
    if (code === '' && name === '') {
      blank.push(i);
      return;
    }
    // Rows are one scenario when their codes match or their names match (edition 3).
    join(byCode, code, i);
    join(byName, name, i);
  });
  const groups: ScenarioGroup[] = [];
  const repeated: Scenario[] = [];
  if (!merged) {
    // No two rows share a code or a name (the common case): each row is a scenario of its own.
    const isBlank = new Set(blank);
    for (let i = 0; i < scenarios.length; i++) {
      if (!isBlank.has(i)) groups.push({ rows: [i], key: `scenario:${i}`, variants: [i] });
    }
    return { repeated, groups, blank };
  }
  const members = new Map<number, number[]>();
  scenarios.forEach((_, i) => {
    if (blank.includes(i)) return;
    const r = rootOf(parent, i);
    const list = members.get(r);
    if (list === undefined) members.set(r, [i]);
    else list.push(i);
  });
  for (const rows of [...members.values()].sort((a, b) => (a[0] as number) - (b[0] as number))) {
    const variants: number[] = [];
    const seen = new Set<string>();
    for (const r of rows) {
      const s = scenarios[r] as Scenario;
      const v = `${s.binding}:${s.level}`;
      if (!seen.has(v)) {
        seen.add(v);
        variants.push(r);
      }
    }
    const first = scenarios[rows[0] as number] as Scenario;
    groups.push({ rows, key: `scenario:${rows[0]}`, variants });
    if (rows.length > 1) repeated.push(first);
  }
  return { repeated, groups, blank };
}

/**
 * 应用场景去重 (clauses.md edition 3): rows are one 数字化经营应用场景 when their codes match or their
 * names match (compared by `normalizeKey`, and through each other); a row with neither code nor name is
 * no entry. A scenario whose rows disagree on level or binding is read as the reading says (its first
 * row by default): see `doubtsOf`.
 *
 * @example
 * distinctScenarios([s01AtLevel2, s01AtLevel2Again]).scenarios.length //=> 1
 */
export function distinctScenarios(scenarios: readonly Scenario[], reading?: Reading): DistinctScenarios {
  const { repeated, groups, blank } = grouped(scenarios);
  const counted = groups.map(
    (g) => scenarios[g.variants[Math.min(choiceIn(reading, g.key), g.variants.length - 1)] as number] as Scenario,
  );
  return { scenarios: counted, repeated, groups, blank };
}
