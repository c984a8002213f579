import { configDefaults, defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

/** The suites that drive exo-shell through a pseudo-terminal. */
const PTY_TESTS = 'test/shell-repl/*pty*.test.ts';
/** The browser lab's end-to-end suites (headless Chromium; skipped without /usr/bin/chromium). */
const WEB_TESTS = 'test/web/*.test.ts';

export default defineConfig({
  resolve: {
    // Tests import the package by its own name, as users do; resolve it to the sources.
    alias: { 'exo-emulator': fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
  },
  test: {
    testTimeout: 20000,
    // (extends: true merges arrays, so include/exclude are given per project, not here.)
    projects: [
      // *.pwsh.test.ts (test/pwsh, test/pwsh-client) need the real pwsh: npm run test:pwsh (vitest.pwsh.config.ts).
      // Its global setup says once per run which checks against ../shared were skipped (a fresh clone alone).
      { extends: true, test: { name: 'unit', globalSetup: ['test/shared-folder-setup.ts'], include: ['test/**/*.test.ts'], exclude: ['**/*.pwsh.test.ts', '**/node_modules/**', PTY_TESTS, WEB_TESTS], pool: 'threads' } },
      // node-pty is not thread-safe: its exit callbacks abort a process whose worker thread is gone (test/shell-repl/pty-jar.ts).
      { extends: true, test: { name: 'pty', include: [PTY_TESTS], pool: 'forks' } },
      // A browser per file, in its own process; the tests in a file run in order on one page.
      { extends: true, test: { name: 'web', include: [WEB_TESTS], pool: 'forks', testTimeout: 60000, hookTimeout: 120000 } },
    ],
  },
});
