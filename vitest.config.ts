import { defineConfig } from 'vitest/config';

/**
 * Two projects, both run by `npm test`: `unit`, quick (seconds: what to run while working,
 * `npm run test:unit`), and `long`: the property tests (their counts from `PROPERTY_RUNS`, see
 * tests/helpers/runs.ts), the trust suite (determinism, hostile input, headless Chromium), the built
 * package, and the command line run as a process over a thousand files.
 */
const long = [
  'tests/**/*.property.test.ts',
  'tests/trust/**/*.test.ts',
  'tests/package/**/*.test.ts',
  'tests/report/htmlScreenshot.test.ts',
  'tests/cli/cli.test.ts',
  'tests/cli/forPeople.test.ts',
  'tests/portal/**/*.test.ts',
  'tests/batch/findDuplicateConsortia.test.ts',
  'tests/credit-code/parseCreditCode.test.ts',
];

export default defineConfig({
  test: {
    coverage: { provider: 'v8', include: ['src/**'] },
    projects: [
      // The unit files share one module graph (no isolation): importing the library once is most of their time.
      // Time limits catch a hang, not a slow machine: the suite passes beside two busy loops.
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: long,
          isolate: false,
          pool: 'threads',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      // Property tests feed thousands of inputs; give them room on a 2-core machine.
      {
        test: {
          name: 'long',
          include: long,
          testTimeout: 300_000,
          hookTimeout: 300_000,
          // A page under load may take seconds to answer what it answers in milliseconds when idle.
          expect: { poll: { timeout: 30_000 } },
          // The browser tests' Chromium, found (or unpacked from npm) once: scripts/find-chromium.mjs.
          globalSetup: ['tests/helpers/chromiumSetup.ts'],
        },
      },
    ],
  },
});
