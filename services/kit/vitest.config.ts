import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: '@pik/service-kit',
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // DynamoDB Local is a JVM: its start (up to the launcher's own limit) plus the table creation.
    hookTimeout: 60_000,
  },
});
