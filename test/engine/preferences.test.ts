import { describe, expect, test } from 'vitest';
import { run } from './helpers';

// Stop / Inquire preferences (about_Preference_Variables), each checked against pwsh 7.6 -NonInteractive.
describe('action preferences', () => {
  const errorIds = (script: string) => {
    const r = run(`${script}`, { outDefault: true });
    return { r, ids: (r.rs.getVariable('Error') as unknown as { fullyQualifiedErrorId: string }[]).map((e) => e.fullyQualifiedErrorId).reverse() };
  };

  test("$ErrorActionPreference = 'Stop': Write-Error shows the error, stops the script, and is in $Error twice", () => {
    const { r, ids } = errorIds("$ErrorActionPreference = 'Stop'\nWrite-Error -Message 'Test Error' ; Write-Host 'Hello World'\n'after'");
    // (the error's ConciseView layout is checked in the formatting tests)
    expect(r.hostText).toMatch(/^Write-Error: [^]*Test Error\n$/);
    expect(ids).toEqual(['Microsoft.PowerShell.Commands.WriteErrorException', 'Microsoft.PowerShell.Commands.WriteErrorException']);
  });

  test('a Stop error caught by try/catch is in $Error once', () => {
    const r = run("try { Write-Error 'boom' -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }; $Error.Count");
    expect(r.lines).toEqual(['Microsoft.PowerShell.Commands.WriteErrorException', '1']);
  });

  test("SilentlyContinue hides the error and still records it", () => {
    const { r, ids } = errorIds("$ErrorActionPreference = 'SilentlyContinue'\nWrite-Error -Message 'Test Error' ; Write-Host 'Hello World'");
    expect(r.hostText).toBe('Hello World\n');
    expect(ids).toEqual(['Microsoft.PowerShell.Commands.WriteErrorException']);
  });

  test("under 'Stop' a statement-terminating error ends the script", () => {
    const { r, ids } = errorIds("$ErrorActionPreference = 'Stop'\n$null.Foo()\n'after'");
    expect(r.lines).toEqual([]);
    expect(ids).toEqual(['InvokeMethodOnNull', 'InvokeMethodOnNull']);
  });

  test('$DebugPreference / $VerbosePreference / -WarningAction Stop name their preference', () => {
    const { r, ids } = errorIds('$DebugPreference = "Stop"\nWrite-Debug -Message "Hello, World"\n"after"');
    expect(r.hostText).toMatch(/^DEBUG: Hello, World\nWrite-Debug: [^]*The running command stopped because the preference variable "DebugPreference" or common parameter is set to Stop: Hello, World\n$/);
    expect(ids).toEqual(['ActionPreferenceStop,Microsoft.PowerShell.Commands.WriteDebugCommand', 'ActionPreferenceStop,Microsoft.PowerShell.Commands.WriteDebugCommand']);
    expect(run('$VerbosePreference = "Stop"; Write-Verbose "v"').errors[0].message).toBe('The running command stopped because the preference variable "VerbosePreference" or common parameter is set to Stop: v');
    expect(run('Write-Warning "w" -WarningAction Stop').errors[0].message).toBe('The running command stopped because the preference variable "WarningPreference" or common parameter is set to Stop: w');
  });

  test('Inquire without an interactive host fails with the NonInteractive message', () => {
    const { r, ids } = errorIds('$VerbosePreference = "Inquire"\nWrite-Verbose -Message "Verbose message test."');
    expect(r.hostText).toMatch(/^VERBOSE: Verbose message test.\nWrite-Verbose: [^]*PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.\n$/);
    expect(ids).toEqual(['InvalidOperation,Microsoft.PowerShell.Commands.WriteVerboseCommand']);
    expect(run('Write-Warning "w" -WarningAction Inquire').errors[0].fullyQualifiedErrorId).toBe('InvalidOperation,Microsoft.PowerShell.Commands.WriteWarningCommand');
  });
});

test('a script whose mandatory parameter is not given does not run (pwsh 7.6 -NonInteractive)', () => {
  const r = run("param([Parameter(Mandatory)][string[]]$Path, [Parameter(Mandatory=$false)]$B, [Parameter(Mandatory)]$C)\n'ran'", { outDefault: true });
  expect(r.lines).toEqual([]);
  expect(r.errors.map((e) => `${e.fullyQualifiedErrorId}: ${e.message}`)).toEqual(['MissingMandatoryParameter: Cannot process command because of one or more missing mandatory parameters: Path C.']);
  expect(r.rs.invoke('$Error.Count').output).toEqual([0]);
  expect(run("param([Parameter(Mandatory)]$Name) \"hi $Name\"", { interactive: true, lines: ['Ann'] }).lines).toEqual(['hi Ann']);
});

test('a bare throw is ScriptHalted (pwsh 7.6: "Exception: ScriptHalted")', () => {
  const r = run('throw');
  expect(r.errors.map((e) => `${e.fullyQualifiedErrorId}: ${e.message}`)).toEqual(['ScriptHalted: ScriptHalted']);
});
