/** The browser bundles: built from the sources, with no Node built-in in them, and `exo-shell lab build`. */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error: a plain .mjs build script, no declarations
import { buildWeb, nodeBuiltinsIn, WEB_FILES } from '../../scripts/build-web.mjs';
import { labMain } from '../../shell/lab';
import { buildLabSite, WEB_FILES as SITE_FILES } from '../../shell/lab-build';
import { getBuiltInLab } from '../../src/lab';

const tmp = mkdtempSync(join(tmpdir(), 'exo-web-build-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Metafile = { inputs: Record<string, { imports?: { path: string }[] }> };

describe('the browser lab build', () => {
  it('bundles the page, the worker and the service worker with no Node built-in', async () => {
    const r = (await buildWeb(join(tmp, 'web'), { terser: false })) as { files: { file: string; bytes: number }[]; metafiles: Metafile[] };
    expect(r.files.map((f) => f.file)).toEqual(WEB_FILES);
    expect(SITE_FILES).toEqual(WEB_FILES);
    for (const m of r.metafiles) expect(nodeBuiltinsIn(m)).toEqual([]);
    // The worker holds the engine and the shared REPL core; the page holds xterm.js but not the engine.
    const worker = readFileSync(join(tmp, 'web/worker.js'), 'utf8');
    expect(worker).toContain('bck-i-search');
    expect(readFileSync(join(tmp, 'web/main.js'), 'utf8')).not.toContain('Test-MigrationServerAvailability');
  }, 60000);

  it('names a Node built-in found in a bundle', () => {
    const meta: Metafile = { inputs: { 'src/x.ts': { imports: [{ path: 'node:fs' }, { path: './y' }] }, 'src/y.ts': { imports: [{ path: 'path' }] } } };
    expect(nodeBuiltinsIn(meta)).toEqual(['node:fs (imported by src/x.ts)', 'path (imported by src/y.ts)']);
  });

  it('writes the site: the assets and the chosen labs', () => {
    const site = join(tmp, 'site');
    buildLabSite([{ lab: getBuiltInLab('cutover-powershell')!, builtIn: true }], site, join(tmp, 'web'));
    for (const f of [...WEB_FILES, 'labs.json']) expect(existsSync(join(site, f))).toBe(true);
    const labs = JSON.parse(readFileSync(join(site, 'labs.json'), 'utf8')) as { labs: { name: string; builtIn: boolean; definition: { steps: unknown[] } }[] };
    expect(labs.labs.map((l) => [l.name, l.builtIn, l.definition.steps.length])).toEqual([['cutover-powershell', true, 9]]);
  });

  it('exo-shell lab build refuses bad input with a usage error', () => {
    const err: string[] = [];
    expect(labMain(['build', 'cutover-powershell'], () => undefined, (t) => err.push(t))).toBe(64);
    expect(err.join('')).toContain('Missing --out <folder>');
    err.length = 0;
    expect(labMain(['build', 'no-such-lab', '--out', join(tmp, 'x')], () => undefined, (t) => err.push(t))).toBe(2);
    expect(err.join('')).toContain("There is no built-in lab named 'no-such-lab'");
  });
});
