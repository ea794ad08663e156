// The compiled evaluation against json-rules-engine end to end, measured fairly: each path in a
// process of its own (in one process the path measured second runs at about half speed, the JIT's
// state left by the first), the two alternated PAIRS times (default 5) so that a drifting machine
// touches both alike. Each child measures evaluate(chain), evaluate(workshop) and the five examples
// round robin with tinybench and prints its medians; the parent prints medians over children and
// the ratios. Each child runs the built package (dist/): npm run build && npx tsx bench/endToEnd.bench.ts
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Bench } from 'tinybench';

type Engine = 'compiled' | 'json-rules-engine';
type Figures = Record<string, number>;

async function child(engine: Engine): Promise<Figures> {
  // The built package (npm run bench builds it first), as an installed one runs.
  const { evaluate } = (await import(
    new URL('../dist/index.js', import.meta.url).href
  )) as typeof import('../src/index.js');
  const read = (file: string) =>
    JSON.parse(readFileSync(fileURLToPath(new URL(`../docs/examples/${file}`, import.meta.url)), 'utf8'));
  const examples = ['workshop.json', 'factory.json', 'chain.json', 'cluster.json', 'belt-road.json'].map(read);
  const [workshop, , chain] = examples;
  const options = { engine } as const;
  let next = 0;
  const bench = new Bench({ time: 1500, warmupTime: 500 });
  bench.add('chain', () => evaluate(chain, options));
  bench.add('workshop', () => evaluate(workshop, options));
  bench.add('round robin', () => evaluate(examples[next++ % examples.length], options));
  await bench.run();
  const figures: Figures = {};
  for (const task of bench.tasks) {
    const result = task.result as { latency?: { p50?: number; mean?: number } } | undefined;
    figures[`${task.name} p50`] = result?.latency?.p50 ?? Number.NaN;
    figures[`${task.name} mean`] = result?.latency?.mean ?? Number.NaN;
  }
  return figures;
}

const only = process.env.BENCH_ENGINE as Engine | undefined;
if (only !== undefined) {
  process.stdout.write(JSON.stringify(await child(only)));
} else {
  const pairs = Number(process.env.PAIRS ?? 5);
  const runs: Record<Engine, Figures[]> = { compiled: [], 'json-rules-engine': [] };
  const self = fileURLToPath(import.meta.url);
  for (let i = 0; i < pairs; i++) {
    for (const engine of (i % 2 === 0
      ? ['compiled', 'json-rules-engine']
      : ['json-rules-engine', 'compiled']) as Engine[]) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', self], {
        env: { ...process.env, BENCH_ENGINE: engine },
        encoding: 'utf8',
      });
      runs[engine].push(JSON.parse(out) as Figures);
    }
  }
  const median = (values: readonly number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
  const of = (engine: Engine, key: string) => median(runs[engine].map((f) => f[key] ?? Number.NaN));
  console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}`);
  console.log(`${pairs} pairs of processes, alternated; medians over processes of each one's median\n`);
  console.log('| task | compiled (ms) | json-rules-engine (ms) | ratio |\n| --- | ---: | ---: | ---: |');
  for (const task of ['chain', 'workshop', 'round robin']) {
    const a = of('compiled', `${task} p50`);
    const b = of('json-rules-engine', `${task} p50`);
    console.log(`| evaluate, ${task} | ${a.toFixed(4)} | ${b.toFixed(4)} | ${(b / a).toFixed(1)}× |`);
  }
  const perSecond = (engine: Engine) => 1000 / of(engine, 'round robin mean');
  console.log(
    `\nthroughput, five examples round robin, one core (calls over time): ${perSecond('compiled').toFixed(0)}/s compiled, ${perSecond('json-rules-engine').toFixed(0)}/s json-rules-engine`,
  );
}
