/**
 * `sme-dx-benchmark/testing`: an executable spec for other people's tests. The five examples, a
 * builder of complete eligible applications to change one thing in, the spec cases as data with a
 * runner, and matchers for Vitest and Jest.
 *
 * ```ts
 * import { evaluate } from 'sme-dx-benchmark';
 * import { benchmarkMatchers, buildApplication } from 'sme-dx-benchmark/testing';
 * expect.extend(benchmarkMatchers);
 *
 * const draft = buildApplication('digital-workshop', { lead: { assessment: { score: 49 } } });
 * expect(await evaluate(draft)).toFailOn('/lead/assessment/score');
 * ```
 *
 * @module
 */
export type { CheckId } from '../pack/checkId.js';
export { applyPatch, type PatchOperation } from '../testing/applyPatch.js';
export { type ApplicationOverrides, buildApplication, type DeepPartial } from '../testing/buildApplication.js';
export { exampleFiles, exampleOf, examples } from '../testing/examples.js';
export {
  type BenchmarkMatchers,
  benchmarkMatchers,
  type MatcherContext,
  type MatcherResult,
} from '../testing/matchers.js';
export { resultsFor, worstOutcome } from '../testing/resultsFor.js';
export {
  applicationOfCase,
  problemsWith,
  runSpecCase,
  type SpecApplication,
  type SpecCase,
  type SpecExpectation,
  specCases,
} from '../testing/specCases.js';
