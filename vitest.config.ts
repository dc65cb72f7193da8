import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Unit, property and component tests. Browser tests live in vitest.browser.config.ts (tests/browser).
export default defineConfig({
  plugins: [react()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    // Property tests run hundreds of generated cases each; on a busy 2-core machine some take
    // longer than vitest's 5 s default. A hang still fails, and timings live in the benches.
    testTimeout: 30_000,
  },
});
