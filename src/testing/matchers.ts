import type { CheckResult, EvaluationResult, Outcome } from '../evaluate/checkResult.js';
import { isAdvisoryNote } from '../evaluate/isAdvisoryNote.js';
import type { CheckId } from '../pack/checkId.js';
import { resultsFor, worstOutcome } from './resultsFor.js';

/** What `expect.extend` gives a matcher as `this`, in Vitest and Jest alike (the part used here). */
export interface MatcherContext {
  readonly isNot?: boolean;
}

/** What a matcher answers: pass or not, the message, and what to show as a diff. */
export interface MatcherResult {
  pass: boolean;
  message: () => string;
  actual?: unknown;
  expected?: unknown;
}

/** A check result as one line a person reads: outcome, ID, unit, field, message in Chinese and English. */
function line(c: CheckResult): string {
  const where = c.fields[0] ?? c.subject.pointer;
  return `${c.outcome} ${c.id}${c.subject.pointer ? `@${c.subject.pointer}` : ''} ${where}: ${c.message.zh} / ${c.message.en}`;
}

/** The results a verdict hangs on: what fails or is for review, advisory notes apart. */
function shortfalls(result: EvaluationResult): string[] {
  if (result.verdict === 'invalid')
    return result.errors.map((e) => `invalid ${e.pointer || '/'} ${e.where}: ${e.message.zh}`);
  return result.checks.filter((c) => (c.outcome === 'fail' || c.outcome === 'review') && !isAdvisoryNote(c)).map(line);
}

function isEvaluation(value: unknown): value is EvaluationResult {
  return typeof value === 'object' && value !== null && 'verdict' in value;
}

function notAnEvaluation(received: unknown): MatcherResult {
  const promise = typeof (received as { then?: unknown } | null)?.then === 'function';
  return {
    pass: false,
    message: () =>
      promise
        ? 'expected an evaluation, got a promise: await evaluate(…) first'
        : `expected what evaluate() answers, got ${JSON.stringify(received)?.slice(0, 80)}`,
  };
}

/**
 * Matchers for Vitest and Jest (`expect.extend(benchmarkMatchers)`), on what `evaluate` answers:
 * `toBeEligible()`, `toHaveCheck(id, outcome, unit?)`, `toFailOn(pointer)`. A failure shows what the
 * verdict hangs on, a line per check (its field and message), as a diff against what was expected.
 */
export const benchmarkMatchers = {
  /** The verdict is `eligible`: nothing fails, nothing is for review. */
  toBeEligible(this: MatcherContext, received: unknown): MatcherResult {
    if (!isEvaluation(received)) return notAnEvaluation(received);
    const pass = received.verdict === 'eligible';
    const actual = { verdict: received.verdict, shortfalls: shortfalls(received) };
    return {
      pass,
      message: () =>
        pass
          ? 'expected the 申报书 not to be eligible, but it is'
          : `expected the 申报书 to be eligible, but it is ${received.verdict}:\n  ${actual.shortfalls.join('\n  ')}`,
      actual,
      expected: { verdict: 'eligible', shortfalls: [] },
    };
  },

  /**
   * The check `id` has `outcome` (over all its units, the worst: fail > review > pass >
   * not-applicable), or, with `unit`, has it for that unit: its JSON Pointer (`/lead`,
   * `/participants/2`) or its 统一社会信用代码, as a report prints it.
   */
  toHaveCheck(this: MatcherContext, received: unknown, id: CheckId, outcome: Outcome, unit?: string): MatcherResult {
    if (!isEvaluation(received)) return notAnEvaluation(received);
    if (received.verdict === 'invalid') {
      return {
        pass: false,
        message: () =>
          `expected check ${id} to be ${outcome}, but the 申报书 is invalid:\n  ${shortfalls(received).join('\n  ')}`,
      };
    }
    const results = resultsFor(received.checks, unit === undefined ? id : `${id}@${unit}`);
    const got = worstOutcome(results);
    const pass = got === outcome;
    return {
      pass,
      message: () =>
        results.length === 0
          ? `expected check ${id}${unit ? `@${unit}` : ''} to be ${outcome}, but there is no such result`
          : pass
            ? `expected check ${id} not to be ${outcome}, but it is:\n  ${results.map(line).join('\n  ')}`
            : `expected check ${id} to be ${outcome}, but it is ${got}:\n  ${results.map(line).join('\n  ')}`,
      actual: results.map(line),
      expected: [`${outcome} ${id}${unit ? `@${unit}` : ''} …`],
    };
  },

  /**
   * A check fails or is for review because of the field at `pointer` (its first field, or a field
   * it finds missing), or the 申报书 cannot be read at that field: where a form shows the message.
   */
  toFailOn(this: MatcherContext, received: unknown, pointer: string): MatcherResult {
    if (!isEvaluation(received)) return notAnEvaluation(received);
    const hits =
      received.verdict === 'invalid'
        ? received.errors.filter((e) => e.pointer === pointer).map((e) => `invalid ${e.pointer} ${e.message.zh}`)
        : received.checks
            .filter(
              (c) =>
                (c.outcome === 'fail' || c.outcome === 'review') &&
                !isAdvisoryNote(c) &&
                (c.fields[0] === pointer || c.missing.some((m) => m.pointer === pointer)),
            )
            .map(line);
    const pass = hits.length > 0;
    return {
      pass,
      message: () =>
        pass
          ? `expected nothing to fail on ${pointer}, but:\n  ${hits.join('\n  ')}`
          : `expected a check to fail on ${pointer}, but what fails is elsewhere:\n  ${shortfalls(received).join('\n  ') || '(nothing)'}`,
      actual: shortfalls(received),
      expected: [`… ${pointer}: …`],
    };
  },
};

/**
 * The matchers' types, to add to your test framework's: for Vitest, in a `.d.ts` of your project,
 * `declare module 'vitest' { interface Matchers<T = any> extends BenchmarkMatchers<T> {} }`; for Jest,
 * `declare module 'expect' { interface Matchers<R> extends BenchmarkMatchers<R> {} }`.
 */
export interface BenchmarkMatchers<R = unknown> {
  toBeEligible(): R;
  toHaveCheck(id: CheckId, outcome: Outcome, unit?: string): R;
  toFailOn(pointer: string): R;
}
