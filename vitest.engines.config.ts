import { defineConfig } from 'vitest/config';

// Browser tests in Firefox and WebKit (tests/engines): the production build served on
// 127.0.0.1, driven through one engine-neutral driver (tests/engines/driver.ts).
export default defineConfig({
  test: {
    include: ['tests/engines/**/*.test.ts'],
    environment: 'node',
    // Generous: a shared CI machine can be slow, and a walk is ~25 screens of driver round trips.
    testTimeout: 240_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    maxConcurrency: 3,
  },
});
