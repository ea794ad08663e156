import type { RuleProperties, TopLevelCondition } from 'json-rules-engine';
import { derivedFacts } from '../facts/registry.js';
import { deepFreeze } from '../model/deepFreeze.js';
import type { Direction } from '../model/enums.js';
import { factPathSteps, type StepsRead } from '../model/paths.js';
import type { PackEdition } from '../pack/editionOf.js';
import type { LoadedCheck, RulePack } from '../pack/loadRulePack.js';
import { substituteParams } from '../pack/paramRefs.js';
import { compileRuleConditions, type FactRun, FactSlots } from './compileRule.js';
import type { RuleFrame, RuleShape } from './ruleFrame.js';

/**
 * A pack's checks for one direction and number of units, with one date's parameters: the rules
 * json-rules-engine would run (per-unit rules expanded once per unit: `id#0` the lead, `id#n`
 * participant n), and the same rules compiled to closures over a table of fact slots.
 */
export interface CompiledChecks {
  /** The checks that concern the direction, by ID (those with a parameter not in effect have no rule). */
  readonly checks: ReadonlyMap<string, LoadedCheck>;
  /** Those that have rules. */
  readonly runnable: readonly LoadedCheck[];
  /** Parameter values the rules were compiled with. */
  readonly parameters: Readonly<Record<string, unknown>>;
  /** The rules as json-rules-engine takes them (the reference: `engine: 'json-rules-engine'`). */
  readonly engineRules: readonly RuleProperties[];
  /** The facts the rules read, one slot each. */
  readonly slots: FactSlots;
  /** Each rule compiled, by rule name, in the order json-rules-engine is given them. */
  readonly targets: ReadonlyMap<string, CompiledRule>;
  /** The same, as a list. */
  readonly rules: readonly CompiledRule[];
  /** Positions of a frame of one run: every rule's conditions, each at its base. */
  readonly frameSize: number;
}

/** One rule compiled: its conditions' shape and closure, where its results go in a frame, its `details`. */
export interface CompiledRule {
  readonly name: string;
  readonly shape: RuleShape;
  /** Its position in a run's frame. */
  readonly base: number;
  readonly run: (run: FactRun, frame: RuleFrame, base: number) => void;
  /** Its `details` as fact slots and paths. */
  readonly details: readonly DetailRef[];
}

/** A detail of a rule: its name, and the fact slot and path steps it is read from (see `FactRun.valueAtSteps`). */
export interface DetailRef {
  readonly name: string;
  readonly slot: number;
  readonly steps: StepsRead;
}

/** The derived facts a list of checks names, in conditions and in details. */
export function factsNamedBy(checks: readonly LoadedCheck[]): Set<string> {
  const names = new Set<string>();
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) {
      const fact = (value as { fact?: unknown }).fact;
      if (typeof fact === 'string' && Object.hasOwn(derivedFacts, fact)) names.add(fact);
      Object.values(value).forEach(visit);
    }
  };
  visit(checks);
  return names;
}

/** The derived facts the engine registers for a list of checks (and `unitAt`, for per-unit rules). */
export function registeredFacts(checks: readonly LoadedCheck[]): Set<string> {
  return new Set([...factsNamedBy(checks), 'unitAt']);
}

/**
 * A check as a json-rules-engine rule: `all` of up to three prioritised steps, the check's own
 * conditions in order `when` (priority 3), `requires` (2), `pass` (1), so the engine stops at the first
 * that fails and the result says which (see {@link stepsOf}). The check's directions are not a
 * condition: engines are built per direction (see {@link compilePack}).
 */
export function toEngineRule(check: LoadedCheck, parameters: Readonly<Record<string, unknown>>): RuleProperties {
  const groups: TopLevelCondition[] = [];
  if (check.when) groups.push({ ...check.when, priority: 3 } as TopLevelCondition);
  if (check.requires) groups.push({ ...check.requires, priority: 2 } as TopLevelCondition);
  groups.push({ ...check.pass, priority: 1 } as TopLevelCondition);
  const conditions = withParameterValues({ all: groups }, parameters) as TopLevelCondition;
  return { name: check.id, conditions, event: { type: check.id } };
}

/** The evaluated steps of a rule made by {@link toEngineRule}, found by their position. */
export function stepsOf<T>(
  check: LoadedCheck,
  groups: readonly T[],
): { when: T | undefined; requires: T | undefined; pass: T | undefined } {
  let i = 0;
  const when = check.when ? groups[i++] : undefined;
  const requires = check.requires ? groups[i++] : undefined;
  return { when, requires, pass: groups[i] };
}

/**
 * Put parameter values into the conditions' `value`s. A fact's `params` keep their `{ param }`
 * references, resolved when the fact is computed: json-rules-engine clones every condition and hashes
 * every fact's params on each run, so large values there (the template's field list) would cost on
 * every evaluation.
 */
function withParameterValues(condition: unknown, parameters: Readonly<Record<string, unknown>>): unknown {
  if (Array.isArray(condition)) return condition.map((c) => withParameterValues(c, parameters));
  if (typeof condition !== 'object' || condition === null) return condition;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(condition)) {
    if (key === 'params') out[key] = value;
    // Frozen: a result's `required` carries this very value in every evaluation.
    else if (key === 'value') out[key] = deepFreeze(substituteParams(value, (p) => parameters[p]));
    else out[key] = withParameterValues(value, parameters);
  }
  return out;
}

/**
 * A per-unit condition (or fact reference) made about unit `index`: the runtime fact `unit` becomes
 * `unitAt`, and every per-unit derived fact is given the unit's index in its params.
 */
export function forUnit(condition: unknown, index: number): unknown {
  if (Array.isArray(condition)) return condition.map((c) => forUnit(c, index));
  if (typeof condition !== 'object' || condition === null) return condition;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(condition)) out[key] = key === 'params' ? value : forUnit(value, index);
  const fact = out.fact;
  if (fact === 'unit') {
    out.fact = 'unitAt';
    out.params = { unit: index };
  } else if (typeof fact === 'string' && derivedFacts[fact]?.scope === 'unit') {
    out.params = { ...((out.params as Record<string, unknown> | undefined) ?? {}), unit: index };
  }
  return out;
}

const unitRuleNames = new Map<string, string[]>();
/** Names kept for the first units only: a consortium of thousands would otherwise pin them all. */
const keptUnits = 128;

/**
 * The name of a per-unit check's rule about unit `index` (`id#0` the lead, `id#n` participant n):
 * for the first units, the same string every time, so that looking a rule's result up by it
 * compares by identity.
 *
 * @example
 * unitRuleName('basic.registered-in-china', 2) //=> 'basic.registered-in-china#2'
 */
export function unitRuleName(id: string, index: number): string {
  if (index >= keptUnits) return `${id}#${index}`;
  let names = unitRuleNames.get(id);
  if (names === undefined) {
    names = [];
    unitRuleNames.set(id, names);
  }
  names[index] ??= `${id}#${index}`;
  return names[index];
}

/** The json-rules-engine rules for a direction: per-application checks once, per-unit checks once per unit. */
export function rulesFor(
  checks: readonly LoadedCheck[],
  parameters: Readonly<Record<string, unknown>>,
  unitCount: number,
): RuleProperties[] {
  return checks.flatMap((check) => {
    const rule = toEngineRule(check, parameters);
    if (check.subject !== 'unit') return [rule];
    return Array.from({ length: unitCount }, (_, index) => ({
      ...rule,
      name: unitRuleName(check.id, index),
      conditions: forUnit(rule.conditions, index) as TopLevelCondition,
    }));
  });
}

/**
 * The checks of a pack's edition that concern a direction (with `batch`, those across applications
 * too). With no direction chosen yet (a draft), those that concern every direction of the pack.
 */
export function checksFor(edition: PackEdition, direction: Direction | undefined, batch: boolean): LoadedCheck[] {
  const { directions } = edition.vocabularies;
  const concerns = (check: LoadedCheck) =>
    direction === undefined
      ? directions.every((d) => (check.directions as readonly string[]).includes(d))
      : check.directions.includes(direction);
  return edition.checks.filter((check) => concerns(check) && (check.scope !== 'batch' || batch));
}

const cache = new WeakMap<RulePack, Map<string, CompiledChecks>>();

/** A check's `details` for a rule: each reference made about the rule's unit, as a slot and a path. */
function detailsFor(check: LoadedCheck, unitIndex: number | undefined, slots: FactSlots) {
  return Object.entries(check.details ?? {}).map(([name, ref]) => {
    const asked = (unitIndex === undefined ? ref : forUnit(ref, unitIndex)) as typeof ref;
    return {
      name,
      slot: slots.slotOf(asked.fact, asked.params ?? {}),
      steps: asked.path ? factPathSteps(asked.path) : null,
    };
  });
}

/**
 * The compiled checks for `direction` and `unitCount` units (the lead and the participants), built
 * once per pack edition (its key), direction and unit count, then reused. With `batch`, the checks
 * that compare applications are included. The edition's unresolved checks (a parameter with no value
 * yet on its date) concern the direction but get no rule.
 */
export function compilePack(
  edition: PackEdition,
  direction: Direction | undefined,
  batch: boolean,
  unitCount: number,
): CompiledChecks {
  const { pack, parameters } = edition;
  const unresolved = new Set(edition.unresolvedChecks);
  let byKey = cache.get(pack);
  if (byKey === undefined) {
    byKey = new Map();
    cache.set(pack, byKey);
  }
  const key = `${direction}|${batch}|${unitCount}|${edition.key}`;
  const cached = byKey.get(key);
  if (cached !== undefined) return cached;
  const selected = checksFor(edition, direction, batch);
  const runnable = selected.filter((check) => !unresolved.has(check.id));
  const rules = rulesFor(runnable, parameters, unitCount);
  const slots = new FactSlots(parameters, registeredFacts(runnable));
  const details = new Map<string, DetailRef[]>();
  for (const check of runnable) {
    if (check.details === undefined) continue;
    if (check.subject !== 'unit') details.set(check.id, detailsFor(check, undefined, slots));
    else for (let i = 0; i < unitCount; i++) details.set(unitRuleName(check.id, i), detailsFor(check, i, slots));
  }
  const targets = new Map<string, CompiledRule>();
  let frameSize = 0;
  for (const rule of rules) {
    const name = rule.name as string;
    const { shape, run } = compileRuleConditions(rule.conditions as never, slots);
    targets.set(name, { name, shape, base: frameSize, run, details: details.get(name) ?? [] });
    frameSize += shape.nodes.length;
  }
  const result: CompiledChecks = {
    checks: new Map(selected.map((check) => [check.id, check])),
    runnable,
    parameters,
    engineRules: rules,
    slots,
    targets,
    rules: [...targets.values()],
    frameSize,
  };
  if (byKey.size > 256) byKey.clear();
  byKey.set(key, result);
  return result;
}
