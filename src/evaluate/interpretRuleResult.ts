import type { Message } from '../model/issue.js';
import { labelAt, type ZodSchema } from '../model/labelAt.js';
import { factPathSteps, pointerPath, toPointer } from '../model/paths.js';
import { Application } from '../model/schema.js';
import { leavesOf } from '../pack/leavesOf.js';
import type { LoadedCheck } from '../pack/loadRulePack.js';
import { isParamRef } from '../pack/paramRefs.js';
import { actionOf } from './actionOf.js';
import type { Action, CheckResult, Finding, MissingField, Outcome, Subject } from './checkResult.js';
import { stepsOf } from './compilePack.js';
import { fieldsOf } from './fieldsOf.js';
import { formatMessage } from './formatMessage.js';

/** A condition after json-rules-engine evaluated it. */
export interface EvaluatedCondition {
  readonly all?: readonly EvaluatedCondition[];
  readonly any?: readonly EvaluatedCondition[];
  readonly not?: EvaluatedCondition;
  readonly name?: string;
  readonly fact?: string;
  readonly path?: string;
  readonly operator?: string;
  readonly result?: boolean;
  readonly factResult?: unknown;
  readonly valueResult?: unknown;
}

/** Visit the leaves of an evaluated condition, in reading order. */
function forEachLeaf(condition: EvaluatedCondition | undefined, visit: (leaf: EvaluatedCondition) => void): void {
  if (condition === undefined) return;
  const children = condition.all ?? condition.any;
  if (children !== undefined) for (const child of children) forEachLeaf(child, visit);
  else if (condition.not !== undefined) forEachLeaf(condition.not, visit);
  else visit(condition);
}

function leaves(condition: EvaluatedCondition | undefined): EvaluatedCondition[] {
  const found: EvaluatedCondition[] = [];
  forEachLeaf(condition, (leaf) => found.push(leaf));
  return found;
}

/** The name of the first named condition, in reading order, that did not hold. */
function firstFailedName(condition: EvaluatedCondition | undefined): string | undefined {
  if (condition === undefined || condition.result !== false) return undefined;
  if (condition.name !== undefined) return condition.name;
  for (const child of condition.all ?? condition.any ?? (condition.not ? [] : [])) {
    const name = firstFailedName(child);
    if (name !== undefined) return name;
  }
  return undefined;
}

/** The position, in reading order, of the first leaf that made `condition` fail (a leaf under `not` by holding). */
function firstFailingLeaf(condition: EvaluatedCondition | undefined): number | undefined {
  let index = 0;
  let found: number | undefined;
  const visit = (c: EvaluatedCondition, negated: boolean) => {
    const children = c.all ?? c.any;
    if (children !== undefined) for (const child of children) visit(child, negated);
    else if (c.not !== undefined) visit(c.not, !negated);
    else {
      if (found === undefined && c.result === negated) found = index;
      index++;
    }
  };
  if (condition !== undefined) visit(condition, false);
  return found;
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
  const places = Math.min(20, Math.max(decimals(required), decimals(actual)));
  const difference = direction * (required - actual);
  return Math.max(0, Number(difference.toFixed(places)));
}

/** Missing fields named by the failed `isKnown` / `isFilled` conditions of the `@requires` step. */
function missingFrom(requires: EvaluatedCondition | undefined, subject: Subject, schema: ZodSchema): MissingField[] {
  return leaves(requires)
    .filter((c) => c.result === false && (c.operator === 'isKnown' || c.operator === 'isFilled') && c.path)
    .flatMap((c) => {
      const base =
        c.fact === 'unitAt' && subject.type === 'unit'
          ? pointerPath(subject.pointer)
          : c.fact === 'application'
            ? []
            : undefined;
      if (base === undefined) return [];
      const full = [...base, ...(factPathSteps(c.path ?? '$') ?? [])];
      return [{ pointer: toPointer(full), where: labelAt(schema, full).where }];
    });
}

/** The rows a fact's items name: their own `pointer` (a field, a row), or their unit's. */
function rowsNamedBy(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    if (typeof item !== 'object' || item === null || isMissingField(item)) return [];
    const own = (item as { pointer?: unknown }).pointer;
    if (typeof own === 'string' && ('reason' in item || 'role' in item)) return [own];
    const unit = (item as { unit?: { pointer?: unknown } }).unit;
    return typeof unit?.pointer === 'string' ? [unit.pointer] : [];
  });
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
    const [pointer] = rowsNamedBy([item]);
    if (phrase === undefined || pointer === undefined) return [];
    return [{ pointer, message: formatMessage(phrase, { ...values, item: item as Record<string, unknown> }) }];
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

/**
 * Read one rule result (compiled, or json-rules-engine's) as a check result: the outcome from the step that stopped
 * it, the named conditions' values as `actual` and `required` (and the `gap` between them), the
 * check's `details`, and its message filled in.
 */
export function interpretRuleResult(
  check: LoadedCheck,
  conditions: EvaluatedCondition,
  details: Readonly<Record<string, unknown>>,
  subject: Subject,
  parameters: Readonly<Record<string, unknown>>,
  words: Readonly<Record<string, string>> = {},
  directions: readonly string[] = check.directions,
  schema: ZodSchema = Application,
  form?: ZodSchema,
): CheckResult {
  const { when, requires, pass } = stepsOf(check, conditions.all ?? []);
  const firstFailed = firstFailedName(pass);
  let outcome: Outcome;
  if (when !== undefined && when.result !== true) outcome = 'not-applicable';
  else if (requires !== undefined && requires.result !== true) outcome = 'review';
  else if (pass?.result === true) outcome = check.onPass ?? 'pass';
  else {
    const by = firstFailed !== undefined && check.onFailBy !== undefined ? check.onFailBy[firstFailed] : undefined;
    outcome = by ?? check.onFail ?? 'fail';
  }
  const passed = pass?.result === true;

  const actual: Record<string, unknown> = {};
  const required: Record<string, unknown> = {};
  const gap: Record<string, unknown> = {};
  forEachLeaf(pass, (leaf) => {
    if (leaf.name === undefined || leaf.result === undefined) return;
    actual[leaf.name] = leaf.factResult;
    required[leaf.name] = leaf.valueResult;
    const direction = numericOperators[leaf.operator ?? ''];
    if (direction !== undefined && typeof leaf.factResult === 'number' && typeof leaf.valueResult === 'number') {
      gap[leaf.name] = gapBetween(leaf.valueResult, leaf.factResult, direction);
    }
  });
  // A review from `requires` names the fields it lacks; a failure (or a review from `onFail`) the
  // fields its named values list.
  const fromRequires = outcome === 'review' && requires !== undefined && requires.result !== true;
  const missing = fromRequires
    ? missingFrom(requires, subject, schema)
    : outcome === 'fail' || outcome === 'review'
      ? Object.values(actual).flatMap((v) => (Array.isArray(v) ? v.filter(isMissingField) : []))
      : [];

  const messages = check.messages;
  const failed = () => (firstFailed !== undefined ? messages.failBy?.[firstFailed] : undefined) ?? messages.fail;
  const reviewName = fromRequires ? firstFailedName(requires) : undefined;
  const template =
    outcome === 'not-applicable'
      ? (messages.notApplicable ?? { zh: '本项不适用于该申报类型', en: 'Does not apply to this direction' })
      : fromRequires
        ? ((reviewName !== undefined ? messages.reviewBy?.[reviewName] : undefined) ?? messages.review ?? messages.fail)
        : passed
          ? messages.pass
          : failed();
  const values = {
    actual,
    required,
    gap,
    details,
    subject: subject as unknown as Record<string, unknown>,
    param: parameters,
    words,
    ...(messages.phrases !== undefined ? { phrases: messages.phrases } : {}),
    ...(form !== undefined ? { form } : {}),
  };
  const message = formatMessage(template, values);
  const read = fieldsOf(check, subject, parameters, directions);
  const causes = missing.map((m) => m.pointer);
  if (!fromRequires && (outcome === 'fail' || outcome === 'review')) {
    const leaf = firstFailingLeaf(pass);
    if (leaf !== undefined) causes.push(...(read.byLeaf[leaf] ?? []));
  }
  if (!fromRequires && (outcome === 'fail' || outcome === 'review') && firstFailed !== undefined) {
    // The rows a failing condition's items name (a repeat, a date that is not one) come first.
    causes.unshift(...rowsNamedBy(actual[firstFailed]));
  }
  const fields = causes.length === 0 ? read.all : [...new Set([...causes, ...read.all])];
  if (outcome === 'not-applicable') {
    return checkResultOf(check, subject, outcome, message, { actual: {}, required: {}, missing: [], fields });
  }
  const action = actionOf(check.kind, outcome, check.actions, fromRequires ? reviewName : firstFailed);
  const failedNames: string[] = [];
  if (!fromRequires && (outcome === 'fail' || outcome === 'review')) {
    forEachLeaf(pass, (leaf) => {
      if (leaf.name !== undefined && leaf.result === false) failedNames.push(leaf.name);
    });
  }
  const { phrases } = messages;
  const findings =
    phrases === undefined ? [] : failedNames.flatMap((name) => findingsOf(actual[name], phrases, values));
  const shownRequired = requiredShown(check, required);
  const found =
    findings.length > 0
      ? { actual, required: shownRequired, missing, fields, findings }
      : { actual, required: shownRequired, missing, fields };
  return checkResultOf(check, subject, outcome, message, found, action);
}

const listParameters = new WeakMap<LoadedCheck, ReadonlyMap<string, string>>();

/** The names of a check's `pass` conditions whose value is a parameter, with the parameter's name. */
function parametersOfLeaves(check: LoadedCheck): ReadonlyMap<string, string> {
  let found = listParameters.get(check);
  if (found === undefined) {
    const named = new Map<string, string>();
    for (const { leaf } of leavesOf(check.pass)) {
      const value = (leaf as { value?: unknown }).value;
      if (leaf.name !== undefined && isParamRef(value)) named.set(leaf.name, value.param);
    }
    found = named;
    listParameters.set(check, found);
  }
  return found;
}

/**
 * `required` as a result carries it: a list a parameter gives (昌吉's five industries, a list of region
 * codes) is named by the parameter and its size, not copied into every result (a thousand units would
 * hold a thousand copies); messages are written from the list itself before this.
 */
function requiredShown(
  check: LoadedCheck,
  required: Readonly<Record<string, unknown>>,
): Readonly<Record<string, unknown>> {
  const params = parametersOfLeaves(check);
  if (params.size === 0) return required;
  let shown: Record<string, unknown> | undefined;
  for (const [name, param] of params) {
    const value = required[name];
    if (!Array.isArray(value)) continue;
    shown ??= { ...required };
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
