import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Two suites: fast unit/component tests in jsdom, and the browser suite, which drives
// Debian's Chromium (software WebGL) against the production build in `dist/`.
export default defineConfig({
  plugins: [react()],
  // The hooks for the browser suite exist only in the test build (vite.config.ts); the unit suite runs without them.
  define: { __ATLAS_TEST_HOOKS__: 'false' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/component/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
