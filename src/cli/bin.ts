import { run } from './main.js';

declare const PACKAGE_VERSION: string;

// The `sme-dx-benchmark` program: see `run` for the commands and `exitCodes` for what it returns.
const version = typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : 'dev';
process.exitCode = await run(
  process.argv.slice(2),
  { stdout: process.stdout, stderr: process.stderr, env: process.env },
  version,
);
