// npm run bench:baseline: throughput of the five examples round robin, one core, against the build of
// an earlier commit (BASELINE, default 9baf6c5: before issues 30–32), as issue 32 asks ("check out the
// old commit into a scratch folder and run both"). The old commit's files are written into a folder
// of the system's temporary directory (git archive, no worktree) and built there with this
// checkout's node_modules. Each variant (the baseline's full results, this build's full results,
// this build's compact ones) runs in processes of its own (bench/throughputOf.mjs, plain Node, as an
// installed package runs), and the parent interleaves their rounds in time, one process running at
// a time, the order swapped each round, so that the VM's drift touches each alike. Not in one
// process: two builds share zod and the other dependencies, and the one measured after the other
// inherits the JIT state the other left (measured: this build 13–18 % slower once the baseline had
// run in its process). Several processes per variant (PROCESSES, default 3): one build's processes
// differ by up to 20 % from each other, each for its whole life (what V8 compiled and when, the hash
// seed), so a ratio of one process to one other was as much the two processes' luck as the builds'
// (the same code measured 1.85× and 2.20×). Each variant's figure is the median of every round of
// all its processes; the ratio is of those medians, and each process's own median is shown beside.
import { execFileSync, fork } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const commit = process.env.BASELINE ?? '9baf6c5';

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
const rounds = Number(process.env.BENCH_ROUNDS ?? 21);
const examplesFolder = join(root, 'docs', 'examples');
const variants: [name: string, folder: string, detail: 'full' | 'compact'][] = [
  [`${commit}, full`, dir, 'full'],
  ['now, full', root, 'full'],
  ['now, compact', root, 'compact'],
];

type Answer = { perSecond?: number };
/** How many processes measure each variant. */
const processes = Math.max(1, Number(process.env.PROCESSES ?? 3));
/** Each variant's processes, by their index among the children. */
const processesOf = variants.map((_, v) => Array.from({ length: processes }, (_, p) => v * processes + p));
/** The measuring processes, each with its answers not yet taken and the taker awaiting one. */
const children = variants.flatMap(([, folder, detail]) =>
  Array.from({ length: processes }, () => {
    const child = fork(join(root, 'bench', 'throughputOf.mjs'), [folder, detail, examplesFolder], { execArgv: [] });
    const entry = { child, answers: [] as Answer[], taker: undefined as ((answer: Answer) => void) | undefined };
    child.on('message', (answer: Answer) => {
      const taker = entry.taker;
      entry.taker = undefined;
      if (taker === undefined) entry.answers.push(answer);
      else taker(answer);
    });
    child.on('exit', (code) => {
      if (code !== null) throw new Error(`a measuring process ended (exit ${code})`);
    });
    return entry;
  }),
);
/** The next answer of child `i`, after sending it `message` (if any). */
function answerOf(i: number, message?: { ms: number }): Promise<Answer> {
  const entry = children[i] as (typeof children)[number];
  if (message !== undefined) entry.child.send(message);
  const waiting = entry.answers.shift();
  if (waiting !== undefined) return Promise.resolve(waiting);
  return new Promise((resolve) => {
    entry.taker = resolve;
  });
}
/** One round of `ms` milliseconds in child `i`, the others idle. */
const round = async (i: number, ms: number) => (await answerOf(i, { ms })).perSecond ?? Number.NaN;
for (let i = 0; i < children.length; i++) await answerOf(i);
for (let i = 0; i < children.length; i++) await round(i, 1500);
const measured = children.map((): number[] => []);
const inOrder = children.map((_, i) => i);
for (let r = 0; r < rounds; r++) {
  for (const i of r % 2 === 0 ? inOrder : [...inOrder].reverse()) measured[i]?.push(await round(i, 300));
}
for (const { child } of children) {
  child.removeAllListeners('exit');
  child.kill();
}
const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
/** A variant's rounds, every process's. */
const roundsOf = (v: number) => (processesOf[v] ?? []).flatMap((i) => measured[i] ?? []);
const base = median(roundsOf(0));
console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}`);
console.log(
  `${rounds} rounds of 300 ms in each of ${processes} processes per variant, interleaved in time (order swapped each round); baseline ${commit} built in ${dir}\n`,
);
console.log(
  '| evaluateSync, five examples round robin | per second (median) | against the baseline | each process (median) |',
);
console.log('| --- | ---: | ---: | --- |');
variants.forEach(([name], v) => {
  const each = (processesOf[v] ?? []).map((i) => median(measured[i] ?? []).toFixed(0)).join(', ');
  const all = median(roundsOf(v));
  console.log(`| ${name} | ${all.toFixed(0)} | ${(all / base).toFixed(2)}× | ${each} |`);
});
console.log('\ntargets (issue 32): full ≥ 2× the baseline, compact ≥ 3× (16,000/s and 25,000/s against 8,300/s)');
