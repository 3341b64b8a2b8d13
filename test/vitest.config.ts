import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The fuzz suite is its own package (`fuzz/`, @pik/fuzz-tests) so npm test can run it beside the suites that measure nothing.
  test: {
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**', 'fuzz/**'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
