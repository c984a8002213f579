import { describe, expect, test } from 'vitest';
import { run, makeRunspace } from './helpers';
import type { ErrorRecord } from '../../src/engine/errors';

// Streams and redirection (about_Output_Streams, about_Redirection, about_CommonParameters).
describe('streams', () => {
  test('each stream lands in its collection and, with outDefault, on the host in order', () => {
    const { rs, host } = makeRunspace();
    const r = rs.invoke('"out1"; Write-Warning "careful"; Write-Verbose "hidden"; Write-Verbose "shown" -Verbose; Write-Host "to host"; Write-Error "failed"; "out2"', { outDefault: true });
    expect(r.output).toEqual(['out1', 'out2']);
    expect(r.warnings).toEqual(['careful']);
    expect(r.verbose).toEqual(['shown']);
    expect(r.errors.map((e) => e.message)).toEqual(['failed']);
    expect(host.text).toBe('out1\nWARNING: careful\nVERBOSE: shown\nto host\nWrite-Error: failed\nout2\n');
  });
  test('Write-Error record shape', () => {
    const r = run('Write-Error "failed"');
    const e = r.errors[0] as ErrorRecord;
    expect(e.fullyQualifiedErrorId).toBe('Microsoft.PowerShell.Commands.WriteErrorException');
    expect(e.categoryInfo.toString()).toBe('NotSpecified: (:) [Write-Error], WriteErrorException');
  });
  test('Write-Error inside a function carries the function name in the id', () => {
    const r = run('function Test-It { Write-Error "x" }; Test-It');
    expect(r.errors[0].fullyQualifiedErrorId).toBe('Microsoft.PowerShell.Commands.WriteErrorException,Test-It');
  });
  test('-ErrorAction SilentlyContinue hides but records; Ignore does not record', () => {
    const r = run('Write-Error "a" -ErrorAction SilentlyContinue; Write-Error "b" -ea Ignore; $Error.Count; $Error[0].Exception.Message');
    expect(r.errors).toEqual([]);
    expect(r.lines).toEqual(['1', 'a']);
  });
  test('-ErrorVariable and +append', () => {
    const r = run('Write-Error "a" -ErrorVariable ev -ea SilentlyContinue; Write-Error "b" -ev +ev -ea SilentlyContinue; $ev.Count; "$($ev[1])"');
    expect(r.lines).toEqual(['2', 'b']);
  });
  test('-OutVariable keeps the output and passes it on', () => {
    const r = run('Write-Output 1,2 -OutVariable ov | Out-Null; $ov.Count');
    expect(r.lines).toEqual(['2']);
  });
  test('$WarningPreference and -WarningAction', () => {
    expect(run('$WarningPreference = "SilentlyContinue"; Write-Warning "w"').warnings).toEqual([]);
    expect(run('Write-Warning "w" -WarningAction SilentlyContinue').warnings).toEqual([]);
  });
  test('$VerbosePreference Continue shows verbose', () => {
    expect(run('$VerbosePreference = "Continue"; Write-Verbose "v"').verbose).toEqual(['v']);
  });
  test('Write-Information is collected; shown only when InformationAction is Continue', () => {
    const { rs, host } = makeRunspace();
    const r = rs.invoke('Write-Information "quiet"; Write-Information "loud" -InformationAction Continue', { outDefault: true });
    expect(r.information).toEqual(['quiet', 'loud']);
    expect(host.text).toBe('loud\n');
  });
  test('Write-Host -NoNewline and -Separator', () => {
    expect(run('Write-Host "a" -NoNewline; Write-Host "b"; Write-Host (1,2,3) -Separator ", "').hostText).toBe('ab\n1, 2, 3\n');
  });
});

describe('redirection', () => {
  test('2>&1 merges errors into output', () => {
    const r = run('Write-Error "e" 2>&1 | ForEach-Object { "got: $_" }');
    expect(r.lines).toEqual(['got: e']);
    expect(r.errors).toEqual([]);
  });
  test('> $null and 2> $null discard', () => {
    const r = run('"x" > $null; Write-Error "e" 2> $null; "y"');
    expect(r.lines).toEqual(['y']);
    expect(r.errors).toEqual([]);
  });
  test('> file and >> file write formatted text through services.fs', () => {
    const { rs, services } = makeRunspace();
    rs.invoke('"line1" > C:\\out.txt; "line2" >> C:\\out.txt; 1,2 > .\\rel.txt');
    expect(services.fs.readText('C:\\out.txt')).toBe('line1\nline2\n');
    expect(services.fs.readText('C:\\Users\\Administrator\\rel.txt')).toBe('1\n2\n');
  });
  test('*> file captures every stream', () => {
    const { rs, services } = makeRunspace();
    rs.invoke('& { "o"; Write-Warning "w"; Write-Error "e" } *> C:\\all.txt');
    expect(services.fs.readText('C:\\all.txt')).toBe('o\nw\ne\n');
  });
});

describe('Write-Error attribution', () => {
  test('inside a function the record names the function; the activity stays Write-Error', () => {
    const r = run('function Test-It { Write-Error "x" }; Test-It');
    expect(r.errors[0].commandName).toBe('Test-It');
    expect(r.errors[0].categoryInfo.toString()).toBe('NotSpecified: (:) [Write-Error], WriteErrorException');
  });
});

describe('stopping a pipeline early', () => {
  test('PipelineStoppedSignal ends the stopper and what follows; upstream is abandoned', async () => {
    const { defineCmdlet } = await import('../../src/engine/cmdlet');
    const { PipelineStoppedSignal } = await import('../../src/engine/errors');
    const takeOne = defineCmdlet({
      name: 'Take-One',
      source: 'Test',
      parameters: [{ name: 'InputObject', type: 'PSObject', sets: { __AllParameterSets: { valueFromPipeline: true } } }],
      help: { synopsis: 'first object only' },
      process(ctx) {
        ctx.writeObject(ctx.inputObject ?? null);
        throw new PipelineStoppedSignal();
      },
      end(ctx) {
        ctx.writeObject('take end');
      },
    });
    const r = run("1..3 | ForEach-Object -Process { $_ } -End { 'upstream end' } | Take-One | ForEach-Object { \"got $_\" }; 'next'", { cmdlets: [takeOne] });
    expect(r.lines).toEqual(['got 1', 'got take end', 'next']);
    expect(r.errors).toEqual([]);
  });
});

test('-OutBuffer n passes objects on in batches of n + 1 (about_CommonParameters, pwsh 7.6)', () => {
  const r = run('1..4 | ForEach-Object { Write-Host "$($_): First"; $_ } -OutBuffer 1 | ForEach-Object { Write-Host "$($_): Second" }', { outDefault: true });
  expect(r.hostText).toBe('1: First\n2: First\n1: Second\n2: Second\n3: First\n4: First\n3: Second\n4: Second\n');
});
