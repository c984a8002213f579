import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/session';

describe('Start-Transcript / Stop-Transcript', () => {
  it('records each command after its prompt and its output, between a header and a footer', () => {
    const s = createSession();
    const start = s.run('Start-Transcript -Path C:\\Users\\Administrator\\Desktop\\lab.txt');
    expect(start.text).toBe('Transcript started, output file is C:\\Users\\Administrator\\Desktop\\lab.txt\n');
    s.run('Get-AcceptedDomain | Select-Object -ExpandProperty DomainName');
    s.run('Write-Warning "careful"');
    const stop = s.run('Stop-Transcript');
    expect(stop.text).toBe('Transcript stopped, output file is C:\\Users\\Administrator\\Desktop\\lab.txt\n');
    const text = s.runtime.fs.readText('C:\\Users\\Administrator\\Desktop\\lab.txt');
    expect(text.startsWith('**********************\nPowerShell transcript start\nStart time: ')).toBe(true);
    expect(text).toContain('PS C:\\Users\\Administrator> Get-AcceptedDomain | Select-Object -ExpandProperty DomainName\ncontoso.onmicrosoft.com\ncontoso.com\n');
    expect(text).toContain('PS C:\\Users\\Administrator> Write-Warning "careful"\nWARNING: careful\n');
    expect(text).toMatch(/\*{22}\nPowerShell transcript end\nEnd time: \d{14}\n\*{22}\n$/);
    // Nothing after Stop-Transcript is recorded.
    s.run('"later"');
    expect(s.runtime.fs.readText('C:\\Users\\Administrator\\Desktop\\lab.txt')).toBe(text);
  });

  it('names a default file in Documents when no path is given', () => {
    const s = createSession();
    const r = s.run('Start-Transcript');
    expect(r.text).toMatch(/^Transcript started, output file is C:\\Users\\Administrator\\Documents\\PowerShell_transcript\.EXO-ADMIN01\.[0-9a-z]{8}\.\d{14}\.txt\n$/);
    s.run('Stop-Transcript');
  });

  it('refuses -NoClobber on an existing file and leaves it untouched', () => {
    const s = createSession();
    s.run("Set-Content -Path C:\\Users\\Administrator\\Desktop\\t.txt -Value 'keep'");
    const r = s.run('Start-Transcript -Path C:\\Users\\Administrator\\Desktop\\t.txt -NoClobber');
    expect(r.success).toBe(false);
    expect(r.errors[0].fullyQualifiedErrorId).toBe('NoClobber,Microsoft.PowerShell.Commands.StartTranscriptCommand');
    expect(s.runtime.fs.readText('C:\\Users\\Administrator\\Desktop\\t.txt')).toBe('keep\r\n');
  });

  it('fails Stop-Transcript when nothing is being transcribed', () => {
    const r = createSession().run('Stop-Transcript');
    expect(r.success).toBe(false);
    expect(r.text).toBe('Stop-Transcript: An error occurred stopping transcription: The host is not currently transcribing.\n');
  });
});
