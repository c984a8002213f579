import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: {
    // Tests import the package by its own name, as users do; resolve it to the sources.
    alias: { 'exo-emulator': fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
  },
  test: {
    include: ['test/**/*.test.ts'],
    // Says once per run when the checks against ../shared/reference are skipped (a fresh clone alone).
    globalSetup: ['test/reference-notice.ts'],
    pool: 'threads',
    testTimeout: 20000,
  },
});
