#!/usr/bin/env node
// `npm run fuzz -- --inputs N [--seed S]`: bundles the fuzz campaign (test/fuzz/campaign.ts) and runs it.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = mkdtempSync(join(tmpdir(), 'exo-fuzz-'));
const out = join(dir, 'campaign.mjs');
await build({
  entryPoints: [new URL('../test/fuzz/campaign.ts', import.meta.url).pathname],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: out,
  logLevel: 'error',
  banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
});
process.env.EXO_FUZZ_ROOT = new URL('..', import.meta.url).pathname;
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
await import(pathToFileURL(out).href);
