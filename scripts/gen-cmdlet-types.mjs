#!/usr/bin/env node
/**
 * Regenerates src/library/generated/cmdlet-types.ts (npm run build runs it first). The metadata is
 * TypeScript, so esbuild (installed with tsup) bundles the generator to a temporary module first.
 * `--check` exits 1 when the committed file differs (CI / drift).
 */
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'src/library/generated/cmdlet-types.ts');
// Inside node_modules so the bundle's external packages (yaml, ajv...) resolve from the project.
mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
const dir = mkdtempSync(join(root, 'node_modules/.cache/exo-gen-'));
try {
  const outfile = join(dir, 'gen.mjs');
  await build({ entryPoints: [join(root, 'src/library/codegen/main.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile, logLevel: 'error' });
  const { generateCmdletTypes } = await import(pathToFileURL(outfile).href);
  const text = generateCmdletTypes();
  if (process.argv.includes('--check')) {
    const current = readFileSync(target, 'utf8');
    if (current !== text) {
      console.error(`${target} is out of date: run node scripts/gen-cmdlet-types.mjs`);
      process.exit(1);
    }
  } else writeFileSync(target, text);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
