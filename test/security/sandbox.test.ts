import { afterAll, describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSession } from '../../src/session';

// docs/security.md, "Sandbox": a script reaches the virtual file system and the world only.
const dir = mkdtempSync(join(tmpdir(), 'exo-sandbox-'));
const hostFile = join(dir, 'host-secret.txt');
writeFileSync(hostFile, 'HOST-FILE-MARKER-7f3a');
process.env.EXO_SANDBOX_MARKER = 'HOST-ENV-MARKER-91bc';
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  delete process.env.EXO_SANDBOX_MARKER;
});

describe('sandbox: no host file, environment variable, process or network', () => {
  test.each([
    ['Get-Content', `Get-Content '${hostFile}'`],
    ['[System.IO.File]::ReadAllText', `[System.IO.File]::ReadAllText('${hostFile}')`],
    ['Get-ChildItem on the host folder', `Get-ChildItem '${dir}' | Out-String`],
    ['a relative climb', `Get-Content ('..\\'*20 + '${hostFile.slice(1).replace(/\//g, '\\\\')}')`],
  ])('a host file is out of reach (%s)', (_, script) => {
    const r = createSession().run(script);
    expect(r.text).not.toContain('HOST-FILE-MARKER');
    expect(r.output.map(String).join('')).not.toContain('HOST-FILE-MARKER');
  });

  test('a script writes to the virtual file system, never the host', () => {
    const target = join(dir, 'written.txt');
    createSession().run(`Set-Content '${target}' x -ErrorAction SilentlyContinue; New-Item '${dir}' -ItemType Directory -Force | Out-Null; Set-Content '${target}' y`);
    expect(existsSync(target)).toBe(false);
  });

  test.each([
    ['$env:', '$env:EXO_SANDBOX_MARKER; $env:PATH'],
    ['Env: drive', 'Get-ChildItem Env: -ErrorAction SilentlyContinue | Out-String'],
    ['[Environment]', "[Environment]::GetEnvironmentVariable('EXO_SANDBOX_MARKER'); [Environment]::MachineName; [Environment]::UserName"],
  ])('the host environment is not visible (%s)', (_, script) => {
    const r = createSession().run(script);
    expect(r.text).not.toContain('HOST-ENV-MARKER');
    expect(r.text).not.toContain(process.env.PATH!);
  });

  test.each([
    ['Start-Process', "Start-Process /bin/sh -ArgumentList '-c','touch x'"],
    ['& /bin/sh', "& /bin/sh -c 'echo pwned'"],
    ['a bare external command', 'sh -c "echo pwned"'],
    ['cmd.exe', 'cmd /c echo pwned'],
    ['[Diagnostics.Process]', "[System.Diagnostics.Process]::Start('sh')"],
    ['Invoke-WebRequest', 'Invoke-WebRequest http://127.0.0.1:9/'],
    ['Invoke-RestMethod', 'Invoke-RestMethod http://127.0.0.1:9/'],
    ['[Net.WebClient]', "(New-Object System.Net.WebClient).DownloadString('http://127.0.0.1:9/')"],
    ['[Net.Http.HttpClient]', '[System.Net.Http.HttpClient]::new()'],
  ])('no process or network (%s): an error, nothing run', (_, script) => {
    const r = createSession().run(script);
    expect(r.success).toBe(false);
    expect(r.errors.length).toBeGreaterThan(0);
    expect(r.text).not.toMatch(/^pwned/m);
  });
});
