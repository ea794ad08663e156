import type { Message } from '../model/issue.js';
import { labelAt, type ZodSchema } from '../model/labelAt.js';
import { factPathSteps, pointerPath, toPointer } from '../model/paths.js';
import { leavesOf } from '../pack/leavesOf.js';
import type { LoadedCheck } from '../pack/loadRulePack.js';
import { isParamRef } from '../pack/paramRefs.js';
import { actionOf } from './actionOf.js';
import type { Action, CheckResult, Finding, MissingField, Outcome, Subject } from './checkResult.js';
import { stepsOf } from './compilePack.js';
import { fieldsOf } from './fieldsOf.js';
import { formatMessage, type MessageValues, templateReferences, withItem } from './formatMessage.js';
import { type NamedValuesOf, namedValuesWhenAllRan } from './namedValuesAsCode.js';
import type { ConditionShape, RuleFrame, RuleShape, ShapeNode } from './ruleFrame.js';

/** A condition after json-rules-engine evaluated it. */
export interface EvaluatedCondition extends ConditionShape<EvaluatedCondition> {
  readonly result?: boolean;
  readonly factResult?: unknown;
  readonly valueResult?: unknown;
}

/** A named leaf of a rule's `pass` step: where it is, and how far a number is from its threshold. */
interface NamedLeaf {
  readonly at: number;
  readonly name: string;
  readonly direction: 1 | -1 | undefined;
}

/** Where a rule's steps are in its shape, and the named leaves of its `pass` step, in reading order. */
interface RuleLayout {
  readonly when: number | undefined;
  readonly requires: number | undefined;
  readonly pass: number | undefined;
  readonly named: readonly NamedLeaf[];
  /** Their positions alone (what `namedValuesWhenAllRan` reads). */
  readonly namedAt: readonly number[];
  /** Whether a named leaf compares numbers and a message of the check names a `gap` (which feeds only messages). */
  readonly gaps: boolean;
  /** Whether any message of the check may read `details`: it has phrases, or a template names one. */
  readonly details: boolean;
  /** The named `pass` conditions whose value is a parameter, with its name (see `requiredShown`). */
  readonly listParameters: readonly (readonly [string, string])[];
  /** The fields of the subject the rule was last read about (`fieldsOf`), and its pointer. */
  read: ReturnType<typeof fieldsOf> | undefined;
  readFor: string | undefined;
  /** Where code may be generated: its named values as one literal each (`null`: not for this rule). */
  valuesAsCode: NamedValuesOf | null | undefined;
}

const layouts = new WeakMap<RuleShape, RuleLayout>();

/** A rule's layout, worked out once per compiled rule. */
function layoutOf(check: LoadedCheck, shape: RuleShape): RuleLayout {
  let layout = layouts.get(shape);
  if (layout === undefined) {
    const { nodes } = shape;
    const { when, requires, pass } = stepsOf(check, (nodes[0] as ShapeNode).children);
    const named: NamedLeaf[] = [];
    const end = pass === undefined ? 0 : (nodes[pass] as ShapeNode).end;
    for (let at = pass ?? 0; at < end; at++) {
      const leaf = nodes[at] as ShapeNode;
      if (leaf.kind !== 'leaf' || leaf.name === undefined) continue;
      named.push({ at, name: leaf.name, direction: numericOperators[leaf.operator ?? ''] });
    }
    layout = {
      when,
      requires,
      pass,
      named,
      namedAt: named.map((leaf) => leaf.at),
      gaps: named.some((leaf) => leaf.direction !== undefined) && messagesName(check.messages, 'gap'),
      details: check.messages.phrases !== undefined || messagesName(check.messages, 'details'),
      listParameters: [...parametersOfLeaves(check)],
      // Written out though unknown yet: every layout has one shape, so reading one is one load.
      read: undefined,
      readFor: undefined,
      valuesAsCode: undefined,
    };
    layouts.set(shape, layout);
  }
  return layout;
}

/** The position of the first named condition, in reading order, that did not hold: the top-most on its path. */
function firstFailedName(shape: RuleShape, frame: RuleFrame, base: number, at: number | undefined): string | undefined {
  if (at === undefined || frame.result[base + at] !== false) return undefined;
  const node = shape.nodes[at] as ShapeNode;
  if (node.name !== undefined) return node.name;
  if (node.kind !== 'all' && node.kind !== 'any') return undefined;
  for (const child of node.children) {
    const name = firstFailedName(shape, frame, base, child);
    if (name !== undefined) return name;
  }
  return undefined;
}

/** The position, in reading order among the leaves under `at`, of the first that made it fail (a leaf under `not` by holding). */
function firstFailingLeaf(shape: RuleShape, frame: RuleFrame, base: number, at: number): number | undefined {
  let index = 0;
  const { nodes } = shape;
  for (let i = at; i < (nodes[at] as ShapeNode).end; i++) {
    const node = nodes[i] as ShapeNode;
    if (node.kind !== 'leaf') continue;
    if (frame.result[base + i] === node.negated) return index;
    index++;
  }
  return undefined;
}

/** How many decimals a number is written with: 49.996 → 3. */
function decimals(n: number): number {
  if (Number.isInteger(n)) return 0;
  const [mantissa = '', exponent = '0'] = String(n).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent));
}

/**
 * How far `actual` is from `required`, written to the decimals the two were given with, so that
 * 80 − 79.996 is 0.004, not 0.0040000000000048885, and 80 − 79.9996 is 0.0004, never 0.
 */
export function gapBetween(required: number, actual: number, direction: 1 | -1): number {
  // Whole numbers differ by a whole number: nothing to round.
  if (Number.isSafeInteger(required) && Number.isSafeInteger(actual))
    return Math.max(0, direction * (required - actual));
  const places = Math.min(20, Math.max(decimals(required), decimals(actual)));
  const difference = direction * (required - actual);
  return Math.max(0, Number(difference.toFixed(places)));
}

/** Missing fields named by the failed `isKnown` / `isFilled` conditions of the `@requires` step at `at`. */
function missingFrom(
  shape: RuleShape,
  frame: RuleFrame,
  base: number,
  at: number,
  subject: Subject,
  schema: ZodSchema,
): MissingField[] {
  const missing: MissingField[] = [];
  for (let i = at; i < (shape.nodes[at] as ShapeNode).end; i++) {
    const c = shape.nodes[i] as ShapeNode;
    if (c.kind !== 'leaf' || frame.result[base + i] !== false) continue;
    if ((c.operator !== 'isKnown' && c.operator !== 'isFilled') || !c.path) continue;
    const unitBase =
      c.fact === 'unitAt' && subject.type === 'unit'
        ? pointerPath(subject.pointer)
        : c.fact === 'application'
          ? []
          : undefined;
    if (unitBase === undefined) continue;
    const full = [...unitBase, ...(factPathSteps(c.path) ?? [])];
    missing.push({ pointer: toPointer(full), where: labelAt(schema, full).where });
  }
  return missing;
}

/** The rows a fact's items name: their own `pointer` (a field, a row), or their unit's. */
function rowsNamedBy(value: unknown): string[] {
  const rows: string[] = [];
  if (!Array.isArray(value)) return rows;
  for (const item of value) {
    const row = rowNamedBy(item);
    if (row !== undefined) rows.push(row);
  }
  return rows;
}

/** The row one item of a fact names (see {@link rowsNamedBy}), if any. */
function rowNamedBy(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null || isMissingField(item)) return undefined;
  const own = (item as { pointer?: unknown }).pointer;
  if (typeof own === 'string' && ('reason' in item || 'role' in item)) return own;
  const unit = (item as { unit?: { pointer?: unknown } }).unit;
  return typeof unit?.pointer === 'string' ? unit.pointer : undefined;
}

/**
 * Each item of a failing condition's value that names a row of the 申报书, with its phrase written:
 * what a 补正通知 lists one by one (a repeat to delete, a blank row, a date that is not one).
 */
function findingsOf(
  value: unknown,
  phrases: Readonly<Record<string, Message>>,
  values: Parameters<typeof formatMessage>[1],
): Finding[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const reason = typeof item === 'object' && item !== null ? (item as { reason?: unknown }).reason : undefined;
    const phrase = typeof reason === 'string' && Object.hasOwn(phrases, reason) ? phrases[reason] : undefined;
    const pointer = rowNamedBy(item);
    if (phrase === undefined || pointer === undefined) return [];
    return [{ pointer, message: formatMessage(phrase, withItem(values, item as Record<string, unknown>)) }];
  });
}

function isMissingField(value: unknown): value is MissingField {
  return typeof value === 'object' && value !== null && 'pointer' in value && 'where' in value;
}

const numericOperators: Record<string, 1 | -1> = {
  greaterThan: 1,
  greaterThanInclusive: 1,
  lessThan: -1,
  lessThanInclusive: -1,
};

/** What a check's results of one evaluation share: the pack's words and schemas, the parameters. */
export interface ResultContext {
  readonly parameters: Readonly<Record<string, unknown>>;
  readonly words: Readonly<Record<string, string>>;
  readonly directions: readonly string[];
  readonly schema: ZodSchema;
  readonly form: ZodSchema | undefined;
}

/**
 * The outcome of a rule's results: `not-applicable` when its `when` step did not hold, `review` when
 * its `requires` step did not, else by its `pass` step (and the check's `onPass`, `onFail`,
 * `onFailBy`). `firstFailed`: the first named condition of `pass` that did not hold, when known.
 *
 * @example
 * ruleOutcome(check, shape, frame, rule.base) //=> 'pass'
 */
export function ruleOutcome(
  check: LoadedCheck,
  shape: RuleShape,
  frame: RuleFrame,
  base: number,
  firstFailed?: string,
): Outcome {
  return outcomeOf(check, layoutOf(check, shape), shape, frame, base, firstFailed);
}

function outcomeOf(
  check: LoadedCheck,
  { when, requires, pass }: RuleLayout,
  shape: RuleShape,
  frame: RuleFrame,
  base: number,
  firstFailed: string | undefined,
): Outcome {
  if (when !== undefined && frame.result[base + when] !== true) return 'not-applicable';
  if (requires !== undefined && frame.result[base + requires] !== true) return 'review';
  if (pass !== undefined && frame.result[base + pass] === true) return check.onPass ?? 'pass';
  const failed = firstFailed ?? firstFailedName(shape, frame, base, pass);
  const by = failed !== undefined && check.onFailBy !== undefined ? check.onFailBy[failed] : undefined;
  return by ?? check.onFail ?? 'fail';
}

/**
 * Read one rule's results (a frame at `base`, laid out as `shape`) as a check result: the outcome
 * from the step that stopped it, the named conditions' values as `actual` and `required` (and the
 * `gap` between them), the check's `details` (read by `detailsOf(rule)` only when its message names
 * them), and its message.
 */
export function interpretRule<R>(
  check: LoadedCheck,
  shape: RuleShape,
  frame: RuleFrame,
  base: number,
  rule: R,
  detailsOf: (rule: R) => Readonly<Record<string, unknown>>,
  subject: Subject,
  context: ResultContext,
): CheckResult {
  const { parameters, words, directions, schema, form } = context;
  const layout = layoutOf(check, shape);
  const { requires, pass, named } = layout;
  const firstFailed = firstFailedName(shape, frame, base, pass);
  const outcome = outcomeOf(check, layout, shape, frame, base, firstFailed);
  const passed = pass !== undefined && frame.result[base + pass] === true;

  // Where code may be generated and every named condition ran, `actual` and `required` are each
  // written by one literal of the rule's own (see `namedValuesAsCode`); else name by name below.
  const valuesOf = namedValuesWhenAllRan(layout, frame.result, base);
  const asLiterals = valuesOf !== null;
  const actual: Record<string, unknown> = asLiterals ? valuesOf(frame.factResult, base) : {};
  const required: Record<string, unknown> = asLiterals ? valuesOf(frame.valueResult, base) : {};
  const gap: Record<string, unknown> = layout.gaps ? {} : noValues;
  let failedNames: string[] | undefined;
  // A rule that passed, as most do, with its values written by its literal and no gap to work out:
  // nothing for the loop to find (a name that failed is read only for a failure's findings).
  const toRead = outcome === 'pass' && asLiterals && !layout.gaps ? 0 : named.length;
  for (let n = 0; n < toRead; n++) {
    const { at, name, direction } = named[n] as NamedLeaf;
    const result = frame.result[base + at];
    if (result === undefined) continue;
    const factResult = frame.factResult[base + at];
    const valueResult = frame.valueResult[base + at];
    if (!asLiterals) {
      actual[name] = factResult;
      required[name] = valueResult;
    }
    if (result === false) {
      failedNames ??= [];
      failedNames.push(name);
    }
    if (layout.gaps && direction !== undefined && typeof factResult === 'number' && typeof valueResult === 'number') {
      gap[name] = gapBetween(valueResult, factResult, direction);
    }
  }
  // A review from `requires` names the fields it lacks; a failure (or a review from `onFail`) the
  // fields its named values list.
  const fromRequires = outcome === 'review' && requires !== undefined && frame.result[base + requires] !== true;
  const failing = !fromRequires && (outcome === 'fail' || outcome === 'review');
  const missing = fromRequires
    ? missingFrom(shape, frame, base, requires, subject, schema)
    : failing
      ? Object.values(actual).flatMap((v) => (Array.isArray(v) ? v.filter(isMissingField) : []))
      : noItems;

  const messages = check.messages;
  const reviewName = fromRequires ? firstFailedName(shape, frame, base, requires) : undefined;
  const template =
    outcome === 'not-applicable'
      ? (messages.notApplicable ?? doesNotApply)
      : fromRequires
        ? ((reviewName !== undefined ? messages.reviewBy?.[reviewName] : undefined) ?? messages.review ?? messages.fail)
        : passed
          ? messages.pass
          : ((firstFailed !== undefined ? messages.failBy?.[firstFailed] : undefined) ?? messages.fail);
  const { phrases } = messages;
  // Every key always there (one shape for every result's values); `phrases` and `form` may be undefined.
  const values: MessageValues = {
    actual,
    required,
    gap,
    // Read only when a message names them (the facts behind them are then computed, if not yet).
    details: layout.details && (phrases !== undefined || namesDetails(template)) ? detailsOf(rule) : noValues,
    subject: subject as unknown as Record<string, unknown>,
    param: parameters,
    words,
    phrases,
    form,
  };
  // A compiled rule is about one subject: its fields are worked out once (json-rules-engine's trees, each time).
  let read = layout.read;
  if (read === undefined || layout.readFor !== subject.pointer) {
    read = fieldsOf(check, subject, parameters, directions);
    layout.read = read;
    layout.readFor = subject.pointer;
  }
  let fields = read.all;
  if (missing.length > 0 || failing) {
    const causes = missing.map((m) => m.pointer);
    if (failing) {
      const leaf = pass === undefined ? undefined : firstFailingLeaf(shape, frame, base, pass);
      if (leaf !== undefined) causes.push(...(read.byLeaf[leaf] ?? []));
      // The rows a failing condition's items name (a repeat, a date that is not one) come first.
      if (firstFailed !== undefined) causes.unshift(...rowsNamedBy(actual[firstFailed]));
    }
    if (causes.length > 0) fields = [...new Set([...causes, ...read.all])];
  }
  if (outcome === 'not-applicable') {
    const found = { actual: noValues, required: noValues, missing: noItems, fields };
    return checkResultOf(check, subject, outcome, formatMessage(template, values), found, undefined);
  }
  const action = actionOf(check.kind, outcome, check.actions, fromRequires ? reviewName : firstFailed);
  const findings =
    phrases === undefined || !failing || failedNames === undefined
      ? undefined
      : failedNames.flatMap((name) => findingsOf(actual[name], phrases, values));
  const shownRequired = requiredShown(layout.listParameters, required, valuesOf, frame, base);
  const found =
    findings !== undefined && findings.length > 0
      ? { actual, required: shownRequired, missing, fields, findings }
      : { actual, required: shownRequired, missing, fields };
  return checkResultOf(check, subject, outcome, formatMessage(template, values), found, action);
}

/**
 * No values: the one empty record results and messages share (a rule's `gap` when it compares no
 * numbers, `details` a message does not name, a brief result's `actual`), frozen since every answer holds it.
 */
export const noValues: Readonly<Record<string, unknown>> = Object.freeze({});

/** What a check that does not apply says when its pack gives no words of its own (frozen: every such result holds it). */
export const doesNotApply: Message = Object.freeze({
  zh: '本项不适用于该申报类型',
  en: 'Does not apply to this direction',
});

/** No items: the one empty list results share (no missing fields, a brief result's fields), frozen as {@link noValues} is. */
export const noItems: readonly never[] = Object.freeze([]);
const detailsNamed = new WeakMap<Message, boolean>();

/** Whether a message template names a detail (`{details.repeats}`, `{?details.repeats}…{/}`), in either language. */
function namesDetails(template: Message): boolean {
  let names = detailsNamed.get(template);
  if (names === undefined) {
    names = namesRoot(template, 'details');
    detailsNamed.set(template, names);
  }
  return names;
}

/** Whether any message of a check (any outcome's, any phrase) names a value of `root`, in either language. */
function messagesName(messages: LoadedCheck['messages'], root: string): boolean {
  const { pass, fail, review, notApplicable, failBy, reviewBy, phrases } = messages;
  const all = [pass, fail, review, notApplicable, ...Object.values({ ...failBy, ...reviewBy, ...phrases })];
  return all.some((m) => m !== undefined && namesRoot(m, root));
}

/** Whether a message names a value of `root` (`{details.repeats}`, `{?gap.x}…{/}`), in either language. */
const namesRoot = (m: Message, root: string) =>
  [m.zh, m.en].some((text) => templateReferences(text).some((r) => r.root === root));

/** The names of a check's `pass` conditions whose value is a parameter, with the parameter's name. */
function parametersOfLeaves(check: LoadedCheck): ReadonlyMap<string, string> {
  const named = new Map<string, string>();
  for (const { leaf } of leavesOf(check.pass)) {
    const value = (leaf as { value?: unknown }).value;
    if (leaf.name !== undefined && isParamRef(value)) named.set(leaf.name, value.param);
  }
  return named;
}

/**
 * `required` as a result carries it: a list a parameter gives (昌吉's five industries, a list of region
 * codes) is named by the parameter and its size, not copied into every result (a thousand units would
 * hold a thousand copies); messages are written from the list itself before this.
 */
function requiredShown(
  params: readonly (readonly [string, string])[],
  required: Readonly<Record<string, unknown>>,
  valuesOf: NamedValuesOf | null,
  frame: RuleFrame,
  base: number,
): Readonly<Record<string, unknown>> {
  let shown: Record<string, unknown> | undefined;
  for (let i = 0; i < params.length; i++) {
    const [name, param] = params[i] as readonly [string, string];
    const value = required[name];
    if (!Array.isArray(value)) continue;
    // A copy: the rule's own literal again where there is one (one step), else a spread.
    shown ??= valuesOf !== null ? valuesOf(frame.valueResult, base) : { ...required };
    shown[name] = { param, size: value.length };
  }
  return shown ?? required;
}

/** A check's result, from its pack entry, what it is about, the outcome and the message. */
export function checkResultOf(
  check: LoadedCheck,
  subject: Subject,
  outcome: Outcome,
  message: Message,
  found: Pick<CheckResult, 'actual' | 'required' | 'missing' | 'fields' | 'findings'>,
  action: Action | undefined = actionOf(check.kind, outcome, check.actions),
): CheckResult {
  // Written out, not spread: a result is made for every check of every evaluation.
  const { id, clause, kind, title } = check;
  const { actual, required, missing, fields, findings } = found;
  if (action === undefined) {
    return findings === undefined
      ? { id, clause, kind, title, outcome, subject, actual, required, missing, fields, message }
      : { id, clause, kind, title, outcome, subject, actual, required, missing, fields, findings, message };
  }
  return findings === undefined
    ? { id, clause, kind, title, outcome, action, subject, actual, required, missing, fields, message }
    : { id, clause, kind, title, outcome, action, subject, actual, required, missing, fields, findings, message };
}
