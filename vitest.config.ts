import { defineConfig } from 'vitest/config';

// Unit and service tests: they sit next to the code. End-to-end tests have their own config.
export default defineConfig({
  test: {
    include: [
      'shared/**/*.test.ts',
      'main/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'test/unit/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
  },
});
