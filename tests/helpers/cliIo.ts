import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/** A command line's output captured: `run(argv, t.io)`, then `t.out()` and `t.err()`. */
export function cliIo(tty = false) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      stdout: { write: (t: string) => out.push(t), isTTY: tty },
      stderr: { write: (t: string) => err.push(t), isTTY: tty },
      env: {},
    },
    out: () => out.join(''),
    err: () => err.join(''),
  };
}

/** A folder of its own for a test file's scratch files, made before its tests and removed after. */
export function scratchDir(prefix: string): { readonly path: string } {
  const state = { path: '' };
  beforeAll(() => {
    state.path = mkdtempSync(join(tmpdir(), prefix));
  });
  afterAll(() => rmSync(state.path, { recursive: true, force: true }));
  return state;
}
