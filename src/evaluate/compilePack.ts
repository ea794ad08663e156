import { Engine, type RuleProperties, type TopLevelCondition } from 'json-rules-engine';
import { derivedFacts, type FactContext } from '../facts/registry.js';
import type { Direction } from '../model/enums.js';
import { customOperators } from '../operators/index.js';
import { type LoadedCheck, type RulePack, substituteParams } from '../pack/loadRulePack.js';
import { resolvePath } from './resolvePath.js';

/** The engines that run a pack's checks for one direction, with the parameters of one date. */
export interface CompiledChecks {
  /** Checks about the application or its lead: one run per application. */
  readonly applicationEngine: Engine;
  /** Checks about each unit: one run per unit. */
  readonly unitEngine: Engine;
  readonly hasUnitChecks: boolean;
  /** The checks the engines run, by ID. */
  readonly checks: ReadonlyMap<string, LoadedCheck>;
  /** Parameter values the rules were compiled with. */
  readonly parameters: Readonly<Record<string, unknown>>;
}

/** The names of the three steps of every rule. */
export const steps = { when: '@when', requires: '@requires', pass: '@pass' } as const;

function newEngine(): Engine {
  const engine = new Engine([], {
    allowUndefinedFacts: true,
    pathResolver: resolvePath,
    replaceFactsInEventParams: false,
  });
  for (const [name, operator] of Object.entries(customOperators)) engine.addOperator(name, operator);
  for (const [name, fact] of Object.entries(derivedFacts)) {
    engine.addFact(name, (params, almanac) =>
      almanac.factValue<FactContext>('context').then((context) => fact.compute(context, params as never)),
    );
  }
  return engine;
}

/**
 * A check as a json-rules-engine rule: `all` of three prioritised steps, so the engine stops at the
 * first that fails and the result says which: `@when` (the direction and the check's own `when`),
 * `@requires`, `@pass`.
 */
export function toEngineRule(check: LoadedCheck, parameters: Readonly<Record<string, unknown>>): RuleProperties {
  const when: TopLevelCondition[] = [
    { all: [{ fact: 'application', path: '$.direction', operator: 'in', value: check.directions }] },
  ];
  if (check.when) when.push(check.when as TopLevelCondition);
  const groups: TopLevelCondition[] = [{ all: when, priority: 3, name: steps.when } as TopLevelCondition];
  if (check.requires) {
    groups.push({ all: [check.requires as TopLevelCondition], priority: 2, name: steps.requires } as TopLevelCondition);
  }
  groups.push({ all: [check.pass as TopLevelCondition], priority: 1, name: steps.pass } as TopLevelCondition);
  const conditions = substituteParams({ all: groups }, (name) => parameters[name]) as TopLevelCondition;
  return { name: check.id, conditions, event: { type: check.id } };
}

const cache = new WeakMap<RulePack, Map<string, CompiledChecks>>();

/**
 * The engines for `direction`, built once per pack, direction and set of parameter values, then
 * reused. With `batch`, the checks that compare applications are included.
 */
export function compilePack(
  pack: RulePack,
  direction: Direction,
  parameters: Readonly<Record<string, unknown>>,
  parameterKey: string,
  batch: boolean,
): CompiledChecks {
  let byKey = cache.get(pack);
  if (byKey === undefined) {
    byKey = new Map();
    cache.set(pack, byKey);
  }
  const key = `${direction}|${batch}|${parameterKey}`;
  const cached = byKey.get(key);
  if (cached !== undefined) return cached;
  const applicationEngine = newEngine();
  const unitEngine = newEngine();
  const checks = new Map<string, LoadedCheck>();
  let hasUnitChecks = false;
  for (const check of pack.checks) {
    if (!check.directions.includes(direction)) continue;
    if (check.scope === 'batch' && !batch) continue;
    const rule = toEngineRule(check, parameters);
    if (check.subject === 'unit') {
      unitEngine.addRule(rule);
      hasUnitChecks = true;
    } else {
      applicationEngine.addRule(rule);
    }
    checks.set(check.id, check);
  }
  const compiled = { applicationEngine, unitEngine, hasUnitChecks, checks, parameters };
  if (byKey.size > 64) byKey.clear();
  byKey.set(key, compiled);
  return compiled;
}
