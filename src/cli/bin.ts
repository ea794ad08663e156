import { run } from './main.js';

declare const PACKAGE_VERSION: string;

// The `sme-dx-benchmark` program: see `run` for the commands and `exitCodes` for what it returns.
// A reader that stops early (`| head`) closes the pipe: that ends the output, quietly, not with a trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
const version = typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : 'dev';
process.exitCode = await run(
  process.argv.slice(2),
  { stdout: process.stdout, stderr: process.stderr, env: process.env },
  version,
);
