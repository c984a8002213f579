/**
 * No JavaScript error reaches a user (issue #17): a defect of the emulator's code (a TypeError, a
 * failed assertion) is an ErrorRecord with the id InternalError, a message saying it is exo-emulator's
 * defect and what to file, the JavaScript error kept as the InnerException; the command's changes to
 * the world are undone, even when a script catches the error.
 */
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/session';
import { defineCmdlet } from '../../src/engine/cmdlet';
import { PSObject } from '../../src/engine/values';
import { runtimeOf } from '../../cmdlets/exchange-online/context';
import { isInternalDefect } from '../../src/engine/internal-error';
import { WorldError } from '../../src/model/messages';

/** A cmdlet with defects on demand: it buys a licence (changes the world), then fails as asked. */
const invokeDefect = defineCmdlet({
  name: 'Invoke-Defect',
  source: 'Test',
  parameters: [
    { name: 'Kind', type: 'String', sets: { __AllParameterSets: { position: 0 } }, description: 'Which defect.' },
    { name: 'InputObject', type: 'Object', sets: { __AllParameterSets: { valueFromPipeline: true } }, description: 'Anything.' },
  ],
  help: { synopsis: 'Fails with a defect.', description: 'A test cmdlet.', examples: [] },
  process(ctx) {
    runtimeOf(ctx).store.transaction((w) => {
      w.tenant.licenses[0]!.total += 1;
    });
    const kind = String(ctx.params.Kind ?? 'type');
    if (kind === 'type') (null as unknown as { map: () => void }).map();
    if (kind === 'assert') throw new Error('internal: an impossible state');
    if (kind === 'getter') {
      const o = new PSObject();
      o.addProperty({ name: 'Boom', memberType: 'Property', getter: () => (undefined as unknown as { x: string }).x });
      ctx.writeObject(o);
    }
  },
});

function session() {
  return createSession({ scenario: 'contoso', cmdlets: [invokeDefect] });
}

describe('InternalError', () => {
  it('a TypeError in a cmdlet is an InternalError naming the cmdlet and what to file, never in JavaScript words alone', () => {
    const s = session();
    const before = s.store.exportJson();
    const r = s.run('Invoke-Defect type');
    expect(r.errors).toHaveLength(1);
    const e = r.errors[0]!;
    expect(e.fullyQualifiedErrorId).toBe('InternalError,Invoke-Defect');
    expect(e.category).toBe('NotSpecified');
    expect(e.exception.typeName).toBe('ExoEmulator.InternalErrorException');
    expect(r.text).toMatch(/^Invoke-Defect: Internal error in exo-emulator: TypeError: Cannot read properties of null \(reading 'map'\)\. This is a defect of exo-emulator, not of your command\. Please file an issue for exo-emulator with the command \(Invoke-Defect type\) and this message/);
    // No stack trace on screen; it is kept for whoever files the issue.
    expect(r.text).not.toMatch(/\bat .*\.(ts|js):\d+/);
    expect(s.run('$Error[0].Exception.InnerException.GetType().FullName; $Error[0].Exception.InnerException.StackTrace -match "at "').output).toEqual(['JavaScript.TypeError', true]);
    // The licence bought before the defect is given back.
    expect(s.store.exportJson()).toBe(before);
  });

  it('a failed assertion (a bare Error) is an InternalError too', () => {
    const s = session();
    const r = s.run('Invoke-Defect assert');
    expect(r.errors[0]!.fullyQualifiedErrorId).toBe('InternalError,Invoke-Defect');
    expect(r.errors[0]!.message).toMatch(/^Internal error in exo-emulator: internal: an impossible state\. This is a defect/);
  });

  it('caught by a script inside another command, the failed command still leaves no change', () => {
    const s = session();
    const before = s.store.exportJson();
    const r = s.run("1..3 | ForEach-Object { try { Invoke-Defect type } catch { $_.FullyQualifiedErrorId } }; 'after'");
    expect(r.output).toEqual(['InternalError,Invoke-Defect', 'InternalError,Invoke-Defect', 'InternalError,Invoke-Defect', 'after']);
    expect(s.store.exportJson()).toBe(before);
  });

  it('the commands before and after a defect run as usual; the statement reports it once', () => {
    const s = session();
    const r = s.run("'before'; Invoke-Defect type; 'after'");
    expect(r.output).toEqual(['before', 'after']);
    expect(r.errors).toHaveLength(1);
  });

  it('a defect outside any cmdlet (a property read by the evaluator) names the statement', () => {
    const s = session();
    const r = s.run('$o = Invoke-Defect getter -ErrorAction SilentlyContinue; $o.Boom');
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.fullyQualifiedErrorId).toBe('InternalError');
    expect(r.errors[0]!.message).toMatch(/^Internal error in exo-emulator: TypeError: Cannot read properties of undefined \(reading 'x'\)\. .* with the command \(\$o\.Boom\)/);
    expect(r.text).not.toMatch(/^RuntimeException/m);
  });

  it('New-PSSession -Name $null: no defect (pwsh binds $null to -Name [string[]] and names the session itself)', () => {
    const s = session();
    const r = s.run('New-PSSession -Name $null | Out-Null');
    expect(r.errors.map((e) => e.fullyQualifiedErrorId)).not.toContainEqual(expect.stringMatching(/^InternalError/));
    expect(r.text).not.toMatch(/Cannot read propert/);
    expect(s.run('Get-PSSession -Name $null').errors.map((e) => e.fullyQualifiedErrorId)).toEqual(['ParameterArgumentValidationError,Microsoft.PowerShell.Commands.GetPSSessionCommand']);
  });

  it('what counts as a defect: JavaScript built-in errors and bare Errors, not domain errors nor resource exhaustion', () => {
    expect(isInternalDefect(new TypeError('x'))).toBe(true);
    expect(isInternalDefect(new ReferenceError('x'))).toBe(true);
    expect(isInternalDefect(new Error('x'))).toBe(true);
    expect(isInternalDefect(new RangeError('Invalid count value: -1'))).toBe(true);
    expect(isInternalDefect(new RangeError('Maximum call stack size exceeded'))).toBe(false);
    expect(isInternalDefect(new WorldError('TransactionNotSynchronous'))).toBe(false);
    expect(isInternalDefect('a string')).toBe(false);
  });
});

describe('the clock cannot be sent to the end of time (found by the fuzz campaign: `Set-LabClock 3e150` ran out of memory)', () => {
  it('Set-LabClock refuses to go past DateTime.MaxValue and changes nothing', () => {
    const s = createSession({ scenario: 'contoso' });
    const before = s.store.exportJson();
    const r = s.run('Set-LabClock 30999999999999999999999999999999');
    expect(r.errors.map((e) => e.fullyQualifiedErrorId)).toEqual(['ClockOutOfRange,Set-LabClock']);
    expect(r.errors[0]!.message).toBe('The lab clock cannot move past 12/31/9999 23:59:59, the last date PowerShell can show.');
    expect(s.store.exportJson()).toBe(before);
  });

  it('Start-Sleep validates its range as pwsh does', () => {
    const s = createSession({ scenario: 'contoso' });
    const r = s.run('Start-Sleep -Seconds 1e10; Start-Sleep -Milliseconds -5');
    expect(r.errors.map((e) => e.fullyQualifiedErrorId)).toEqual([
      'ParameterArgumentValidationError,Microsoft.PowerShell.Commands.StartSleepCommand',
      'ParameterArgumentValidationError,Microsoft.PowerShell.Commands.StartSleepCommand',
    ]);
    expect(r.errors[0]!.message).toBe("Cannot validate argument on parameter 'Seconds'. The 10000000000 argument is greater than the maximum allowed range of 2147483. Supply an argument that is less than or equal to 2147483 and then try the command again.");
  });

  it('a long advance stops at the time limit, between two days', () => {
    const s = createSession({ scenario: 'contoso' });
    const r = s.run("Set-LabClock -Advance '2000000d'", { timeout: 1 });
    expect(r.errors.map((e) => e.fullyQualifiedErrorId)).toEqual(['PipelineStopped']);
  });
});

describe('found by the fuzz campaign', () => {
  it('a null array bound to -Scopes / -RecipientType / -CommandName means none (was a TypeError)', () => {
    const s = createSession({ scenario: 'contoso' });
    for (const line of ['Connect-MgGraph -Scopes $null -NoWelcome', 'Get-Recipient -RecipientType $null | Out-Null'])
      expect(s.run(line).errors.map((e) => e.fullyQualifiedErrorId), line).not.toContainEqual(expect.stringMatching(/^InternalError/));
  });

  it('Add-DnsServerResourceRecord* -PassThru with no such zone, or with -WhatIf, writes no record (was a TypeError)', () => {
    const s = createSession({ scenario: 'contoso' });
    const r = s.run("Add-DnsServerResourceRecordMX -Name x -MailExchange y -Preference 1 -PassThru -ZoneName nosuch -Confirm:$false");
    expect(r.errors.map((e) => e.fullyQualifiedErrorId)).toEqual(['WIN32 9601,Add-DnsServerResourceRecordMX']);
    expect(r.text).toBe('Add-DnsServerResourceRecordMX: Failed to get the zone information for nosuch on server DC01.\n');
    const w = s.run("Add-DnsServerResourceRecordCName -ZoneName corp.contoso.com -Name x -HostNameAlias y.corp.contoso.com -PassThru -WhatIf");
    expect(w.errors).toEqual([]);
    expect(w.output).toEqual([]);
  });

  it.each([
    ['"tab" -notlike "[a- c]*"', '[a- c]*'],
    ['"tab" -like "*[a-"', '*[a-'],
    ["Get-LabScenario -Name '*[a-'", '*[a-'],
    ["[pscustomobject]@{a=1} | Select-Object '[c-a]'", '[c-a]'],
  ])('%s: WildcardPatternException as pwsh (was a JavaScript SyntaxError)', (src, pattern) => {
    const r = createSession({ scenario: 'contoso' }).run(src);
    expect(r.errors.map((e) => [e.fullyQualifiedErrorId, e.category, e.exception.typeName])).toEqual([['RuntimeException', 'NotSpecified', 'System.Management.Automation.WildcardPatternException']]);
    expect(r.errors[0]!.message).toBe(`The specified wildcard character pattern is not valid: ${pattern}`);
  });

  it.each([
    ['-bnot 1e300', 'ConvertToFinalInvalidCastException', 'Cannot convert the "1E+300" value of type "System.Double" to type "System.UInt64".'],
    ['-bnot [double]::NaN', 'ConvertToFinalInvalidCastException', 'Cannot convert the "NaN" value of type "System.Double" to type "System.UInt64".'],
    ['5 -band 1e300', 'InvalidCastIConvertible', 'Cannot convert value "1E+300" to type "System.UInt64". Error: "Arithmetic operation resulted in an overflow."'],
    ['5 -shl [double]::PositiveInfinity', 'InvalidCastIConvertible', 'Cannot convert value "Infinity" to type "System.Int32". Error: "Value was either too large or too small for an Int32."'],
  ])('%s: pwsh\'s cast error (was a RangeError: Infinity/NaN to BigInt)', (src, id, message) => {
    const r = createSession({ scenario: 'contoso' }).run(src);
    expect(r.errors.map((e) => [e.fullyQualifiedErrorId, e.category, e.categoryInfo.get('Reason')])).toEqual([[id, 'InvalidArgument', 'RuntimeException']]);
    expect(r.text).toBe(`InvalidArgument: ${message}\n`);
  });

  it('an endless switch ($switch.Reset() on every pass) stops at the time limit (it ran the process out of memory)', () => {
    const s = createSession({ scenario: 'contoso' });
    const r = s.run('switch ("a", "Reset") { "Reset" { $switch.Reset() } default { "x" } }', { timeout: 20 });
    expect(r.errors.map((e) => e.fullyQualifiedErrorId)).toEqual(['PipelineStopped']);
  });

  it('a binding error anywhere in a pipeline stops it before any begin block (was a TypeError: a command given input before it had begun)', () => {
    const s = createSession({ scenario: 'contoso' });
    const r = s.run('1 | ForEach-Object -Begin { "s"; Write-Host began } -Process { $_ } | Where-Object { $_ } | Measure-Object - Sum; "next"');
    expect(r.errors.map((e) => e.fullyQualifiedErrorId)).toEqual(['PositionalParameterNotFound,Microsoft.PowerShell.Commands.MeasureObjectCommand']);
    expect(r.text).toBe("Measure-Object: A positional parameter cannot be found that accepts argument 'Sum'.\nnext\n");
  });

  it('a path holding a line break is a path like another (was a TypeError in Get-ChildItem / Get-Item)', () => {
    const s = createSession({ scenario: 'contoso' });
    const r = s.run('Get-ChildItem "a`nb"');
    expect(r.errors.map((e) => e.fullyQualifiedErrorId)).toEqual(['PathNotFound,Microsoft.PowerShell.Commands.GetChildItemCommand']);
    expect(r.errors[0]!.message).toBe("Cannot find path 'C:\\Users\\Administrator\\a\nb' because it does not exist.");
    expect(s.run('New-Item "a`nb" -ItemType File | Out-Null; Get-Item "a`nb" | ForEach-Object Name').output).toEqual(['a\nb']);
  });
});
