/**
 * exo-shell's CLI bundled for tests that run it as a process (esbuild, dependencies left external):
 * each suite gets its own output folder, so suites running in parallel never share a half-written file.
 */
import { buildSync } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Builds shell/cli.ts into node_modules/.cache/<name>/cli.mjs and returns that path. */
export function bundleCli(name: string): string {
  const outDir = join(root, 'node_modules', '.cache', name);
  mkdirSync(outDir, { recursive: true });
  const cli = join(outDir, 'cli.mjs');
  buildSync({ entryPoints: [join(root, 'shell/cli.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', outfile: cli, logLevel: 'error' });
  return cli;
}
