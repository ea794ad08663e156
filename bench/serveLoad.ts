// npm run bench:serve: a load test of `sme-dx-benchmark serve` on 127.0.0.1 with autocannon, bounded in
// time (LOAD_SECONDS, default 60 per run): first 50 connections of the five examples round robin; then
// the same beside 10 % bad requests (malformed JSON, 10 MB bodies, wrong types) on connections of their
// own, sent by a process of their own (LOAD_ROLE=bad), so that the good requests' latency is measured
// apart and is not the load generator's own wait: one process writing 10 MB bodies delays every
// connection it drives (measured so before: good p99 0.4–3.3 s, with the server answering in ms). An object that is no 申报书 is an answer
// (200, verdict invalid), not a bad request: the bad ones here are refused with 400, 413 or 415. Prints p50/p99, errors, the status codes of
// the bad requests, and the server's RSS at 10 s and at the end of the clean run.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const root = fileURLToPath(new URL('../', import.meta.url));
const seconds = Number(process.env.LOAD_SECONDS ?? 60);
const port = Number(process.env.LOAD_PORT ?? 18_181);
const url = `http://127.0.0.1:${port}`;
const examples = ['workshop', 'factory', 'chain', 'cluster', 'belt-road'].map((name) =>
  readFileSync(`${root}docs/examples/${name}.json`, 'utf8'),
);

const role = process.env.LOAD_ROLE;

/** The server's resident memory now, in MB (Linux). */
const rss = (server: { pid?: number | undefined }) => {
  const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]) / 1024;
};

/** autocannon on `/v1/evaluate` for `seconds`, each request the next of `bodies` (round robin). */
const load = (connections: number, bodies: readonly { type: string; body: Buffer }[]) => {
  let i = 0;
  return autocannon({
    url: `${url}/v1/evaluate`,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => {
          const b = bodies[i++ % bodies.length] as { type: string; body: Buffer };
          return { ...req, headers: { 'content-type': b.type }, body: b.body as unknown as string };
        },
      },
    ],
  });
};

const goodBodies = examples.map((body) => ({ type: 'application/json', body: Buffer.from(body) }));
const badBodies = [
  { type: 'application/json', body: Buffer.from('{"lead": {"name": ') },
  { type: 'application/json', body: Buffer.alloc(10 * 1024 * 1024, 'x') },
  { type: 'text/plain', body: Buffer.from(examples[0] as string) },
  { type: 'application/json', body: Buffer.from('[1, "not", "an", "application"]') },
];
const good = (connections: number) => load(connections, goodBodies);
const bad = (connections: number) => load(connections, badBodies);

const show = (name: string, r: autocannon.Result) =>
  console.log(
    `${name}: ${r.requests.total} requests, ${r.requests.average}/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ` +
      `errors ${r.errors}, timeouts ${r.timeouts}, 2xx ${r['2xx']}, 4xx ${r['4xx']}, 5xx ${r['5xx']}`,
  );

if (role === 'bad') {
  // The bad requests' process: their result, as JSON, to the parent.
  process.stdout.write(JSON.stringify(await bad(5)));
  process.exit(0);
}

const server = spawn(process.execPath, [`${root}dist/cli.js`, 'serve', '--port', String(port)], {
  stdio: ['ignore', 'ignore', 'pipe'],
});
await new Promise<void>((resolve) =>
  server.stderr.on('data', (d: Buffer) => d.toString().includes('listening') && resolve()),
);
server.stderr.resume();

const clean = good(50);
let rssAt10 = 0;
setTimeout(() => {
  rssAt10 = rss(server);
}, 10_000);
const cleanResult = await clean;
const rssAtEnd = rss(server);
show('clean, 50 connections', cleanResult);
console.log(
  `server RSS: ${rssAt10.toFixed(1)} MB at 10 s, ${rssAtEnd.toFixed(1)} MB at ${seconds} s (${((rssAtEnd / rssAt10 - 1) * 100).toFixed(1)} %)`,
);

/** The bad requests, from a process of their own. */
const badRun = new Promise<autocannon.Result>((resolve, reject) => {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
    env: { ...process.env, LOAD_ROLE: 'bad' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
  });
  child.on('exit', (code) =>
    code === 0 ? resolve(JSON.parse(out) as autocannon.Result) : reject(new Error(`bad load exited ${code}`)),
  );
});
const [mixedGood, mixedBad] = await Promise.all([good(45), badRun]);
show('with bad requests: the good ones, 45 connections', mixedGood);
show('with bad requests: the bad ones, 5 connections (a process of their own)', mixedBad);
console.log(
  `good p99 with bad requests beside: ${mixedGood.latency.p99} ms, ${(mixedGood.latency.p99 / cleanResult.latency.p99).toFixed(2)}× the clean run's`,
);
server.kill('SIGTERM');
await new Promise((resolve) => server.on('exit', resolve));
