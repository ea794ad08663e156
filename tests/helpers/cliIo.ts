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
