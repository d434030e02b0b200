import { defineConfig } from 'vitest/config';

// Unit and service tests: they sit next to the code. End-to-end tests have their own config.
//
// The service tests run twice: on the embedded store (project `unit`, with everything else) and
// on the PostgreSQL store (project `postgres`: the same files, TOMARI_TEST_STORE=postgres, see
// main/testing/fixture.ts). The second needs a server (TOMARI_TEST_DATABASE_URL; README.md says
// how): without one it is left out here and main/storage/postgres/*.test.ts report themselves
// skipped with the hint; in CI it must run.
const SERVICE_TESTS = ['main/services/**/*.test.ts', 'main/api/dispatcher.test.ts'];
const database = process.env.TOMARI_TEST_DATABASE_URL;
if (!database && process.env.CI) {
  throw new Error('CI must run the PostgreSQL tests: TOMARI_TEST_DATABASE_URL is not set');
}

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'shared/**/*.test.ts',
            'main/**/*.test.ts',
            'renderer/**/*.test.{ts,tsx}',
            'test/unit/**/*.test.ts',
          ],
        },
      },
      ...(database
        ? [
            {
              extends: true as const,
              test: {
                name: 'postgres',
                include: SERVICE_TESTS,
                env: { TOMARI_TEST_STORE: 'postgres' },
              },
            },
          ]
        : []),
    ],
  },
});
