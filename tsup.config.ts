import { defineConfig } from 'tsup';

// Two builds: the library (ESM + CJS + .d.ts) and the Node-only programs (CLI, bench).
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    outDir: 'dist',
  },
  {
    entry: { 'shell/cli': 'shell/cli.ts', 'bench/run': 'bench/run.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    target: 'node20',
    outDir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
