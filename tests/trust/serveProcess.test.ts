import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, root } from '../helpers/build.js';

// `sme-dx-benchmark serve` as a container runs it: a process that logs JSON lines and, on SIGTERM,
// answers what it was asked before it stops.
const cli = join(root, 'dist/cli.js');
beforeAll(() => ensureBuilt('dist/cli.js'));

describe('serve, as a process', () => {
  it('on SIGTERM finishes the batch in flight, then exits 0; its log lines are JSON with no applicant data', async () => {
    const child = spawn(process.execPath, [cli, 'serve', '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
    // Listened for from the start: a fast batch ends, and the process with it, before the answer is read.
    const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    let log = '';
    const address = await new Promise<string>((resolve) => {
      child.stderr.on('data', (d: Buffer) => {
        log += d.toString();
        const match = /"address":"([^"]+)"/.exec(log);
        if (match?.[1] !== undefined) resolve(match[1]);
      });
    });
    const workshop = readFileSync(join(root, 'docs/examples/workshop.json'), 'utf8').replace(/\n\s*/g, '');
    const body = Array.from({ length: 2500 }, () => workshop).join('\n');
    // The answer's headers come with its first line: the batch is in flight when SIGTERM is sent.
    const response = await fetch(`http://${address}/v1/batch?compact=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body,
    });
    child.kill('SIGTERM');
    const lines = (await response.text()).trim().split('\n');
    expect(lines).toHaveLength(2501);
    expect(JSON.parse(lines.at(-1) as string).summary.total).toBe(2500);
    expect(await exited).toBe(0);
    const events = log
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(events.map((e) => e.event ?? e.path)).toEqual(['listening', 'stopping', '/v1/batch']);
    expect(log).not.toContain('昌吉州示例新材料有限公司');
  });
});
