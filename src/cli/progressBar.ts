/** Something to write progress to: a stream, and whether it is a terminal. */
export interface ProgressOutput {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

/**
 * A progress bar for `batch` on a terminal: redrawn in place at most ten times a second, finished with a
 * newline. Off a terminal (a CI log, a pipe) it writes nothing.
 */
export function progressBar(out: ProgressOutput, label: string, now: () => number = () => performance.now()) {
  let last = -Infinity;
  return (done: number, total: number) => {
    if (!out.isTTY) return;
    const t = now();
    if (done < total && t - last < 100) return;
    last = t;
    const width = 30;
    const filled = total === 0 ? width : Math.round((done / total) * width);
    out.write(`\r${label} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total}`);
    if (done >= total) out.write('\n');
  };
}
