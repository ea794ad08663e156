import { Engine, type EngineResult, Fact } from 'json-rules-engine';
import { whileEvaluatingAsync } from '../facts/derivedOnce.js';
import { derivedFacts, type FactContext } from '../facts/registry.js';
import { resolvePath } from '../model/paths.js';
import type { Application } from '../model/schema.js';
import { customOperators } from '../operators/index.js';
import type { LoadedCheck } from '../pack/loadRulePack.js';
import { substituteParams } from '../pack/paramRefs.js';
import { type CompiledChecks, forUnit, registeredFacts, unitRuleName } from './compilePack.js';
import type { EvaluatedCondition } from './interpretRuleResult.js';
import { newFrame, type RuleFrame } from './ruleFrame.js';

// The reference: the same rules run by json-rules-engine. `evaluate` loads this module only when
// asked (`engine: 'json-rules-engine'`), so a page that does not ask does not carry the engine.

/**
 * An engine with the library's operators and the derived facts `checks` name. json-rules-engine
 * copies every registered fact into each run's almanac, so registering only those used keeps a run cheap.
 */
export function newEngine(
  checks: readonly LoadedCheck[],
  parameters: Readonly<Record<string, unknown>>,
  paths: { readonly pathResolver?: (value: unknown, path: string) => unknown } = { pathResolver: resolvePath },
): Engine {
  // `paths: {}` leaves json-rules-engine's own JSONPath in place: only the bench wants that, to compare.
  const engine = new Engine([], { allowUndefinedFacts: true, replaceFactsInEventParams: false, ...paths });
  for (const [name, operator] of Object.entries(customOperators)) engine.addOperator(name, operator);
  for (const name of registeredFacts(checks)) {
    const fact = derivedFacts[name];
    if (fact === undefined) continue;
    const resolve = (params: unknown) => substituteParams(params, (p) => parameters[p]);
    engine.addFact(name, (params, almanac) =>
      almanac.factValue<FactContext>('context').then((context) => fact.compute(context, resolve(params) as never)),
    );
  }
  return engine;
}

/**
 * The facts of one run. They are constants, so json-rules-engine need not hash a cache key each
 * time a condition reads them (it does unless told otherwise).
 */
export function runtimeFacts(application: Application, context: FactContext): Record<string, Fact> {
  return {
    application: new Fact('application', application, { cache: false }),
    context: new Fact('context', context, { cache: false }),
  };
}

const engines = new WeakMap<CompiledChecks, Engine>();

/** What a run gave: each rule's evaluated conditions and its `details`, by rule name. */
interface ReferenceResults {
  readonly conditions: Map<string, EvaluatedCondition>;
  readonly details: Map<string, Record<string, unknown>>;
}

/**
 * json-rules-engine's evaluated conditions of a rule written into a frame at `base`, position by
 * position (its shape is the rule's, see `shapeOf`), so that one reading of results serves both engines.
 */
export function writeTree(tree: EvaluatedCondition, frame: RuleFrame, base: number): void {
  let at = base;
  const visit = (c: EvaluatedCondition) => {
    frame.result[at] = c.result;
    frame.factResult[at] = c.factResult;
    frame.valueResult[at] = c.valueResult;
    at++;
    const children = c.all ?? c.any;
    if (children !== undefined) for (const child of children) visit(child);
    else if (c.not !== undefined) visit(c.not);
  };
  visit(tree);
}

/** A run's results laid into one frame, as the compiled evaluation's are: which rules ran, and their details. */
export async function runReferenceInFrame(compiled: CompiledChecks, context: FactContext) {
  const { conditions, details } = await runReference(compiled, context);
  const frame = newFrame(compiled.frameSize);
  for (const [name, tree] of conditions) {
    const rule = compiled.targets.get(name);
    if (rule !== undefined) writeTree(tree, frame, rule.base);
  }
  return { frame, ran: new Set(conditions.keys()), details };
}

/**
 * Run compiled checks through json-rules-engine: each rule's evaluated conditions by rule name, and
 * each rule's `details` read from the run's almanac (values the run computed are reused).
 */
export async function runReference(compiled: CompiledChecks, context: FactContext): Promise<ReferenceResults> {
  let engine = engines.get(compiled);
  if (engine === undefined) {
    engine = newEngine(compiled.runnable, compiled.parameters);
    for (const rule of compiled.engineRules) engine.addRule(rule);
    engines.set(compiled, engine);
  }
  // What the facts derive of the application, derived once for the whole run (as the compiled path does).
  return whileEvaluatingAsync(context.application, () => readRun(engine, compiled, context));
}

/** One run of the engine, its conditions and details read. */
async function readRun(engine: Engine, compiled: CompiledChecks, context: FactContext): Promise<ReferenceResults> {
  const run = (await engine.run(runtimeFacts(context.application, context))) as EngineResult;
  const conditions = new Map<string, EvaluatedCondition>();
  for (const result of [...run.results, ...run.failureResults]) {
    conditions.set(result.name as string, result.conditions as unknown as EvaluatedCondition);
  }
  const details = new Map<string, Record<string, unknown>>();
  await Promise.all(
    compiled.runnable.flatMap((check) => {
      const entries = Object.entries(check.details ?? {});
      if (entries.length === 0) return [];
      const targets =
        check.subject === 'unit'
          ? Array.from({ length: context.application.participants.length + 1 }, (_, i) => i)
          : [undefined];
      return targets.map(async (index) => {
        const values = await Promise.all(
          entries.map(([, ref]) => {
            const asked = (index === undefined ? ref : forUnit(ref, index)) as typeof ref;
            return run.almanac.factValue(asked.fact, asked.params ?? {}, asked.path ?? '');
          }),
        );
        const name = index === undefined ? check.id : unitRuleName(check.id, index);
        details.set(name, Object.fromEntries(entries.map(([n], i) => [n, values[i]])));
      });
    }),
  );
  return { conditions, details };
}
