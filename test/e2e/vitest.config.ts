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
    fileParallelism: false,
  },
});
