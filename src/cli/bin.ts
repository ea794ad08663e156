import { run } from './main.js';
import { removeUnfinished } from './writeFileAtomic.js';

declare const PACKAGE_VERSION: string;

// The `sme-dx-benchmark` program: see `run` for the commands and `exitCodes` for what it returns.
// A reader that stops early (`| head`) closes the pipe: that ends the output, quietly, not with a trace.
// Any other failure to write (a full disk) is one line and exit 2, never a trace (nor 1, 「不符合」).
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    if (stream !== process.stderr) {
      process.stderr.write(
        `无法写出结果（${error.code ?? error.message}）/ cannot write the output (${error.code ?? error.message})\n`,
      );
    }
    process.exit(2);
  });
}
// Ctrl-C: what was being written and is not finished is removed; what was finished stays whole.
process.on('SIGINT', () => {
  removeUnfinished();
  process.exit(130);
});
const version = typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : 'dev';
process.exitCode = await run(
  process.argv.slice(2),
  { stdout: process.stdout, stderr: process.stderr, env: process.env },
  version,
);
