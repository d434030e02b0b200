import { defineConfig } from 'vitest/config';

// End-to-end tests: the built renderer and the real services behind the browser host, driven
// by Playwright in Debian's Chromium. `npm test` builds first.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two files at a time: each starts its own host process (own data folder, own port) and
    // Chromium, so files share nothing. On the two-core machine the suite took 190 s instead of
    // 310 s one file at a time, and passed in four runs, one with a core kept busy (238 s).
    fileParallelism: true,
    maxWorkers: 2,
  },
});
