/**
 * Builds the browser lab's static assets (web/) into dist/web: index.html, style.css, xterm.css,
 * main.js (the page: xterm.js and the lab panel), worker.js (the engine and the REPL loop) and sw.js
 * (the isolation service worker). `exo-shell lab build` copies them next to the chosen labs, so the
 * installed CLI needs no bundler. The build fails if a Node built-in reaches a browser bundle.
 *
 *   node scripts/build-web.mjs [outDir]
 */
import { build } from 'esbuild';
import { builtinModules } from 'node:module';
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The browser bundles' entries: output name -> source. */
export const WEB_ENTRIES = { main: 'web/main.ts', worker: 'web/worker.ts', sw: 'web/sw.ts', help: 'web/help-entry.ts' };
/** The files a lab page loads (index.html's links and the worker). */
export const WEB_FILES = ['index.html', 'style.css', 'xterm.css', 'main.js', 'worker.js', 'sw.js', 'help.js'];
/** Of those, what the worker loads only when a command needs it (web/lazy-script.ts). */
export const LAZY_FILES = ['help.js'];

/**
 * Modules the worker gets a stand-in for, to keep the page small (issue 18): the YAML parser (labs.json
 * holds the labs as JSON; exo-shell reads YAML), and the built-in labs' data (the page hands the worker
 * the labs of its site: an empty registry is enough), and the reference pages' long help (help.js, loaded
 * on the first Get-Help).
 */
export const WORKER_ALIASES = { yaml: './web/no-yaml.ts' };
export const WORKER_STAND_INS = { 'src/lab/builtins.ts': 'src/lab/registry.ts', 'cmdlets/reference-help/load.ts': 'web/reference-help-load.ts' };

/** An esbuild plugin: a relative import of a source file in `standIns` (paths from the root) gets the other file. */
function standIns(map) {
  const byPath = new Map(Object.entries(map).map(([from, to]) => [join(root, from), join(root, to)]));
  return {
    name: 'stand-ins',
    setup(b) {
      b.onResolve({ filter: /^\.\.?\// }, (args) => {
        const target = resolve(args.resolveDir, args.path);
        const to = byPath.get(target) ?? byPath.get(`${target}.ts`);
        return to ? { path: to } : undefined;
      });
    },
  };
}

const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** The Node built-ins a bundle's inputs import (metafile); [] when none. */
export function nodeBuiltinsIn(metafile) {
  const found = new Set();
  for (const [file, input] of Object.entries(metafile.inputs)) {
    if (file.startsWith('node:') || BUILTINS.has(file)) found.add(file);
    for (const imp of input.imports ?? []) if (imp.path.startsWith('node:') || BUILTINS.has(imp.path)) found.add(`${imp.path} (imported by ${file})`);
  }
  return [...found];
}

/**
 * A second pass of terser over the page's two scripts: its compressor finds what esbuild's minifier
 * leaves (about 4% of the gzipped size: issue 18's goal is what the page loads). Skipped with
 * `terser: false` (tests of the build's structure).
 */
async function compress(file, module) {
  const { minify } = await import('terser');
  const out = await minify(readFileSync(file, 'utf8'), { compress: { passes: 2 }, mangle: true, ecma: 2020, module, format: { comments: false } });
  writeFileSync(file, out.code);
}

export async function buildWeb(outDir = join(root, 'dist/web'), { minify = true, terser = minify } = {}) {
  mkdirSync(outDir, { recursive: true });
  const common = {
    absWorkingDir: root,
    bundle: true,
    platform: 'browser',
    target: ['chrome111', 'firefox111', 'safari16.4'],
    minify,
    sourcemap: false,
    metafile: true,
    logLevel: 'silent',
    legalComments: 'none',
    // Nothing is external: a Node built-in cannot resolve for platform 'browser' and fails the build.
  };
  const results = await Promise.all([
    build({ ...common, entryPoints: [WEB_ENTRIES.main], format: 'esm', outfile: join(outDir, 'main.js') }),
    build({ ...common, entryPoints: [WEB_ENTRIES.worker], format: 'iife', outfile: join(outDir, 'worker.js'), alias: WORKER_ALIASES, plugins: [standIns(WORKER_STAND_INS)] }),
    build({ ...common, entryPoints: [WEB_ENTRIES.sw], format: 'iife', outfile: join(outDir, 'sw.js') }),
    build({ ...common, entryPoints: [WEB_ENTRIES.help], format: 'iife', outfile: join(outDir, 'help.js') }),
  ]);
  const leaked = results.flatMap((r) => nodeBuiltinsIn(r.metafile));
  if (leaked.length) throw new Error(`A Node built-in reached the browser bundle: ${leaked.join(', ')}`);
  if (terser) await Promise.all([compress(join(outDir, 'main.js'), true), compress(join(outDir, 'worker.js'), false)]);
  copyFileSync(join(root, 'web/index.html'), join(outDir, 'index.html'));
  copyFileSync(join(root, 'web/style.css'), join(outDir, 'style.css'));
  copyFileSync(join(root, 'node_modules/@xterm/xterm/css/xterm.css'), join(outDir, 'xterm.css'));
  return { outDir, files: WEB_FILES.map((f) => ({ file: f, bytes: statSync(join(outDir, f)).size })), metafiles: results.map((r) => r.metafile) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = process.argv[2] ? resolve(process.argv[2]) : undefined;
  buildWeb(out).then(
    (r) => console.log(`web lab built in ${r.outDir}: ${r.files.map((f) => `${f.file} ${(f.bytes / 1024).toFixed(0)} kB`).join(', ')}`),
    (e) => {
      console.error(e.message ?? e);
      process.exitCode = 1;
    },
  );
}
