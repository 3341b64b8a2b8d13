import { defineConfig } from 'vitest/config';

// Every workspace package with a vitest config is one project; `npx vitest` at the root runs them all.
// `npm test` goes through turbo instead, so each package is built before its tests run.
export default defineConfig({
  test: {
    projects: ['infra-shared/*', 'services/*', 'patterns/*', 'benchmarks', 'cli', 'test'],
  },
});
