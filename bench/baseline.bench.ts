// npm run bench:baseline: throughput of the five examples round robin, one core, against the build of
// an earlier commit (BASELINE, default 9baf6c5: before issues 30–32), as issue 32 asks ("check out the
// old commit into a scratch folder and run both"). The old commit's files are written into a folder
// of the system's temporary directory (git archive, no worktree), built there with this checkout's
// node_modules, and both builds are loaded into one process: each is its own copy of every module,
// so neither shares the other's JIT state, and they are measured in alternated rounds (the order
// swapped each round) so that a drifting machine touches both alike. Prints the medians over rounds
// and the median of each round's ratio: full results, and compact ones (`detail: 'compact'`).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

type EvaluateSync = (input: unknown, options?: { detail?: 'full' | 'compact' }) => unknown;

const root = fileURLToPath(new URL('..', import.meta.url));
const commit = process.env.BASELINE ?? '9baf6c5';
const rounds = Number(process.env.BENCH_ROUNDS ?? 15);

/** The baseline's build, made once per commit in the temporary directory. */
function baselineBuild(): string | undefined {
  let sha: string;
  try {
    sha = execFileSync('git', ['rev-parse', '--verify', `${commit}^{commit}`], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
  const dir = join(os.tmpdir(), `sme-dx-benchmark-baseline-${sha.slice(0, 12)}`);
  if (!existsSync(join(dir, 'dist', 'index.js'))) {
    mkdirSync(dir, { recursive: true });
    execFileSync('sh', ['-c', `git archive ${sha} | tar -x -C "${dir}"`], { cwd: root });
    if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    execFileSync('npx', ['tsup', '--silent'], { cwd: dir, stdio: 'ignore' });
  }
  return dir;
}

const dir = baselineBuild();
if (dir === undefined) {
  console.log(`baseline ${commit}: not in this clone's history (a shallow clone?); nothing measured`);
  process.exit(0);
}
const load = async (folder: string) =>
  ((await import(pathToFileURL(join(folder, 'dist', 'index.js')).href)) as { evaluateSync: EvaluateSync }).evaluateSync;
const before = await load(dir);
const now = await load(root);
const examples = ['workshop', 'factory', 'chain', 'cluster', 'belt-road'].map((name) =>
  JSON.parse(readFileSync(join(root, 'docs', 'examples', `${name}.json`), 'utf8')),
);

const compact = { detail: 'compact' } as const;
const variants: [name: string, evaluate: EvaluateSync, options: typeof compact | undefined][] = [
  [`${commit}, full`, before, undefined],
  ['now, full', now, undefined],
  ['now, compact', now, compact],
];

/** Evaluations per second over `ms` milliseconds, the examples in turn. */
function rate(evaluate: EvaluateSync, options: typeof compact | undefined, ms: number): number {
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    for (let i = 0; i < 25; i++) evaluate(examples[n++ % examples.length], options);
  }
  return n / ((performance.now() - start) / 1000);
}

for (const [, evaluate, options] of variants) rate(evaluate, options, 1500);
const measured = variants.map((): number[] => []);
for (let round = 0; round < rounds; round++) {
  const order = round % 2 === 0 ? [0, 1, 2] : [2, 1, 0];
  for (const i of order) measured[i]?.push(rate(variants[i]?.[1] as EvaluateSync, variants[i]?.[2], 300));
}
const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const base = measured[0] ?? [];
console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}`);
console.log(`${rounds} alternated rounds of 300 ms each, one process; baseline ${commit} built in ${dir}\n`);
console.log('| evaluateSync, five examples round robin | per second (median) | against the baseline |');
console.log('| --- | ---: | ---: |');
variants.forEach(([name], i) => {
  const values = measured[i] ?? [];
  const ratio = median(values.map((v, round) => v / (base[round] ?? Number.NaN)));
  console.log(`| ${name} | ${median(values).toFixed(0)} | ${ratio.toFixed(2)}× |`);
});
console.log('\ntargets (issue 32): full ≥ 2× the baseline, compact ≥ 3× (16,000/s and 25,000/s against 8,300/s)');
