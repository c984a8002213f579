/**
 * Real pwsh 7.6 as a client of `exo-shell serve` through the module `exo-shell export-module` writes
 * (issue #19): seed 000's steps print what exo-shell prints, a Pester 5.7.1 suite passes, a wrong
 * parameter fails in pwsh's binder before any request, a failed cmdlet's FullyQualifiedErrorId is
 * exo-shell's, and the server refuses a request without the token. Skipped with a note without pwsh.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { oracleAvailable, pwshPath } from '../pwsh/oracle';
import { bundleCli } from '../shell/bundled-cli';
import { seedBlocks } from '../e2e/seed-helpers';
import { createSession } from '../../src/session';

const root = fileURLToPath(new URL('../../', import.meta.url));
const here = fileURLToPath(new URL('./', import.meta.url));
const PESTER = '5.7.1';

/** Pester from NuGet (a .nupkg is a zip), cached; null (with a note) when it cannot be downloaded. */
function pester(): string | null {
  const dir = join(root, 'node_modules', '.cache', `pester-${PESTER}`);
  const psd1 = join(dir, 'Pester.psd1');
  if (existsSync(psd1)) return psd1;
  mkdirSync(dir, { recursive: true });
  const zip = join(dir, 'pester.zip');
  const got = spawnSync('curl', ['-fsSL', '-o', zip, `https://api.nuget.org/v3-flatcontainer/pester/${PESTER}/pester.${PESTER}.nupkg`], { timeout: 120_000 });
  if (got.status !== 0) {
    console.log(`pwsh client: Pester ${PESTER} could not be downloaded from NuGet; the Pester test did not run`);
    return null;
  }
  spawnSync(pwshPath()!, ['-NoProfile', '-Command', `Expand-Archive -LiteralPath '${zip}' -DestinationPath '${dir}' -Force`], { timeout: 120_000 });
  return existsSync(psd1) ? psd1 : null;
}

let server: ChildProcess;
let env: Record<string, string>;
let moduleDir: string;
let cli: string;

async function info(): Promise<number> {
  const res = await fetch(`${env.EXO_EMULATOR_URL}/info`, { headers: { Authorization: `Bearer ${env.EXO_EMULATOR_TOKEN}` } });
  return Number(/<S N="Key">Requests<\/S>\s*<I32 N="Value">(\d+)</.exec(await res.text())![1]);
}

function pwsh(script: string): { out: string; err: string; status: number | null } {
  const file = join(moduleDir, `script-${Math.random().toString(36).slice(2)}.ps1`);
  writeFileSync(file, script);
  const r = spawnSync(pwshPath()!, ['-NoProfile', '-NonInteractive', '-File', file], { env: { ...process.env, ...env, NO_COLOR: '1', EXO_MODULE_DIR: moduleDir, LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' }, encoding: 'utf8', timeout: 300_000 });
  return { out: r.stdout.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, ''), err: r.stderr, status: r.status };
}

const IMPORT = (dir: string) => `$ErrorActionPreference = 'Continue'\nImport-Module '${join(dir, 'ExoEmulator')}'\n`;
const CRED = "$Credentials = New-Object System.Management.Automation.PSCredential 'CONTOSO\\administrator', (ConvertTo-SecureString 'P@ssw0rd!' -AsPlainText -Force)";

describe.skipIf(!oracleAvailable())('real pwsh as a client of exo-shell serve', () => {
  beforeAll(async () => {
    cli = bundleCli('pwsh-client-cli');
    moduleDir = mkdtempSync(join(tmpdir(), 'exo-module-'));
    expect(spawnSync(process.execPath, [cli, 'export-module', moduleDir]).status).toBe(0);
    server = spawn(process.execPath, [cli, 'serve'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const lines = createInterface({ input: server.stdout! });
    env = {};
    for await (const line of lines) {
      const [k, v] = line.split(/=(.*)/s, 2) as [string, string];
      env[k] = v;
      if (Object.keys(env).length === 2) break;
    }
    expect(env.EXO_EMULATOR_URL).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });
  afterAll(() => {
    server?.kill('SIGTERM');
    if (moduleDir) rmSync(moduleDir, { recursive: true, force: true });
  });

  it("seed 000's PowerShell steps print in pwsh what they print in exo-shell", () => {
    const code = seedBlocks('000_deef83a7e9bf76e8.txt').map((b) => b.replace('<email address for on-premises administrator>', 'administrator@contoso.com'));
    // Get-Credential cannot prompt here: the credential is made; Remove-MigrationBatch's prompt is answered by -Confirm:$false.
    const steps = [
      'Reset-LabWorld -Scenario contoso -Confirm:$false',
      CRED,
      code[1]!, code[3]!, code[4]!, code[5]!, code[7]!, code[8]!, code[9]!,
      'Set-LabClock -Advance 5m', code[10]!, 'Set-LabClock -Advance 3d', code[10]!,
      "Set-LabDnsRecord -Zone contoso.com -Name '@' -Type MX -Value contoso-com.mail.protection.outlook.com -TTL 300", 'Set-LabClock -Advance 73h',
      `${code[11]!} -Confirm:$false`, 'Set-LabClock -Advance 5m', 'Get-MigrationBatch',
    ];
    // Each step's output (pwsh in en-US, as exo-shell's emulated Windows) as text at 120 columns, between markers, in both.
    const script = steps.map((s, i) => `'<<${i}>>'\n. { ${s} } | Out-String -Width 120 -Stream | ForEach-Object { $_.TrimEnd() }`).join('\n') + "\n'<<end>>'\n'errors:' + $Error.Count\n";
    const p = pwsh(IMPORT(moduleDir) + script);
    const s = createSession({ scenario: 'contoso' });
    const e = s.run(script);
    // ICU's en-US (pwsh on Linux) puts a narrow no-break space before AM/PM; Windows, and exo-shell, a space.
    const split = (t: string) => t.replace(/\r/g, '').replace(/\u202f/g, ' ').split(/^<<(?:\d+|end)>>$/m).map((x) => x.trim());
    expect(p.err).toBe('');
    expect(split(p.out)).toEqual(split(e.text));
    expect(p.out).toContain('CutoverBatch Created ExchangeOutlookAnywhere 32');
    expect(p.out).toContain('Status : Synced');
    expect(p.out).toMatch(/errors:0\s*$/);
  });

  it('a Pester 5 suite arranges a world, runs a monitoring script, advances time and asserts on batches and users', () => {
    const psd1 = pester();
    if (!psd1) return;
    const tests = join(here, 'migration-monitor.Tests.ps1');
    const p = pwsh(`Import-Module '${psd1}'\n$r = Invoke-Pester -Path '${tests}' -PassThru -Output Detailed\n"passed=$($r.PassedCount) failed=$($r.FailedCount)"\n`);
    expect(p.out, p.out).toMatch(/passed=4 failed=0/);
  });

  it("a wrong parameter fails in pwsh's binder: no request reaches the server", async () => {
    const before = await info();
    const p = pwsh(
      IMPORT(moduleDir) +
        "Get-MigrationBatch -NoSuchParameter 1\n$Error[0].FullyQualifiedErrorId\nSet-LabClock -Speed -1\n$Error[0].FullyQualifiedErrorId\nNew-MigrationBatch -Name X -SourceEndpoint E -Local\n$Error[0].FullyQualifiedErrorId\n",
    );
    expect(p.out).toContain('NamedParameterNotFound,Get-MigrationBatch');
    expect(p.out).toContain('ParameterArgumentValidationError,Set-LabClock');
    expect(p.out).toContain('NamedParameterNotFound,New-MigrationBatch');
    expect(await info()).toBe(before);
  });

  it("a failed cmdlet raises exo-shell's FullyQualifiedErrorId, category and message in pwsh", () => {
    const script =
      "Get-MigrationBatch -Identity Nope\n$e = $Error[0]; $e.FullyQualifiedErrorId; [string]$e.CategoryInfo.Category; $e.CategoryInfo.Reason; $e.Exception.Message; [string]$e.TargetObject\n" +
      "try { New-MigrationBatch -Name B -SourceEndpoint Nope -ErrorAction Stop } catch { 'caught: ' + $_.FullyQualifiedErrorId }\n" +
      "Get-MigrationBatch -Identity Nope -ErrorAction SilentlyContinue; 'after: ' + $?\n";
    const p = pwsh(IMPORT(moduleDir) + "Reset-LabWorld -Confirm:$false\n" + script);
    const e = createSession({ scenario: 'contoso' }).run(script);
    const lines = (t: string) => t.split('\n').filter((l) => /^(\w+Exception,|ObjectNotFound|Migration|The migration|Nope|caught|after)/.test(l.trim()));
    expect(lines(p.out)).toEqual(lines(e.text));
    expect(p.out).toContain('MigrationBatchNotFoundException,Get-MigrationBatch');
  });

  it('the server answers 401 to a request without the token; the module says so', async () => {
    expect((await fetch(`${env.EXO_EMULATOR_URL}/invoke`, { method: 'POST', body: '<Objs/>' })).status).toBe(401);
    const p = pwsh(IMPORT(moduleDir) + `Set-ExoEmulatorConnection '${env.EXO_EMULATOR_URL}' 'wrong-token'\nGet-MigrationBatch\n$Error[0].FullyQualifiedErrorId\n`);
    expect(p.out).toContain('ExoEmulatorHttp401');
  });
});
