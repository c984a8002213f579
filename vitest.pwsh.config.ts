import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// The differential suite against the real pwsh (`npm run test:pwsh`): slow, so apart from `npm test`.
export default defineConfig({
  resolve: {
    alias: { 'exo-emulator': fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
  },
  test: {
    include: ['test/pwsh/**/*.pwsh.test.ts', 'test/pwsh-client/**/*.pwsh.test.ts'],
    globalSetup: ['test/pwsh/summary.ts'],
    pool: 'forks',
    testTimeout: 900_000,
    hookTimeout: 900_000,
  },
});
