/**
 * Write-Progress (pwsh 7.6): the records the host receives, $ProgressPreference / -ProgressAction,
 * and pwsh's errors for bad input (messages and ids as pwsh 7.6.10 gives them).
 */
import { describe, expect, it } from 'vitest';
import { createSession, type ProgressEvent } from '../../src/index';
import { BufferHost } from '../../src/buffer-host';
import type { ProgressRecord } from '../../src/engine/host';

/** A BufferHost that also keeps the progress records it is given. */
class ProgressHost extends BufferHost {
  records: ProgressRecord[] = [];
  progress(record: ProgressRecord): void {
    this.records.push(record);
  }
}

function session() {
  const host = new ProgressHost();
  const s = createSession({ host, realTime: () => 0 });
  return { s, host };
}

const summary = (r: ProgressRecord) => [r.activity, r.statusDescription, r.activityId, r.parentActivityId, r.percentComplete, r.secondsRemaining, r.currentOperation, r.recordType, r.sourceId];

describe('Write-Progress records', () => {
  it('sends pwsh defaults: Id 0, Status Processing, no parent, -1 percent and seconds', () => {
    const { s, host } = session();
    const r = s.run('Write-Progress -Activity A');
    expect(r.success).toBe(true);
    expect(host.records.map(summary)).toEqual([['A', 'Processing', 0, -1, -1, -1, null, 'Processing', 0]]);
    expect(r.text).toBe('');
  });

  it('binds Activity, Status and Id by position and takes every named parameter', () => {
    const { s, host } = session();
    s.run('Write-Progress A S 7 -PercentComplete 40 -SecondsRemaining 9 -CurrentOperation op -ParentId 3 -SourceId 12');
    expect(host.records.map(summary)).toEqual([['A', 'S', 7, 3, 40, 9, 'op', 'Processing', 12]]);
  });

  it('-Completed sends a Completed record, and needs no activity', () => {
    const { s, host } = session();
    const r = s.run('Write-Progress -Activity B -Id 2 -Completed; Write-Progress -Completed; $?');
    expect(r.errors).toEqual([]);
    expect(host.records.map((x) => [x.activity, x.activityId, x.recordType])).toEqual([
      ['B', 2, 'Completed'],
      [' ', 0, 'Completed'],
    ]);
  });

  it('$ProgressPreference SilentlyContinue or Ignore and -ProgressAction SilentlyContinue send nothing', () => {
    const { s, host } = session();
    s.run("$ProgressPreference = 'SilentlyContinue'; Write-Progress -Activity D; $ProgressPreference = 'Ignore'; Write-Progress -Activity D2");
    s.run("$ProgressPreference = 'Continue'; Write-Progress -Activity E -ProgressAction SilentlyContinue");
    expect(host.records).toEqual([]);
    s.run('Write-Progress -Activity F');
    expect(host.records.map((r) => r.activity)).toEqual(['F']);
  });

  it('-ProgressAction on an advanced function sets $ProgressPreference inside it', () => {
    const { s, host } = session();
    const r = s.run('function Get-Report { [CmdletBinding()] param() Write-Progress -Activity inner; $ProgressPreference }; Get-Report -ProgressAction SilentlyContinue');
    expect(host.records).toEqual([]);
    expect(r.output).toEqual(['SilentlyContinue']);
  });

  it('Stop shows the record, then stops the script with ActionPreferenceStop', () => {
    const { s, host } = session();
    const r = s.run("$ProgressPreference = 'Stop'; Write-Progress -Activity G; 'next'");
    expect(host.records.map((x) => x.activity)).toEqual(['G']);
    expect(r.output).toEqual([]);
    expect(r.errors[0]!.message).toBe('The running command stopped because the preference variable "ProgressPreference" or common parameter is set to Stop: G');
    expect(r.text).toContain('Write-Progress: The running command stopped because the preference variable "ProgressPreference" or common parameter is set to Stop: G');
    const caught = s.run("$ProgressPreference = 'Continue'; try { Write-Progress -Activity F -ProgressAction Stop } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.ToString() }");
    expect(caught.output).toEqual(['ActionPreferenceStop,Microsoft.PowerShell.Commands.WriteProgressCommand', 'OperationStopped: (:) [Write-Progress], ActionPreferenceStopException']);
  });

  it('keeps no progress text in the BufferHost transcript', () => {
    const s = createSession({ realTime: () => 0 });
    const r = s.run("Write-Progress -Activity 'Migration report' -Status 'user 1' -PercentComplete 50; 'done'");
    expect(r.text).toBe('done\n');
    expect((s.host as BufferHost).text()).toBe('done\n');
  });
});

describe('Write-Progress errors (pwsh 7.6)', () => {
  const cases: [string, string, string, string][] = [
    [
      'Write-Progress -Activity A -PercentComplete 101',
      "Cannot validate argument on parameter 'PercentComplete'. The 101 argument is greater than the maximum allowed range of 100. Supply an argument that is less than or equal to 100 and then try the command again.",
      'ParameterArgumentValidationError,Microsoft.PowerShell.Commands.WriteProgressCommand',
      'InvalidData',
    ],
    [
      'Write-Progress -Activity A -PercentComplete -2',
      "Cannot validate argument on parameter 'PercentComplete'. The -2 argument is less than the minimum allowed range of -1. Supply an argument that is greater than or equal to -1 and then try the command again.",
      'ParameterArgumentValidationError,Microsoft.PowerShell.Commands.WriteProgressCommand',
      'InvalidData',
    ],
    [
      'Write-Progress -Activity A -Id -1',
      "Cannot validate argument on parameter 'Id'. The -1 argument is less than the minimum allowed range of 0. Supply an argument that is greater than or equal to 0 and then try the command again.",
      'ParameterArgumentValidationError,Microsoft.PowerShell.Commands.WriteProgressCommand',
      'InvalidData',
    ],
    [
      'Write-Progress -Activity A -ParentId -2',
      "Cannot validate argument on parameter 'ParentId'. The -2 argument is less than the minimum allowed range of -1. Supply an argument that is greater than or equal to -1 and then try the command again.",
      'ParameterArgumentValidationError,Microsoft.PowerShell.Commands.WriteProgressCommand',
      'InvalidData',
    ],
    [
      "Write-Progress -Activity A -Status ''",
      "Cannot validate argument on parameter 'Status'. The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.",
      'ParameterArgumentValidationError,Microsoft.PowerShell.Commands.WriteProgressCommand',
      'InvalidData',
    ],
    [
      'Write-Progress -Activity A -Status $null',
      "Cannot validate argument on parameter 'Status'. The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.",
      'ParameterArgumentValidationError,Microsoft.PowerShell.Commands.WriteProgressCommand',
      'InvalidData',
    ],
    [
      'Write-Progress -Activity A -PercentComplete abc',
      'Cannot bind parameter \'PercentComplete\'. Cannot convert value "abc" to type "System.Int32". Error: "The input string \'abc\' was not in a correct format."',
      'CannotConvertArgumentNoMessage,Microsoft.PowerShell.Commands.WriteProgressCommand',
      'InvalidArgument',
    ],
    [
      'Write-Progress -Activity A -Bogus 1',
      "A parameter cannot be found that matches parameter name 'Bogus'.",
      'NamedParameterNotFound,Microsoft.PowerShell.Commands.WriteProgressCommand',
      'InvalidArgument',
    ],
    ['Write-Progress', "Missing value for mandatory parameter. (Parameter 'Activity')", 'MissingActivity,Microsoft.PowerShell.Commands.WriteProgressCommand', 'InvalidArgument'],
    ["Write-Progress -Activity ''", "Missing value for mandatory parameter. (Parameter 'Activity')", 'MissingActivity,Microsoft.PowerShell.Commands.WriteProgressCommand', 'InvalidArgument'],
  ];

  it.each(cases)('%s', (script, message, fqid, category) => {
    const { s, host } = session();
    const r = s.run(script);
    expect(r.success).toBe(false);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.message).toBe(message);
    expect(r.errors[0]!.fullyQualifiedErrorId).toBe(fqid);
    expect(r.errors[0]!.category).toBe(category);
    expect(r.text.split('\n')[0]).toMatch(/^Write-Progress: /);
    expect(host.records).toEqual([]);
  });

  it('a missing activity is a non-terminating ArgumentException: the script goes on', () => {
    const { s } = session();
    const r = s.run("Write-Progress; \"after: $?\"; $Error[0].CategoryInfo.ToString(); Write-Progress -Activity ' '; \"space: $?\"");
    expect(r.output).toEqual(['after: False', 'InvalidArgument: (:) [Write-Progress], ArgumentException', 'space: True']);
  });
});

describe("library: session.on('progress')", () => {
  it('receives each record that reaches the host, with the virtual time', () => {
    const s = createSession({ realTime: () => 0 });
    const seen: ProgressEvent[] = [];
    const off = s.on('progress', (e) => seen.push(e));
    s.run("1..2 | ForEach-Object { Write-Progress -Activity Copy -Status \"Item $_\" -PercentComplete ($_ * 50) -SecondsRemaining (2 - $_) }; Write-Progress -Activity Copy -Completed");
    s.run("Write-Progress -Activity Hidden -ProgressAction SilentlyContinue");
    expect(seen.map((e) => [e.activity, e.status, e.percentComplete, e.secondsRemaining, e.completed])).toEqual([
      ['Copy', 'Item 1', 50, 1, false],
      ['Copy', 'Item 2', 100, 0, false],
      ['Copy', 'Processing', -1, -1, true],
    ]);
    expect(seen[0]).toMatchObject({ id: 0, parentId: -1, sourceId: 0, currentOperation: null });
    expect(seen[0]!.at.getTime()).toBe(s.clock.now().getTime());
    off();
    s.run('Write-Progress -Activity After');
    expect(seen).toHaveLength(3);
  });
});
