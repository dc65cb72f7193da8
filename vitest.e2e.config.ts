import { defineConfig } from 'vitest/config';

// Browser tests: the production build served on 127.0.0.1, driven in Chromium by playwright-core.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
