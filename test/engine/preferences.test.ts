import { describe, expect, test } from 'vitest';
import { run } from './helpers';
import { errorViewOf, renderErrorConcise, renderErrorRecord } from '../../src/formatting/error-view';

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
    // The failed prompt ends the statement only.
    expect(run('$DebugPreference = "Inquire"; function f { Write-Debug "dbg"; "after in f" }; f; "after f"').lines).toEqual(['after in f', 'after f']);
  });

  test("$ErrorActionPreference = 'Inquire' without an interactive host: Write-Error fails, then the script (pwsh 7.6)", () => {
    const { r, ids } = errorIds("$ErrorActionPreference = 'Inquire'\nWrite-Error -Message 'Test Error' ; Write-Host 'Hello World'");
    // The script's own failure is named by the script's text (its MyCommand).
    expect(r.errors.map((e) => renderErrorRecord(e))).toEqual(["$ErrorActionPreference = 'Inquire'\nWrite-Error -Message 'Test Error' ; Write-Host 'Hello World': PowerShell is in NonInteractive mode. Read and Prompt functionality is not available."]);
    expect(ids).toEqual(['InvalidOperation,Microsoft.PowerShell.Commands.WriteErrorCommand', 'InvalidOperation']);
    // Run as a script file (pwsh -File), the script is named by its file name.
    expect(renderErrorConcise(errorViewOf(r.errors[0], { scriptName: 'C:\\scripts\\inquire.ps1' }))).toBe('inquire.ps1: PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.');
  });

  test("Inquire's failure leaves the function that set it; its caller goes on (pwsh 7.6)", () => {
    const { r, ids } = errorIds('function f { $ErrorActionPreference = "Inquire"; Write-Error "e1"; "after in f" }\nf\n"after f"');
    expect(r.hostText).toMatch(/^f: [^]*PowerShell is in NonInteractive mode[^]*\nafter f\n$/);
    expect(ids).toEqual(['InvalidOperation,Microsoft.PowerShell.Commands.WriteErrorCommand', 'InvalidOperation,f']);
    // -ErrorAction Inquire fails the command alone.
    expect(run('Write-Error "x" -ErrorAction Inquire; "after"').lines).toEqual(['after']);
  });

  test('Inquire with an interactive host asks as pwsh 7.6 does', () => {
    const r = run('Write-Error "Test Error" -ErrorAction Inquire; "after"', { interactive: true, choices: [0] });
    expect(r.host.prompts).toEqual(['Confirm\nTest Error\n[Y] Yes  [A] Yes to All  [H] Halt Command  [S] Suspend  [?] Help (default is "Y"): ']);
    expect(r.lines).toEqual(['after']);
    const halted = run('Write-Error "Test Error" -ErrorAction Inquire; "after"', { interactive: true, choices: [2] });
    expect(halted.lines).toEqual([]);
    expect(halted.errors.map((e) => e.message)).toEqual(['The running command stopped because the user selected the Stop option.']);
    // A statement's terminating error under the preference: the exception prompt; Break stops the script.
    const r2 = run('$ErrorActionPreference = "Inquire"; 1/0; "after"', { interactive: true, choices: [2] });
    expect(r2.host.prompts).toEqual(['Action to take for this exception:\nAttempted to divide by zero.\n[C] Continue  [I] Silently Continue  [B] Break  [S] Suspend  [?] Help (default is "C"): ']);
    expect(r2.lines).toEqual([]);
    expect(run('$ErrorActionPreference = "Inquire"; 1/0; "after"', { interactive: true, choices: [1] }).lines).toEqual(['after']);
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
