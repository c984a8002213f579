/**
 * `exo-shell export-module <dir>`: writes the PowerShell module generated from the cmdlet metadata
 * (src/remote/module-gen.ts) into <dir>/ExoEmulator, ready for `Import-Module <dir>/ExoEmulator`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateModule, MODULE_NAME } from '../src/remote/module-gen';

export function exportModule(dir: string): { path: string; functions: number } {
  const m = generateModule();
  const path = join(resolve(dir), MODULE_NAME);
  mkdirSync(path, { recursive: true });
  // UTF-8 with a BOM: Windows PowerShell 5.1 would read a file without one in the ANSI code page.
  for (const [name, text] of Object.entries(m.files)) writeFileSync(join(path, name), '\uFEFF' + text.replace(/\r?\n/g, '\r\n'));
  return { path, functions: m.functions.length + m.onPremisesFunctions.length };
}

export function exportModuleMain(args: string[]): number {
  if (args.length !== 1 || /^-{1,2}(help|h|\?)$/i.test(args[0]!)) {
    const out = args.length === 1 ? process.stdout : process.stderr;
    out.write('Usage: exo-shell export-module <dir>\nWrites the ExoEmulator PowerShell module into <dir>/ExoEmulator (Import-Module <dir>/ExoEmulator); it talks to exo-shell serve.\n');
    return args.length === 1 ? 0 : 64;
  }
  try {
    const r = exportModule(args[0]!);
    process.stdout.write(`${r.path} (${r.functions} functions)\n`);
    return 0;
  } catch (e) {
    process.stderr.write(`exo-shell export-module: ${(e as Error).message}\n`);
    return 1;
  }
}
