import basic from '../../tests/spec/basic.json' with { type: 'json' };
import beltAndRoad from '../../tests/spec/belt-and-road.json' with { type: 'json' };
import consortium from '../../tests/spec/consortium.json' with { type: 'json' };
import edition2 from '../../tests/spec/edition-2.json' with { type: 'json' };
import edition3 from '../../tests/spec/edition-3.json' with { type: 'json' };
import examplesCases from '../../tests/spec/examples.json' with { type: 'json' };
import factory from '../../tests/spec/factory.json' with { type: 'json' };
import form from '../../tests/spec/form.json' with { type: 'json' };
import joint from '../../tests/spec/joint.json' with { type: 'json' };
import workshop from '../../tests/spec/workshop.json' with { type: 'json' };
import { evaluateBatch } from '../batch/evaluateBatch.js';
import type { Action, CheckResult, EvaluationResult, Outcome } from '../evaluate/checkResult.js';
import { type EvaluateOptions, evaluate } from '../evaluate/evaluate.js';
import type { RulePack } from '../pack/loadRulePack.js';
import { applyPatch, type PatchOperation } from './applyPatch.js';
import { exampleFiles, examples } from './examples.js';
import { resultsFor, worstOutcome } from './resultsFor.js';

/** What one application must be answered with. */
export interface SpecExpectation {
  readonly verdict: string;
  /** For `invalid`: the JSON Pointers the errors must be at. */
  readonly errors?: readonly string[];
  /** Outcome by check ID; `ID@pointer` for one unit of a per-unit check, the bare ID for the worst. */
  readonly checks?: Readonly<Record<string, Outcome>>;
  /** Fragments each check's Chinese message must hold. */
  readonly messages?: Readonly<Record<string, readonly string[]>>;
  /**
   * Who acts, by check ID (`ID@pointer` for one unit): `reject`, `correct` or `verify` (clauses.md
   * edition 3); for a bare ID of a per-unit check, the action of its worst result.
   */
  readonly actions?: Readonly<Record<string, Action>>;
  /** The fields (JSON Pointers) the 补正通知 must list, in any order; other items may be listed too. */
  readonly corrections?: readonly string[];
}

/** An application of the spec: an example (`base`, a file of `docs/examples/`) and a patch, or a whole one. */
export interface SpecApplication {
  readonly base?: string;
  readonly application?: unknown;
  readonly patch?: readonly PatchOperation[];
}

/** One case of the executable spec (`tests/spec/README.md`): an application and what it must get. */
export interface SpecCase extends SpecApplication {
  readonly name: string;
  /** A case across applications: `evaluateBatch` over these, `expect.results` one per entry. */
  readonly batch?: readonly SpecApplication[];
  readonly options?: EvaluateOptions & { readonly selected?: readonly (string | number)[] };
  readonly expect: SpecExpectation & { readonly results?: readonly SpecExpectation[] };
}

/** The executable spec, `tests/spec/*.json`: each file's cases, as data. */
export const specCases: readonly { readonly file: string; readonly cases: readonly SpecCase[] }[] = Object.freeze(
  (
    [
      ['basic.json', basic],
      ['belt-and-road.json', beltAndRoad],
      ['consortium.json', consortium],
      ['edition-2.json', edition2],
      ['edition-3.json', edition3],
      ['examples.json', examplesCases],
      ['factory.json', factory],
      ['form.json', form],
      ['joint.json', joint],
      ['workshop.json', workshop],
    ] as const
  ).map(([file, content]) => ({ file, cases: (content as unknown as { cases: SpecCase[] }).cases })),
);

/**
 * The application of a spec case: its own `application`, or its `base` patched. `bases` gives the
 * files `base` may name (default: the five examples, by file name).
 *
 * @example
 * applicationOfCase({ base: 'workshop.json', patch: [{ op: 'replace', path: '/lead/assessment/score', value: 49 }] })
 */
export function applicationOfCase(c: SpecApplication, bases?: Readonly<Record<string, unknown>>): unknown {
  if (c.application !== undefined) return structuredClone(c.application);
  const name = c.base ?? '';
  const base = bases !== undefined ? bases[name] : examples[exampleFiles[name] as keyof typeof examples];
  if (base === undefined) throw new RangeError(`no base application ${JSON.stringify(name)}`);
  return applyPatch(base, c.patch ?? []);
}

/** The results a key names, those of the worst outcome for a bare ID (as `checks` reads it). */
function resolvedFor(checks: readonly CheckResult[], key: string): CheckResult[] {
  const results = resultsFor(checks, key);
  const worst = worstOutcome(results);
  return results.filter((r) => r.outcome === worst);
}

/** Whether a field a result names is the pointer a patch changed, inside it, or holds it. */
function related(field: string, pointer: string): boolean {
  return field === pointer || pointer.startsWith(`${field}/`) || field.startsWith(`${pointer}/`);
}

/** How an answer differs from what is expected of it: one sentence a problem, none when it is right. */
export function problemsWith(
  result: EvaluationResult,
  expected: SpecExpectation,
  patch: readonly PatchOperation[] = [],
): string[] {
  const problems: string[] = [];
  if (expected.verdict === 'invalid' || result.verdict === 'invalid') {
    if (result.verdict !== expected.verdict) {
      const why =
        result.verdict === 'invalid' ? result.errors.map((e) => `${e.pointer} ${e.message.zh}`).join('; ') : '';
      problems.push(`verdict: expected ${expected.verdict}, got ${result.verdict}${why ? ` (${why})` : ''}`);
    } else if (result.verdict === 'invalid' && expected.errors !== undefined) {
      const at = result.errors.map((e) => e.pointer);
      if (JSON.stringify(at) !== JSON.stringify(expected.errors)) {
        problems.push(`errors at ${JSON.stringify(at)}, expected at ${JSON.stringify(expected.errors)}`);
      }
    }
    return problems;
  }
  if (result.verdict !== expected.verdict) {
    const failing = result.checks
      .filter((c) => c.outcome === 'fail' || c.outcome === 'review')
      .map((c) => `${c.outcome} ${c.id}${c.subject.pointer}`);
    problems.push(
      `verdict: expected ${expected.verdict}, got ${result.verdict} (${failing.join(', ') || 'nothing fails'})`,
    );
  }
  for (const [key, outcome] of Object.entries(expected.checks ?? {})) {
    const results = resultsFor(result.checks, key);
    const got = worstOutcome(results);
    if (got !== outcome) {
      problems.push(
        `${key}: expected ${outcome}, got ${got ?? 'no result'} (${results.map((r) => r.message.zh).join(' | ')})`,
      );
      continue;
    }
    if ((outcome === 'fail' || outcome === 'review') && patch.length > 0) {
      const named = results
        .filter((r) => r.outcome === outcome)
        .some((r) => r.fields.some((f) => patch.some((op) => related(f, op.path))));
      if (!named) problems.push(`${key}: its fields name none of the fields the patch changed`);
    }
  }
  for (const [key, action] of Object.entries(expected.actions ?? {})) {
    const results = resolvedFor(result.checks, key);
    const got = results.map((r) => r.action ?? 'none');
    if (!got.includes(action)) problems.push(`${key}: expected action ${action}, got ${got.join(', ') || 'no result'}`);
  }
  if (expected.corrections !== undefined) {
    const listed = result.corrections.map((c) => c.pointer);
    for (const pointer of expected.corrections) {
      if (!listed.includes(pointer))
        problems.push(`correction at ${pointer} not listed (listed: ${listed.join(', ')})`);
    }
  }
  for (const [key, fragments] of Object.entries(expected.messages ?? {})) {
    const text = resultsFor(result.checks, key)
      .map((r) => r.message.zh)
      .join('\n');
    for (const fragment of fragments) {
      if (!text.includes(fragment)) problems.push(`${key}: message does not say “${fragment}” (it says: ${text})`);
    }
  }
  return problems;
}

/**
 * Run one spec case and say how the answer differs from what it expects: `[]` when it is as the case
 * says. `pack` runs it under another rule pack; `bases` gives the files its `base` may name.
 *
 * @example
 * for (const { cases } of specCases) for (const c of cases) expect(await runSpecCase(c)).toEqual([]);
 */
export async function runSpecCase(
  c: SpecCase,
  options: { readonly pack?: RulePack; readonly bases?: Readonly<Record<string, unknown>> } = {},
): Promise<string[]> {
  const withPack = { ...c.options, ...(options.pack !== undefined ? { pack: options.pack } : {}) };
  if (c.batch !== undefined) {
    const inputs = c.batch.map((b) => applicationOfCase(b, options.bases));
    const batch = await evaluateBatch(inputs, withPack);
    const expected = c.expect.results ?? [];
    const problems =
      batch.results.length === expected.length ? [] : [`${batch.results.length} results, expected ${expected.length}`];
    expected.forEach((e, i) => {
      const result = batch.results[i];
      if (result !== undefined) {
        problems.push(...problemsWith(result, e, c.batch?.[i]?.patch).map((p) => `application ${i + 1}: ${p}`));
      }
    });
    return problems;
  }
  const result = await evaluate(applicationOfCase(c, options.bases), withPack);
  return problemsWith(result, c.expect, c.patch);
}
