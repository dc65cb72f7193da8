import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Unit, property and component tests. Browser tests live in vitest.e2e.config.ts.
export default defineConfig({
  plugins: [react()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
  },
});
