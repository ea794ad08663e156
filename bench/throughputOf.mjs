// One build's throughput in a process of its own, for bench/baseline.bench.ts: the five examples round
// robin, one core. Plain Node (no loader hook), as an installed package runs. Started with `fork`, it
// answers each message `{ ms }` with the evaluations per second it ran in that many milliseconds, so
// that the parent can interleave rounds of several such processes in time, one running at a time.
//   fork('bench/throughputOf.mjs', [<folder with dist/>, <full|compact>, <folder with the examples>])
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [folder = '.', detail = 'full', examplesFolder = 'docs/examples'] = process.argv.slice(2);
const { evaluateSync } = await import(pathToFileURL(join(folder, 'dist', 'index.js')).href);
const examples = ['workshop', 'factory', 'chain', 'cluster', 'belt-road'].map((name) =>
  JSON.parse(readFileSync(join(examplesFolder, `${name}.json`), 'utf8')),
);
const options = detail === 'compact' ? { detail: 'compact' } : undefined;

/** Evaluations per second over `ms` milliseconds, the examples in turn. */
function rate(ms) {
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    for (let i = 0; i < 25; i++) evaluateSync(examples[n++ % examples.length], options);
  }
  return n / ((performance.now() - start) / 1000);
}

process.on('message', ({ ms }) => process.send?.({ perSecond: rate(ms) }));
process.send?.({ ready: true });
