import { derivedFacts } from '../facts/registry.js';
import { formOrder } from '../model/formOrder.js';
import { factPathSteps, pointerPath, toPointer } from '../model/paths.js';
import { Application } from '../model/schema.js';
import { leavesOf } from '../pack/leavesOf.js';
import type { LoadedCheck } from '../pack/loadRulePack.js';
import { paramsNamedIn, substituteParams } from '../pack/paramRefs.js';
import type { PackCondition } from '../pack/schema.js';
import type { Subject } from './checkResult.js';

type Steps = readonly (string | number)[];
type Leaf = Extract<PackCondition, { fact: string }>;

/** The unit's place in the application, for a per-unit check; none for the others. */
function unitSteps(subject: Subject): Steps {
  return subject.type === 'unit' ? pointerPath(subject.pointer) : [];
}

/**
 * The fields one condition reads (fact paths and, for a derived fact, what it is computed from), and
 * the fields its answer depends on besides (a derived fact's `context`).
 */
function leafFields(
  leaf: Leaf,
  unit: Steps,
  parameters: Readonly<Record<string, unknown>>,
): { fields: Steps[]; context: Steps[] } {
  const path = typeof leaf.path === 'string' ? (factPathSteps(leaf.path) ?? []) : [];
  if (leaf.fact === 'application') return { fields: path.length > 0 ? [path] : [], context: [] };
  if (leaf.fact === 'unit' || leaf.fact === 'unitAt') return { fields: [[...unit, ...path]], context: [] };
  const fact = Object.hasOwn(derivedFacts, leaf.fact) ? derivedFacts[leaf.fact] : undefined;
  if (fact === undefined) return { fields: [], context: [] };
  // A parameter not in effect on the date leaves the fields that depend on it unknown.
  const named = [...paramsNamedIn(leaf.params ?? {})];
  if (named.some((name) => parameters[name] === undefined)) return { fields: [], context: [] };
  const params = substituteParams(leaf.params ?? {}, (name) => parameters[name]);
  return {
    fields: fact.fields(params).map((p) => [...(fact.scope === 'unit' ? unit : []), ...(factPathSteps(p) ?? [])]),
    context: fact.context.map((p) => factPathSteps(p) ?? []),
  };
}

function byFormOrder(a: Steps, b: Steps): number {
  const x = formOrder(Application, a);
  const y = formOrder(Application, b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
  return x.length - y.length;
}

type CheckFields = { readonly all: readonly string[]; readonly byLeaf: readonly (readonly string[])[] };
const cache = new WeakMap<object, WeakMap<LoadedCheck, Map<string, CheckFields>>>();

/**
 * The fields a check reads about its subject, as JSON Pointers in the order a form shows them
 * (`all`; last, what decides whether and how it applies: its `when`, the date, the direction when the
 * check is not for all of the pack's `directions`), and the fields of each leaf of its `pass` conditions in reading order (`byLeaf`), to name
 * first the field of the condition that failed. Worked out once per check, subject and parameters.
 *
 * @example
 * fieldsOf(workshopScoreCheck, leadSubject, parameters, pack.vocabularies.directions).all
 * //=> ['/lead/assessment/score', '/direction']
 */
export function fieldsOf(
  check: LoadedCheck,
  subject: Subject,
  parameters: Readonly<Record<string, unknown>>,
  directions: readonly string[] = check.directions,
): CheckFields {
  let perCheck = cache.get(parameters);
  if (perCheck === undefined) {
    perCheck = new WeakMap();
    cache.set(parameters, perCheck);
  }
  let perSubject = perCheck.get(check);
  if (perSubject === undefined) {
    perSubject = new Map();
    perCheck.set(check, perSubject);
  }
  const found = perSubject.get(subject.pointer);
  if (found !== undefined) return found;
  const unit = unitSteps(subject);
  const read = (condition: PackCondition | undefined) =>
    condition === undefined ? [] : leavesOf(condition).map(({ leaf }) => leafFields(leaf, unit, parameters));
  const pointers = (steps: Steps[]) => [...new Set(steps.sort(byFormOrder).map((s) => toPointer(s)))];
  const pass = read(check.pass);
  const own = [...read(check.requires), ...pass];
  // What the check reads, in the form's order; then what decides whether and how it applies (its
  // `when`, the date, the direction), which a form shows elsewhere.
  // A section that holds a field also listed (联合体 and its 平台名称) is shown at that field.
  const listed = pointers(own.flatMap((r) => r.fields));
  const main = listed.filter((p) => !listed.some((q) => q.startsWith(`${p}/`)));
  const context = pointers([
    ...read(check.when).flatMap((r) => [...r.fields, ...r.context]),
    ...own.flatMap((r) => r.context),
    // A check of some directions only applies, and asks what it asks, because of the direction.
    ...(directions.some((d) => !(check.directions as readonly string[]).includes(d)) ? [['direction']] : []),
  ]);
  // Frozen: every result about this check and subject carries these same arrays, in every evaluation
  // (a caller that changed one would change the answers after it).
  const result = {
    all: Object.freeze([...new Set([...main, ...context])]),
    byLeaf: Object.freeze(pass.map((r) => Object.freeze(pointers(r.fields)))),
  };
  perSubject.set(subject.pointer, result);
  return result;
}
