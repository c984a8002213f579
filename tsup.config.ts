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
    // @noble/* 2.x ship ESM only: bundled, so that the CommonJS build loads on every Node 20.
    noExternal: ['@noble/ciphers', '@noble/hashes'],
  },
  {
    entry: { 'shell/cli': 'shell/cli.ts', 'bench/run': 'bench/run.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    target: 'node20',
    outDir: 'dist',
    // Bundled into the programs: resolving and reading these packages' many files costs more at every
    // shell start than running their code (bench/startup.ts). Their CommonJS code may require Node
    // built-ins, hence a `require` in scope.
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __exoCreateRequire } from 'node:module';\nconst require = __exoCreateRequire(import.meta.url);" },
    noExternal: ['yaml', 'yargs-parser', '@noble/ciphers', '@noble/hashes'],
  },
]);
