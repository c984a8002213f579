import { configDefaults, defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: {
    // Tests import the package by its own name, as users do; resolve it to the sources.
    alias: { 'exo-emulator': fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
  },
  test: {
    include: ['test/**/*.test.ts'],
    // test/pwsh/*.pwsh.test.ts need the real pwsh: npm run test:pwsh (vitest.pwsh.config.ts).
    exclude: ['test/pwsh/**/*.pwsh.test.ts', '**/node_modules/**'],
    // Says once per run which checks against ../shared were skipped (a fresh clone alone).
    globalSetup: ['test/shared-folder-setup.ts'],
    pool: 'threads',
    testTimeout: 20000,
  },
});
