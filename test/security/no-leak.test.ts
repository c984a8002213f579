import { afterAll, describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSession } from '../../src/session';
import { FileStateStore } from '../../shell/file-store';
import { loadScenario } from '../../src/model/scenarios';
import { isSensitiveLine, redactCommandLine } from '../../src/engine/secrets';

// docs/security.md, "No plain password written down". The contoso administrator's password is typed
// through every path a secret can take; then every file and every text the session produced is searched.
const PASSWORD = 'P@ssw0rd!';
const forms = [PASSWORD, Buffer.from(PASSWORD, 'utf16le').toString('hex'), Buffer.from(PASSWORD, 'utf8').toString('hex'), Buffer.from(PASSWORD).toString('base64')];
const dir = mkdtempSync(join(tmpdir(), 'exo-noleak-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('no plain password in what a session writes down', () => {
  test('state file, transcript, CliXml/JSON/CSV exports, errors, -Verbose output, the lab log', () => {
    const statePath = join(dir, 'world.json');
    const session = createSession({ store: FileStateStore.create(statePath, loadScenario('contoso')) });
    const texts: string[] = [];
    const run = (script: string) => {
      const r = session.run(script);
      texts.push(r.text, ...r.errors.map((e) => `${e.message}\n${String(e.targetObject ?? '')}`), ...r.warnings);
      return r;
    };
    run('Start-Lab cutover-powershell | Out-Null');
    run(`New-Item C:\\Out -ItemType Directory -Force | Out-Null; Start-Transcript C:\\Out\\t.txt | Out-Null`);
    run(`$pw = ConvertTo-SecureString '${PASSWORD}' -AsPlainText -Force`);
    run(`$cred = New-Object System.Management.Automation.PSCredential('contoso\\administrator', $pw)`);
    run(`$cred; $cred | Format-List *; $pw; "$pw"`);
    run(`$cred | Export-Clixml C:\\Out\\cred.xml; $cred | ConvertTo-Json | Set-Content C:\\Out\\cred.json; $cred | Export-Csv C:\\Out\\cred.csv; ConvertFrom-SecureString $pw | Set-Content C:\\Out\\pw.txt`);
    const tsma = run(`$t = Test-MigrationServerAvailability -ExchangeOutlookAnywhere -Autodiscover -EmailAddress administrator@contoso.com -Credentials $cred -Verbose; $t | Format-List * | Out-String -Width 300`);
    expect(tsma.text).toContain('Success');
    run(`New-MigrationEndpoint -ExchangeOutlookAnywhere -Name Ep1 -ConnectionSettings $t.ConnectionSettings -Verbose | Format-List * | Out-String -Width 300`);
    run(`Get-MigrationEndpoint | ConvertTo-Json -Depth 5 | Set-Content C:\\Out\\ep.json; Get-MigrationEndpoint | Export-Clixml C:\\Out\\ep.xml`);
    // Wrong uses: a password given where an encrypted string is expected, a wrong password.
    run(`ConvertTo-SecureString '${PASSWORD}'`);
    run(`$bad = New-Object PSCredential('contoso\\administrator', (ConvertTo-SecureString '${PASSWORD}x' -AsPlainText -Force)); Test-MigrationServerAvailability -ExchangeOutlookAnywhere -Autodiscover -EmailAddress administrator@contoso.com -Credentials $bad -Verbose`);
    // Get-History shows the lines as typed (memory only, as pwsh): on screen, not in the list above; the
    // transcript that records this screen masks the password.
    session.run(`Get-History | Format-List * | Out-String -Width 300; Stop-Transcript | Out-Null`);

    expect(session.world.lab!.history.map((h) => h.command)).toContain("$pw = ConvertTo-SecureString '********' -AsPlainText -Force");
    const virtualFiles = ['t.txt', 'cred.xml', 'cred.json', 'cred.csv', 'pw.txt', 'ep.json', 'ep.xml'].map((f) => session.runtime.fs.readText(`C:\\Out\\${f}`));
    expect(virtualFiles[0]).toContain('ConvertTo-SecureString');
    const state = readFileSync(statePath, 'utf8');
    const hostFiles = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'));
    for (const text of [...texts, ...virtualFiles, state, ...hostFiles, JSON.stringify(session.world)]) for (const f of forms) expect(text).not.toContain(f);
  });

  test("PSReadLine's rule for the history file, and how a logged line is masked", () => {
    expect(["$p = ConvertTo-SecureString 'x' -AsPlainText -Force", '$PASSWORD = 1', 'Connect-X -ApiKey k', 'Get-Secret a', '$token', 'New-ClientSecret']
      .every(isSensitiveLine)).toBe(true);
    expect(['Get-Mailbox', 'Get-Credential', 'New-MigrationBatch -Name Pass1'].some(isSensitiveLine)).toBe(false);
    expect(redactCommandLine("$p = ConvertTo-SecureString 'S3cr3t!' -AsPlainText -Force")).toBe("$p = ConvertTo-SecureString '********' -AsPlainText -Force");
    expect(redactCommandLine('Set-X -Password S3cr3t! -Name a')).toBe('Set-X -Password ******** -Name a');
    expect(redactCommandLine('$apiKey = abc123')).toBe('$apiKey = ********');
  });
});
