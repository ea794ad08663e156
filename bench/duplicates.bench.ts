// npm run bench (second part): findDuplicateConsortia on 1k, 10k and 100k generated consortia
// (12 units each, ~3% re-filings), indexed and (where it can run) exhaustive. Each size runs in a
// child process of its own, so that its peak memory (max RSS) is its own.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const sizes = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const exhaustiveUpTo = Number(process.env.BENCH_EXHAUSTIVE_UP_TO ?? 10_000);

if (process.argv[2] === 'one') {
  const { generateConsortia } = await import('../tests/helpers/generate.js');
  const { findDuplicateConsortia } = await import('../src/index.js');
  const size = Number(process.argv[3]);
  const method = process.argv[4] as 'indexed' | 'exhaustive';
  const { applications, duplicates } = generateConsortia(size, 42);
  global.gc?.();
  const before = process.memoryUsage();
  const start = performance.now();
  const pairs = findDuplicateConsortia(applications, { method });
  const ms = performance.now() - start;
  const after = process.memoryUsage();
  const heap = Math.max(0, after.heapUsed - before.heapUsed) / 2 ** 20;
  console.log(
    JSON.stringify({ size, method, ms, pairs: pairs.length, injected: duplicates.length, heapGrowthMiB: heap }),
  );
} else {
  const self = fileURLToPath(import.meta.url);
  console.log('\nfindDuplicateConsortia, one run per cell, each in its own process (time: the search only)');
  console.log('| consortia | method | time (s) | pairs found | re-filings injected | max RSS (MiB) |');
  console.log('| ---: | --- | ---: | ---: | ---: | ---: |');
  for (const size of sizes) {
    for (const method of ['indexed', 'exhaustive'] as const) {
      if (method === 'exhaustive' && size > exhaustiveUpTo) {
        console.log(`| ${size} | exhaustive | (not run: ${((size * (size - 1)) / 2).toExponential(1)} pairs) | | | |`);
        continue;
      }
      const child = spawnSync(
        '/usr/bin/time',
        ['-f', 'maxrss=%M', process.execPath, '--expose-gc', '--import', 'tsx', self, 'one', String(size), method],
        { encoding: 'utf8', maxBuffer: 1 << 24 },
      );
      const r = JSON.parse(child.stdout.trim().split('\n').at(-1) as string);
      const rss = Number(/maxrss=(\d+)/.exec(child.stderr)?.[1] ?? Number.NaN) / 1024;
      console.log(
        `| ${size} | ${method} | ${(r.ms / 1000).toFixed(2)} | ${r.pairs} | ${r.injected} | ${rss.toFixed(0)} |`,
      );
    }
  }
}
