import { derivedFacts, type FactContext } from '../facts/registry.js';
import { codeAllowed } from '../model/codeAllowed.js';
import { deepFreeze } from '../model/deepFreeze.js';
import { factPathSteps, type StepsRead, valueAtKeys } from '../model/paths.js';
import type { Application } from '../model/schema.js';
import { allOperators } from '../operators/index.js';
import { substituteParams } from '../pack/paramRefs.js';
import { conditionsAsCode, type LeafReads, type Test } from './conditionsAsCode.js';
import { type ConditionShape, type RuleFrame, type RuleShape, type ShapeNode, shapeOf } from './ruleFrame.js';

/**
 * The facts of one evaluation, each computed at most once: a slot per fact and params, as the pack
 * was compiled (see {@link FactSlots}).
 */
export class FactRun {
  /** Each slot's value once computed; a hole before (`nothing` for a fact that is `undefined`). */
  readonly #values: unknown[];
  constructor(
    readonly slots: FactSlots,
    readonly context: FactContext,
  ) {
    this.#values = new Array(slots.size);
  }

  /** The value of a slot, computed on first use. */
  value(slot: number): unknown {
    const known = this.#values[slot];
    if (known !== undefined) return known === nothing ? undefined : known;
    const value = this.slots.compute(slot, this.context);
    this.#values[slot] = value === undefined ? nothing : value;
    return value;
  }

  /**
   * A fact's value at a path, as json-rules-engine reads it: the path applies to an object; anything
   * else (a number, `undefined`) is returned as it is. The path's steps are read once, when the pack
   * was compiled (see `factPathSteps`: `null` for no path, `undefined` for one outside the language).
   */
  valueAtSteps(slot: number, steps: StepsRead): unknown {
    const value = this.value(slot);
    if (steps === null) return value;
    if (value === null || typeof value !== 'object') return value;
    return steps === undefined ? undefined : valueAtKeys(value, steps);
  }
}

type Compute = (context: FactContext) => unknown;

/** A computed fact whose value is `undefined`. */
const nothing: unique symbol = Symbol('nothing');

/**
 * The facts a compiled pack reads, one slot per fact and params (params with the parameters of the
 * date put in), so that each is computed once per evaluation and looked up by index, not by hashing.
 * The runtime facts are `application` and `context`; a fact the engine would not know is `undefined`.
 */
export class FactSlots {
  readonly #computes: Compute[] = [];
  readonly #index = new Map<string, number>();
  constructor(
    readonly parameters: Readonly<Record<string, unknown>>,
    readonly known: ReadonlySet<string>,
  ) {}

  get size(): number {
    return this.#computes.length;
  }

  /** The slot of `fact` with `params` (as a rule writes them: `{ param }` references allowed). */
  slotOf(fact: string, params: unknown): number {
    // Frozen: a fact may answer with a part of its params (a list of roles), which results then carry.
    const resolved = deepFreeze(substituteParams(params ?? {}, (p) => this.parameters[p]));
    const key = `${fact}\u0000${JSON.stringify(resolved)}`;
    const found = this.#index.get(key);
    if (found !== undefined) return found;
    const slot = this.#computes.length;
    this.#computes.push(this.#computeOf(fact, resolved));
    this.#index.set(key, slot);
    return slot;
  }

  compute(slot: number, context: FactContext): unknown {
    return (this.#computes[slot] as Compute)(context);
  }

  #computeOf(fact: string, params: unknown): Compute {
    if (fact === 'application') return (c) => c.application satisfies Application;
    if (fact === 'context') return (c) => c;
    const definition = derivedFacts[fact];
    if (definition === undefined || !this.known.has(fact)) return () => undefined;
    return (c) => definition.compute(c, params as never);
  }
}

/** A compiled condition: evaluates against a run, writes what it gave into the frame, and says whether it held. */
type Evaluate = (run: FactRun, frame: RuleFrame, base: number) => unknown;

/** A condition of a rule as json-rules-engine takes it. */
export interface RuleCondition extends ConditionShape<RuleCondition> {
  readonly priority?: number;
  readonly params?: unknown;
  readonly value?: unknown;
}

const isFactReference = (value: unknown): value is { fact: string; params?: unknown; path?: string } =>
  value !== null && typeof value === 'object' && Object.hasOwn(value, 'fact');

function compileLeaf(condition: RuleCondition, at: number, slots: FactSlots): Evaluate {
  const { reads, test } = leafReads(condition, slots);
  const { slot, steps, value, valueSlot, valueSteps } = reads;
  if (valueSlot < 0) {
    return (run, frame, base) => {
      const factResult = run.valueAtSteps(slot, steps);
      const result = test(factResult, value);
      frame.factResult[base + at] = factResult;
      frame.valueResult[base + at] = value;
      frame.result[base + at] = result;
      return result;
    };
  }
  return (run, frame, base) => {
    const valueResult = run.valueAtSteps(valueSlot, valueSteps);
    const factResult = run.valueAtSteps(slot, steps);
    const result = test(factResult, valueResult);
    frame.factResult[base + at] = factResult;
    frame.valueResult[base + at] = valueResult;
    frame.result[base + at] = result;
    return result;
  };
}

/** What a leaf reads, as `compileLeaf` works it out (the same slots, in the same order). */
function leafReads(condition: RuleCondition, slots: FactSlots): { reads: LeafReads; test: Test; operator: string } {
  const { fact = '', path, operator = '', value } = condition;
  const test = allOperators[operator];
  if (test === undefined) throw new Error(`Unknown operator: ${operator}`);
  const slot = slots.slotOf(fact, condition.params);
  const valueRef = isFactReference(value) ? value : undefined;
  const valueSlot = valueRef === undefined ? -1 : slots.slotOf(valueRef.fact, valueRef.params);
  const stepsOf = (p: string | undefined) => (p ? factPathSteps(p) : null);
  const reads = { slot, steps: stepsOf(path), value, valueSlot, valueSteps: stepsOf(valueRef?.path) };
  return { reads, test, operator };
}

/** The positions of conditions by priority, highest first, as json-rules-engine groups them (1 when not given). */
function prioritySets(conditions: readonly RuleCondition[]): number[][] {
  const sets = new Map<number, number[]>();
  conditions.forEach((c, i) => {
    const priority = c.priority || 1;
    sets.set(priority, [...(sets.get(priority) ?? []), i]);
  });
  return [...sets.keys()].sort((a, b) => b - a).map((p) => sets.get(p) as number[]);
}

/**
 * `all` or `any` of conditions as json-rules-engine runs them: priority sets in order, every condition
 * of a set evaluated, stopping after the first set that settles the answer; conditions not reached
 * keep no result.
 */
function compileGroup(
  conditions: readonly RuleCondition[],
  operator: 'all' | 'any',
  at: number,
  shape: RuleShape,
  slots: FactSlots,
): Evaluate {
  const positions = (shape.nodes[at] as ShapeNode).children;
  const evaluators = conditions.map((c, i) => compileAt(c, positions[i] as number, shape, slots));
  const sets = prioritySets(conditions);
  const all = operator === 'all';
  return (run, frame, base) => {
    // json-rules-engine: no condition at all passes, for `any` as for `all`. What each condition
    // gave is what it wrote at its position: the answer is taken as they run, set by set.
    let passes = conditions.length === 0 ? true : all;
    for (let s = 0; s < sets.length && passes === all; s++) {
      const set = sets[s] as number[];
      for (let k = 0; k < set.length; k++) {
        if (((evaluators[set[k] as number] as Evaluate)(run, frame, base) === true) !== all) passes = !all;
      }
    }
    frame.result[base + at] = passes;
    return passes;
  };
}

/** The condition at position `at` of its rule's shape, compiled. */
function compileAt(condition: RuleCondition, at: number, shape: RuleShape, slots: FactSlots): Evaluate {
  if (condition.all || condition.any) {
    const operator = condition.all ? 'all' : 'any';
    return compileGroup((condition.all ?? condition.any) as RuleCondition[], operator, at, shape, slots);
  }
  if (condition.not) {
    const inner = compileAt(condition.not, at + 1, shape, slots);
    return (run, frame, base) => {
      const result = !inner(run, frame, base) === true;
      frame.result[base + at] = result;
      return result;
    };
  }
  return compileLeaf(condition, at, slots);
}

/**
 * A rule's conditions as one closure: no cloning, hashing, promises or events at run time, no result
 * trees. Where code may be generated, the closures are one function written for the rule's structure,
 * operators and paths (see `conditionsAsCode`: a path's keys its one text, as JSON literals), shared by every unit's
 * rule of a check; else a closure per condition, with the same answers. It writes into a frame, at the rule's base, what
 * json-rules-engine's evaluated conditions would hold: each leaf's `factResult`, `valueResult` and
 * `result`, each group's `result`, at its position in the rule's {@link RuleShape}; conditions not
 * reached keep none. The rule's top-level `all` of steps runs as json-rules-engine runs it.
 *
 * @example
 * const evaluate = compileRuleConditions({ all: [{ fact: 'application', path: '$.lead.assessment.score', operator: 'greaterThanInclusive', value: 42 }] }, slots);
 * evaluate.run(run, frame, 0); frame.result[1] //=> true for a score of 58 (at least 42)
 */
export function compileRuleConditions(
  conditions: RuleCondition,
  slots: FactSlots,
): { readonly shape: RuleShape; readonly run: (run: FactRun, frame: RuleFrame, base: number) => void } {
  const shape = shapeOf(conditions);
  if (Array.isArray(conditions.all) && codeAllowed()) {
    const { code, leaves } = conditionsAsCode(conditions, shape, (leaf) => leafReads(leaf, slots), prioritySets);
    return { shape, run: (run, frame, base) => code(run, frame, base, leaves) };
  }
  const steps = compileGroup(conditions.all ?? [], 'all', 0, shape, slots);
  return {
    shape,
    run: (run, frame, base) => {
      steps(run, frame, base);
      // json-rules-engine keeps no result for the top level itself.
      frame.result[base] = undefined;
    },
  };
}
