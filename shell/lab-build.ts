/**
 * `exo-shell lab build <lab...> --out <dir>`: the static site of the browser lab. Copies the web
 * assets built by `npm run build` (dist/web) and writes the chosen labs (built-in names or lab files,
 * as `lab start` takes them) into labs.json. Any web server hosts the folder; the learner's world and
 * progress stay in the browser. No bundler is needed at this point.
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lab } from '../src/lab';

/** The files a lab page loads (scripts/build-web.mjs WEB_FILES). */
export const WEB_FILES = ['index.html', 'style.css', 'xterm.css', 'main.js', 'worker.js', 'sw.js', 'help.js'];

/**
 * dist/web of the running CLI: this module is bundled into a chunk in dist/ (or dist/shell/), or runs
 * from the sources in shell/.
 */
export function webAssetsDir(): string | null {
  for (const rel of ['./web/', '../web/', '../dist/web/']) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    if (WEB_FILES.every((f) => existsSync(join(dir, f)))) return dir;
  }
  return null;
}

export interface LabBuildInput {
  lab: Lab;
  builtIn: boolean;
}

export function buildLabSite(labs: LabBuildInput[], outDir: string, assets = webAssetsDir()): { outDir: string; files: string[] } {
  if (!assets) throw new Error("The web lab's assets are missing (dist/web): run npm run build first.");
  const out = resolve(outDir);
  mkdirSync(out, { recursive: true });
  for (const f of WEB_FILES) copyFileSync(join(assets, f), join(out, f));
  const entries = labs.map(({ lab, builtIn }) => ({ name: lab.name, title: lab.title, builtIn, definition: lab }));
  writeFileSync(join(out, 'labs.json'), JSON.stringify({ labs: entries }, null, 1) + '\n');
  return { outDir: out, files: [...WEB_FILES, 'labs.json'] };
}

export function parseBuildArgs(args: string[]): { labs: string[]; out: string } {
  const labs: string[] = [];
  let out: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (/^--?out$/i.test(a)) {
      out = args[++i];
      if (out === undefined) throw new Error(`Missing the folder after ${a}.`);
    } else if (a.startsWith('-')) throw new Error(`Unknown option '${a}'.`);
    else labs.push(a);
  }
  if (labs.length === 0) throw new Error('Missing the labs to build (built-in names or lab files).');
  if (out === undefined) throw new Error('Missing --out <folder>: where the site is written.');
  return { labs, out };
}
