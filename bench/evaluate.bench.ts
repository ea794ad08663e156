// npm run bench: evaluate() on the examples (a 12-participant chain among them), against the same
// conditions on a bare json-rules-engine Engine, and against a hand-written predicate for the workshop
// rules (the floor). Prints medians and the ratios; targets: chain under 0.5 ms, ≤ 1.5× the bare engine.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { Engine } from 'json-rules-engine';
import { Bench } from 'tinybench';
import { checksFor, factsNamedBy, rulesFor } from '../src/evaluate/compilePack.js';
import { resolvePath } from '../src/evaluate/resolvePath.js';
import { derivedFacts, type FactContext } from '../src/facts/registry.js';
import { type Application, defaultPack, evaluate, parametersAt, scenariosAtLevel } from '../src/index.js';
import { customOperators } from '../src/operators/index.js';
import { substituteParams } from '../src/pack/loadRulePack.js';

const read = (file: string) => JSON.parse(readFileSync(new URL(`../docs/examples/${file}`, import.meta.url), 'utf8'));
const chain = read('chain.json') as Application;
const workshop = read('workshop.json') as Application;
const pack = defaultPack();
const { values } = parametersAt(pack, '2025-04-15');

/** The pack's rules for a direction on a bare Engine: same conditions, operators and facts, nothing else. */
function bareEngine(application: Application, pathResolver?: (o: unknown, p: string) => unknown) {
  const options = {
    allowUndefinedFacts: true,
    replaceFactsInEventParams: false,
    ...(pathResolver ? { pathResolver } : {}),
  };
  const selected = checksFor(pack, application.direction, false);
  const engine = new Engine([], options);
  for (const [name, op] of Object.entries(customOperators)) engine.addOperator(name, op);
  for (const name of [...factsNamedBy(selected), 'unitAt']) {
    const fact = derivedFacts[name];
    if (!fact) continue;
    engine.addFact(name, (params, almanac) =>
      almanac
        .factValue<FactContext>('context')
        .then((c) => fact.compute(c, substituteParams(params, (p) => values[p]) as never)),
    );
  }
  for (const rule of rulesFor(selected, values, application.participants.length + 1)) engine.addRule(rule);
  const context: FactContext = { application, evaluationDate: application.submittedOn };
  return () => engine.run({ application, context });
}

/** The workshop rules written by hand: the floor no engine can beat. */
function workshopPredicate(a: Application): boolean {
  const s = a.lead.assessment;
  if (!s || !a.lead.isPilot || !s.acceptancePassed || !a.lead.project?.acceptedOn) return false;
  const scenarios = s.scenarios;
  return (
    (s.level ?? 0) >= 2 &&
    s.score >= 50 &&
    scenariosAtLevel(scenarios, 2) >= 8 &&
    scenariosAtLevel(
      scenarios.filter((x) => x.binding),
      2,
    ) >= 5
  );
}

const bareChain = bareEngine(chain, resolvePath);
const bareChainJsonPath = bareEngine(chain);
const bareWorkshop = bareEngine(workshop, resolvePath);

const bench = new Bench({ time: 2000, warmupTime: 500 });
bench
  .add('evaluate(chain, 12 participants)', async () => {
    await evaluate(chain);
  })
  .add('bare engine, same conditions (chain)', async () => {
    await bareChain();
  })
  .add('bare engine with default JSONPath (chain)', async () => {
    await bareChainJsonPath();
  })
  .add('evaluate(workshop)', async () => {
    await evaluate(workshop);
  })
  .add('bare engine, same conditions (workshop)', async () => {
    await bareWorkshop();
  })
  .add('hand-written predicate (workshop rules)', () => {
    workshopPredicate(workshop);
  });

await bench.run();
const median = (name: string) => {
  const task = bench.tasks.find((t) => t.name === name);
  const result = task?.result as { latency?: { p50?: number } } | undefined;
  return result?.latency?.p50 ?? Number.NaN;
};
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(`\nmachine: ${cpu}, ${os.cpus().length} cores, Node ${process.version}, ${os.platform()} ${os.arch()}`);
console.log('\n| task | median (ms) |\n| --- | ---: |');
for (const t of bench.tasks) console.log(`| ${t.name} | ${median(t.name).toFixed(4)} |`);
const chainMs = median('evaluate(chain, 12 participants)');
const ratioChain = chainMs / median('bare engine, same conditions (chain)');
const ratioWorkshop = median('evaluate(workshop)') / median('bare engine, same conditions (workshop)');
const floor = median('evaluate(workshop)') / median('hand-written predicate (workshop rules)');
console.log(`\nchain: ${chainMs.toFixed(3)} ms median (target < 0.5 ms) ${chainMs < 0.5 ? 'OK' : 'OVER'}`);
console.log(
  `evaluate / bare engine: chain ${ratioChain.toFixed(2)}×, workshop ${ratioWorkshop.toFixed(2)}× (target ≤ 1.5×) ${Math.max(ratioChain, ratioWorkshop) <= 1.5 ? 'OK' : 'OVER'}`,
);
console.log(`evaluate(workshop) / hand-written predicate: ${floor.toFixed(0)}×`);
