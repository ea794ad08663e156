import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Property tests feed thousands of inputs; give them room on a 2-core machine.
    testTimeout: 60_000,
    coverage: { provider: 'v8', include: ['src/**'] },
  },
});
