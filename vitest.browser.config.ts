import { defineConfig } from 'vitest/config';

// The browser tests (tests/browser): the production build served on 127.0.0.1, driven in
// Chromium, Firefox and WebKit through one engine-neutral driver (tests/browser/driver.ts).
// Run them with `npm run test:browsers` (scripts/test-browsers.ts), which builds once and picks
// the engines (LOC_ENGINES).
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    // Generous: a shared CI machine can be slow, and a walk is ~25 screens of driver round trips.
    testTimeout: 240_000,
    hookTimeout: 120_000,
    // Once more after a failure: a real engine on a shared 2-core machine now and then loses a
    // protocol command (CI: Chromium's Runtime.callFunctionOn, a Firefox walk over BiDi), which no
    // code of ours can cause or cure. A bug fails twice; vitest's report names each retry.
    retry: 1,
    fileParallelism: false,
    maxConcurrency: 3,
  },
});
