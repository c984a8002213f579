/**
 * Limits and interruption (issue #17): a runaway script stops with pwsh's own error record (never a
 * JavaScript message), the next command runs, and run/invoke take { timeout, signal }.
 * Records as pwsh 7.6.10 gives them (`$Error[0] | Select FullyQualifiedErrorId, CategoryInfo, Exception`).
 */
import { describe, expect, it } from 'vitest';
import { createSession, type Session } from '../../src/session';
import type { ErrorRecord } from '../../src/engine/errors';
import { defineCmdlet } from '../../src/engine/cmdlet';

function fact(r: ErrorRecord | undefined) {
  return { id: r?.fullyQualifiedErrorId, category: r?.category, type: r?.exception.typeName, message: r?.message };
}

function nextCommandRuns(s: Session) {
  const r = s.run('"next"');
  expect(r.output).toEqual(['next']);
  expect(r.errors).toEqual([]);
}

describe('call depth', () => {
  it('function f{f}; f: CallDepthOverflow, the script ends, the next command runs', () => {
    const s = createSession();
    const r = s.run('function f{f}; f; "after"');
    expect(fact(r.errors[0])).toEqual({ id: 'CallDepthOverflow', category: 'InvalidOperation', type: 'System.Management.Automation.RuntimeException', message: 'The script failed due to call depth overflow.' });
    expect(r.errors[0]!.exception.get('InnerException')).toMatchObject({ typeName: 'System.Management.Automation.ScriptCallDepthException' });
    // pwsh 7.6: script-terminating ("after" is not written).
    expect(r.output).toEqual([]);
    expect(r.text).toBe('InvalidOperation: The script failed due to call depth overflow.\n');
    expect(r.text).not.toMatch(/stack size/i);
    nextCommandRuns(s);
  });

  it('is caught by catch, and the limit is configurable', () => {
    const s = createSession({ limits: { maxCallDepth: 10 } });
    const r = s.run('$global:d = 0; function g{$global:d++; g}; try { g } catch { $_.FullyQualifiedErrorId }; $global:d');
    expect(r.output).toEqual(['CallDepthOverflow', 10]);
  });

  it('heavier recursion (pipelines, script blocks, interpolation) stops with the same record', () => {
    const s = createSession();
    for (const script of ['function g($n){ if($true){ foreach($i in 1){ g ($n+1) | % { $_ } } } }; g 1', '$sb={& $sb}; & $sb', 'function k{"$(k)"}; k']) {
      const r = s.run(script);
      expect(r.errors[0]?.fullyQualifiedErrorId).toBe('CallDepthOverflow');
    }
    nextCommandRuns(s);
  });
});

describe('string and array size', () => {
  const OOM = { id: 'System.OutOfMemoryException', category: 'OperationStopped', type: 'System.OutOfMemoryException', message: 'Insufficient memory to continue the execution of the program.' };

  it("$s = 'a' * 1e9: OutOfMemoryException, the statement ends, the script goes on", () => {
    const s = createSession();
    const r = s.run("$s = 'a' * 1e9; 'next'");
    expect(fact(r.errors[0])).toEqual(OOM);
    expect(r.output).toEqual(['next']);
    expect(r.text).toBe('OperationStopped: Insufficient memory to continue the execution of the program.\nnext\n');
    nextCommandRuns(s);
  });

  it('a string grown past maxStringLength by +=', () => {
    const s = createSession({ limits: { maxStringLength: 1000 } });
    const r = s.run("$s = ''; try { while ($true) { $s += 'abcdefghij' } } catch { $_.FullyQualifiedErrorId; $s.Length }");
    expect(r.output).toEqual(['System.OutOfMemoryException', 1000]);
  });

  it(',0 * 1e9, 1..1e9 and [int[]]::new(1e9): OutOfMemoryException; past .NET Array.MaxLength its own message', () => {
    const s = createSession();
    for (const script of ['$a = ,0 * 1e9', '$a = 1..1e9', '$a = [int[]]::new(1e9)']) {
      const r = s.run(script);
      expect(fact(r.errors[0]), script).toEqual(OOM);
    }
    const r = s.run('$a = ,0 * 2147483647');
    expect(fact(r.errors[0])).toEqual({ ...OOM, message: 'Array dimensions exceeded supported range.' });
    nextCommandRuns(s);
  });

  it('allocations per command line: the budget stops a quadratic +=, the next command starts afresh', () => {
    const s = createSession({ limits: { maxAllocation: 100_000 } });
    const r = s.run('$a = @(); foreach ($i in 1..10000) { $a += $i }');
    expect(fact(r.errors[0])).toEqual(OOM);
    expect(s.run('$b = 1..5000; $b.Count').output).toEqual([5000]);
  });
});

describe('timeout and signal', () => {
  const STOPPED = { id: 'PipelineStopped', category: 'OperationStopped', type: 'System.Management.Automation.PipelineStoppedException', message: 'The pipeline has been stopped.' };

  it('run with a timeout stops while($true){} with PipelineStoppedException; the session stays usable', () => {
    const s = createSession();
    const t0 = Date.now();
    const r = s.run('while ($true) {}', { timeout: 50 });
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(r.stopped).toBe(true);
    expect(r.success).toBe(false);
    expect(fact(r.errors[0])).toEqual(STOPPED);
    expect(r.text).toBe('OperationStopped: The pipeline has been stopped.\n');
    nextCommandRuns(s);
  });

  it('no catch catches the stop; finally blocks run', () => {
    const s = createSession();
    const r = s.run("try { 1..1e7 | ForEach-Object { $_ } | Out-Null } catch { 'caught' } finally { $global:f = 'finally ran' }", { timeout: 20 });
    expect(r.stopped).toBe(true);
    expect(r.output).toEqual([]);
    expect(s.run('$global:f').output).toEqual(['finally ran']);
  });

  it('an already-aborted signal: nothing runs', () => {
    const s = createSession();
    const c = new AbortController();
    c.abort();
    const r = s.run('$global:ran = 1', { signal: c.signal });
    expect(fact(r.errors[0])).toEqual(STOPPED);
    expect(s.run('$global:ran').output).toEqual([null]);
  });

  it('an AbortController aborted while the script runs (by a cmdlet hook), and anything with `aborted`', () => {
    const s = createSession();
    const c = new AbortController();
    // The engine is synchronous: something the script calls aborts it (a host would from a callback).
    s.cmdletHooks.push((cmdlet, call) => {
      call();
      if (cmdlet.name === 'Get-Date') c.abort();
    });
    const r = s.invoke('$global:i = 0; while ($true) { $global:i++; if ($global:i -eq 1000) { $null = Get-Date } }', { signal: c.signal });
    expect(r.stopped).toBe(true);
    expect(fact(r.errors[0])).toEqual(STOPPED);
    expect(s.invoke('$global:i').output[0]).toBeGreaterThanOrEqual(1000);
    let polls = 0;
    const r2 = s.invoke('while ($true) {}', { signal: { get aborted() { return ++polls > 3; } } });
    expect(r2.stopped).toBe(true);
    expect(s.invoke('1 + 1').output).toEqual([2]);
  });

  it('invoke and typed cmdlets honour the session timeout', () => {
    const s = createSession({ limits: { timeout: 30 } });
    const r = s.invoke('while ($true) {}');
    expect(r.stopped).toBe(true);
    expect(r.errors[0]?.fullyQualifiedErrorId).toBe('PipelineStopped');
    expect(s.invoke('1 + 1').output).toEqual([2]);
  });

  it('a stop inside a cmdlet call leaves the world as it was before that call (a store transaction)', () => {
    // A cmdlet that changes the world, then runs a script block that never ends: stopped half-way, its change is undone.
    const halfway = defineCmdlet({
      name: 'Set-HalfWay',
      source: 'test',
      outputType: [],
      help: { synopsis: 'Renames a mailbox, then runs a script block.' },
      parameters: [{ name: 'Then', type: 'ScriptBlock', sets: { __AllParameterSets: { position: 0 } } }],
      end(ctx) {
        const store = ctx.services.get<Session['store']>('store')!;
        store.transaction((w) => {
          w.onPrem.mailboxes[0]!.alias = 'changed-half-way';
        });
        ctx.invokeScriptBlock(ctx.params['Then']);
      },
    });
    const s = createSession({ cmdlets: [halfway] });
    const before = JSON.stringify(s.world);
    expect(s.world.onPrem.mailboxes.length).toBeGreaterThan(0);
    const r = s.run("Set-HalfWay { while ($true) {} }; 'after'", { timeout: 30 });
    expect(r.stopped).toBe(true);
    expect(r.output).toEqual([]);
    expect(JSON.stringify(s.world)).toBe(before);
    nextCommandRuns(s);
  });
});
