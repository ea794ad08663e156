// npm run bench (third part): `sme-dx-benchmark batch DIR --csv` over generated consortia written as
// files (BENCH_BATCH_FILES, default 20,000; the figure quoted in the README is for 100,000), run as the
// built command line in a process of its own: its time and its peak memory (max RSS).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateConsortia } from '../tests/helpers/generate.js';

const count = Number(process.env.BENCH_BATCH_FILES ?? 20_000);
const dir = mkdtempSync(join(tmpdir(), 'sme-dx-batch-'));
try {
  const { applications } = generateConsortia(count, 42);
  const perFolder = 1000;
  applications.forEach((app, i) => {
    const folder = join(dir, String(Math.floor(i / perFolder)).padStart(4, '0'));
    if (i % perFolder === 0) mkdirSync(folder);
    writeFileSync(join(folder, `${String(i).padStart(6, '0')}.json`), JSON.stringify(app));
  });
  const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
  const start = performance.now();
  const child = spawnSync('/usr/bin/time', ['-f', 'maxrss=%M', process.execPath, cli, 'batch', dir, '--csv'], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const seconds = (performance.now() - start) / 1000;
  const rss = Number(/maxrss=(\d+)/.exec(child.stderr)?.[1] ?? Number.NaN) / 1024;
  const rows = child.stdout.split('\r\n').filter(Boolean).length - 1;
  console.log(
    `\nbatch over ${count.toLocaleString('en')} files (--csv): ${seconds.toFixed(0)} s, ${rows} rows, max RSS ${rss.toFixed(0)} MiB (target ≤ 600 MiB at 100,000: ${rss <= 600 ? 'met' : 'NOT met'} here)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
