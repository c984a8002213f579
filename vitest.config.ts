import { configDefaults, defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: {
    // Tests import the package by its own name, as users do; resolve it to the sources.
    alias: { 'exo-emulator': fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
  },
  test: {
    include: ['test/**/*.test.ts'],
    // The differential suites against the real pwsh run apart (`npm run test:pwsh`).
    exclude: [...configDefaults.exclude, 'test/pwsh/**'],
    pool: 'threads',
    testTimeout: 20000,
  },
});
