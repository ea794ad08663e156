import type { StepsRead } from '../model/paths.js';
import type { FactRun, RuleCondition } from './compileRule.js';
import type { RuleFrame, RuleShape, ShapeNode } from './ruleFrame.js';

/** What one leaf of a rule reads: its fact's slot and path, and its value (or the value fact's slot and path). */
export interface LeafReads {
  readonly slot: number;
  readonly steps: StepsRead;
  readonly value: unknown;
  readonly valueSlot: number;
  readonly valueSteps: StepsRead;
}

/** A rule's conditions as code: runs them at `base` of a frame, reading each leaf's facts from `leaves`. */
export type ConditionsCode = (run: FactRun, frame: RuleFrame, base: number, leaves: readonly LeafReads[]) => void;

/** An operator as the compiled rules call it. */
export type Test = (factValue: unknown, value: unknown) => unknown;

/** What a rule's code is written from, besides its shape: its leaves' operators in reading order, its groups' priority sets. */
interface ConditionsLayout {
  /** Each leaf's operator, in reading order. */
  readonly tests: readonly Test[];
  /** Each leaf's name for its operator, in reading order (what the code's text depends on). */
  readonly operators: readonly string[];
  /** Whether each leaf's value is a fact (read at run time), in reading order. */
  readonly valueIsFact: readonly boolean[];
  /** Each group's priority sets (positions among its children, highest priority first), by the group's position. */
  readonly sets: ReadonlyMap<number, readonly (readonly number[])[]>;
}

const made = new Map<string, ConditionsCode>();

/**
 * A rule's conditions written as one function, where code may be generated (the caller asks), that
 * does what the compiled closures do (see `compileRuleConditions`): each leaf's `factResult`,
 * `valueResult` and `result`, each group's `result`, priority sets in order, every condition of a set
 * run, stopping after the first set that settles a group. The code depends on the rule's structure,
 * operators and paths alone (a path's keys written as JSON literals, each read by its name): every unit's rule of a check shares one function (a
 * chain has a dozen), whose calls to each leaf's operator are each to one function. `leafReads` and
 * `prioritySets` are the closures' own, so both read the same slots and run the same sets.
 *
 * @example
 * const { code, leaves } = conditionsAsCode(rule.conditions, shape, (leaf) => leafReads(leaf, slots), prioritySets);
 * code(run, frame, base, leaves);
 */
export function conditionsAsCode(
  conditions: RuleCondition,
  shape: RuleShape,
  leafReads: (leaf: RuleCondition) => { reads: LeafReads; test: Test; operator: string },
  prioritySets: (conditions: readonly RuleCondition[]) => number[][],
): { readonly code: ConditionsCode; readonly leaves: readonly LeafReads[] } {
  const { layout, leaves } = layoutOf(conditions, shape, leafReads, prioritySets);
  const { operators, valueIsFact, sets } = layout;
  const paths = leaves.map((leaf) => [leaf.steps, leaf.valueSteps]);
  const key = `${JSON.stringify(shape.nodes.map((n) => [n.kind, n.children]))}|${operators.join(',')}|${valueIsFact.join(',')}|${JSON.stringify([...sets])}|${JSON.stringify(paths, (_, v) => (v === undefined ? '\u0000' : v))}`;
  // The operators are named in the key: one function for the key, with its operators bound.
  let code = made.get(key);
  if (code === undefined) {
    code = writeFactory(shape, valueIsFact, sets, leaves)(layout.tests, Object.hasOwn);
    if (made.size < 10_000) made.set(key, code);
  }
  return { code, leaves };
}

/** A rule's conditions laid out: its leaves' reads and operators in reading order, its groups' priority sets. */
function layoutOf(
  conditions: RuleCondition,
  shape: RuleShape,
  leafReads: Parameters<typeof conditionsAsCode>[2],
  prioritySets: Parameters<typeof conditionsAsCode>[3],
): { layout: ConditionsLayout; leaves: LeafReads[] } {
  const leaves: LeafReads[] = [];
  const tests: Test[] = [];
  const operators: string[] = [];
  const valueIsFact: boolean[] = [];
  const sets = new Map<number, number[][]>();
  const visit = (condition: RuleCondition, at: number): void => {
    const list = condition.all ?? condition.any;
    if (list !== undefined) {
      sets.set(at, prioritySets(list));
      const positions = (shape.nodes[at] as ShapeNode).children;
      for (let i = 0; i < list.length; i++) visit(list[i] as RuleCondition, positions[i] as number);
    } else if (condition.not) {
      visit(condition.not, at + 1);
    } else {
      const { reads, test, operator } = leafReads(condition);
      leaves.push(reads);
      tests.push(test);
      operators.push(operator);
      valueIsFact.push(reads.valueSlot >= 0);
    }
  };
  // Only a rule whose top level is an `all` (as every rule of a pack is) comes here.
  visit(conditions, 0);
  return { layout: { tests, operators, valueIsFact, sets }, leaves };
}

/**
 * A fact's value at a path as code, as `FactRun.valueAtSteps` reads it (see `valueAtKeys`): the path
 * applies to an object, own properties only; anything else is itself. Each key written as a JSON
 * literal, so that each read is of one name; `undefined` for a key no literal writes as it is.
 */
function readAsCode(target: string, slot: string, steps: StepsRead): string | undefined {
  const value = `${target} = run.value(${slot});`;
  if (steps === null) return value;
  if (steps === undefined)
    return `${value} if (${target} !== null && typeof ${target} === "object") ${target} = undefined;`;
  if (steps.some((k) => typeof k === 'number' && !Number.isSafeInteger(k))) return undefined;
  const isObject = `${target} !== null && typeof ${target} === "object"`;
  const reads = steps.map((k, i) => {
    const key = JSON.stringify(k);
    return `${target} = ${i === 0 ? '' : `${isObject} && `}hasOwn(${target}, ${key}) ? ${target}[${key}] : undefined;`;
  });
  return `${value} if (${isObject}) { ${reads.join(' ')} }`;
}

function writeFactory(
  shape: RuleShape,
  valueIsFact: readonly boolean[],
  sets: ReadonlyMap<number, readonly (readonly number[])[]>,
  leaves: readonly LeafReads[],
): (tests: readonly Test[], hasOwn: typeof Object.hasOwn) => ConditionsCode {
  const lines: string[] = [];
  let leaf = 0;
  const leafAt = new Map<number, number>();
  for (let at = 0; at < shape.nodes.length; at++)
    if ((shape.nodes[at] as ShapeNode).kind === 'leaf') leafAt.set(at, leaf++);
  // Every position a whole number, every name made here; a path's keys, the one text of the pack in
  // the code, only as JSON literals.
  const emit = (at: number): string => {
    const node = shape.nodes[at] as ShapeNode;
    const slot = `base + ${at}`;
    const own = `n${at}`;
    if (node.kind === 'leaf') {
      const j = leafAt.get(at) as number;
      const { steps, valueSteps } = leaves[j] as LeafReads;
      if (valueIsFact[j] === true) {
        lines.push(
          readAsCode('v', `leaves[${j}].valueSlot`, valueSteps) ??
            `v = run.valueAtSteps(leaves[${j}].valueSlot, leaves[${j}].valueSteps);`,
        );
      } else {
        lines.push(`v = leaves[${j}].value;`);
      }
      lines.push(
        readAsCode('f', `leaves[${j}].slot`, steps) ?? `f = run.valueAtSteps(leaves[${j}].slot, leaves[${j}].steps);`,
      );
      lines.push(`${own} = t${j}(f, v);`);
      lines.push(`F[${slot}] = f; V[${slot}] = v; R[${slot}] = ${own};`);
      return own;
    }
    if (node.kind === 'not') {
      const inner = emit(node.children[0] as number);
      lines.push(`${own} = !${inner} === true; R[${slot}] = ${own};`);
      return own;
    }
    const all = node.kind === 'all';
    lines.push(`${own} = ${node.children.length === 0 ? true : all};`);
    for (const set of sets.get(at) ?? []) {
      lines.push(`if (${own} === ${all}) {`);
      for (const k of set) {
        const child = emit(node.children[k] as number);
        lines.push(`if ((${child} === true) !== ${all}) ${own} = ${!all};`);
      }
      lines.push('}');
    }
    lines.push(`R[${slot}] = ${own};`);
    return own;
  };
  emit(0);
  const names = shape.nodes.map((_, at) => `n${at}`).join(', ');
  const tests = Array.from({ length: leaves.length }, (_, j) => `const t${j} = tests[${j}];`).join('\n');
  const body = [
    "'use strict';",
    tests,
    'return function (run, frame, base, leaves) {',
    'const R = frame.result, F = frame.factResult, V = frame.valueResult;',
    `let f, v, ${names};`,
    ...lines,
    // json-rules-engine keeps no result for the top level itself.
    'R[base] = undefined;',
    '};',
  ].join('\n');
  return new Function('tests', 'hasOwn', body) as (
    tests: readonly Test[],
    hasOwn: typeof Object.hasOwn,
  ) => ConditionsCode;
}
