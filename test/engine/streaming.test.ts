import { describe, expect, test } from 'vitest';
import { createSession } from '../../src/session';
import type { Host, HostStream } from '../../src/engine/host';
import type { CmdletDefinition } from '../../src/engine/cmdlet';
import { MAX_NESTED_STAGES } from '../../src/engine/pipeline';

// Issue #17, streaming: ranges, pipelines and a statement's output in constant memory, as pwsh.
// Nothing here is timed: a range that were made whole (1e9 numbers) would end the test process instead.

/** A host that keeps no text: it counts the lines written and keeps the first few. */
class CountingHost implements Host {
  readonly name = 'CountingHost';
  readonly interactive = false;
  lines = 0;
  first: string[] = [];
  last = '';
  stopAfter = Infinity;
  polls = 0;
  width(): number {
    return 120;
  }
  write(_stream: HostStream, text: string): void {
    for (const line of text.split('\n').slice(0, -1)) {
      this.lines++;
      if (this.first.length < 3) this.first.push(line);
      this.last = line;
    }
  }
  readLine(): string | null {
    return null;
  }
  readSecret(): string | null {
    return null;
  }
  promptForChoice(): number {
    return -1;
  }
  stopRequested(): boolean {
    return ++this.polls > this.stopAfter;
  }
}

/** Passes objects on and records how many pipeline commands deep each one arrived. */
const depthProbe = (seen: number[]): CmdletDefinition => ({
  name: 'Get-PipelineDepth',
  source: 'test',
  parameters: [{ name: 'InputObject', type: 'PSObject', sets: { __AllParameterSets: { valueFromPipeline: true } } }],
  help: { synopsis: '' },
  process(ctx) {
    seen.push((ctx as unknown as { proc: { interp: { pipelineDepth: number } } }).proc.interp.pipelineDepth);
    ctx.writeObject(ctx.inputObject ?? null);
  },
});

const stages = (n: number) => ' | % {$_}'.repeat(n);

describe('ranges enumerate lazily where pwsh does (RangeEnumerator)', () => {
  test('1..1e9 | Select-Object -First 3 prints 1, 2, 3 (Select-Object stops the range)', () => {
    const s = createSession({ connected: false });
    expect(s.run('1..1e9 | Select-Object -First 3').text).toBe('1\n2\n3\n');
    expect(s.run('1..1e9 | % { $_ * 2 } | Select-Object -First 2').text).toBe('2\n4\n');
    expect(s.run('10..-1e9 | Select-Object -First 2').text).toBe('10\n9\n');
  });

  test('foreach over 1..1e9 with break', () => {
    const s = createSession({ connected: false });
    expect(s.run('foreach ($i in 1..1e9) { if ($i -gt 3) { break } ; $i }').text).toBe('1\n2\n3\n');
  });

  test('a lazy range is the same sequence as the array: descending, $foreach.MoveNext(), characters, an error in an end', () => {
    const s = createSession({ connected: false });
    expect(s.run('(5..1 | % { $_ }) -join ","').text).toBe('5,4,3,2,1\n');
    expect(s.run('foreach ($i in 1..6) { $i; [void]$foreach.MoveNext() }').text).toBe('1\n3\n5\n');
    expect(s.run('foreach ($i in 3..3) { "only $i" }').text).toBe('only 3\n');
    expect(s.run("('a'..'c' | % { $_ }) -join ''").text).toBe('abc\n');
    expect(s.run('$n = 0; 1..1000 | % { $n += $_ }; $n').text).toBe('500500\n');
    const r = s.run("1..'x' | % { $_ }");
    expect(r.success).toBe(false);
    expect(r.errors[0].fullyQualifiedErrorId).toBe(s.run("1..'x'").errors[0].fullyQualifiedErrorId);
  });

  test('1..130000 prints every number', () => {
    const host = new CountingHost();
    const s = createSession({ connected: false, host });
    s.run('1..130000', { collect: false });
    expect(host.first).toEqual(['1', '2', '3']);
    expect(host.lines).toBe(130000);
    expect(host.last).toBe('130000');
  });

  test('Ctrl+C stops a range whose output nothing reads (1..1e9 | Out-Null)', () => {
    const host = new CountingHost();
    host.stopAfter = 3;
    const s = createSession({ connected: false, host });
    const r = s.run('1..1e9 | Out-Null; "not reached"');
    expect(r.stopped).toBe(true);
    expect(host.lines).toBe(0);
  });
});

describe('output streams to the host and nothing keeps it', () => {
  test('run(..., { collect: false }) shows every object and returns none', () => {
    const host = new CountingHost();
    const s = createSession({ connected: false, host });
    const r = s.run('$i = 0; while ($i -lt 5000) { $i++; "x$i" }', { collect: false });
    expect(host.lines).toBe(5000);
    expect(host.last).toBe('x5000');
    expect(r.output).toEqual([]);
    expect(r.success).toBe(true);
    // Without the option the objects come back as before.
    expect(s.run('1..3').output).toEqual([1, 2, 3]);
  });

  test('with collect: false, errors and warnings are shown, not kept; $Error stays bounded', () => {
    const host = new CountingHost();
    const s = createSession({ connected: false, host });
    const r = s.run('1..300 | % { Write-Error "e$_"; Write-Warning "w$_" }', { collect: false });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(host.lines).toBeGreaterThanOrEqual(600);
    expect(s.invoke('$Error.Count').output).toEqual([256]);
    expect(s.invoke('1..3 | % { $_ }', { collect: false }).output).toEqual([]);
  });
});

describe('deep pipelines', () => {
  test('a 1,000-stage pipeline gives its result', () => {
    const s = createSession({ connected: false });
    expect(s.run('1' + stages(1000)).text).toBe('1\n');
    expect(s.run('1..5' + stages(300) + ' | Select-Object -First 2' + stages(300) + ' | % { "r$_" }').text).toBe('r1\nr2\n');
  });

  test('an object never goes more than MAX_NESTED_STAGES commands deep on the stack', () => {
    const seen: number[] = [];
    const s = createSession({ connected: false, cmdlets: [depthProbe(seen)] });
    s.run('1..3' + stages(10) + ' | Get-PipelineDepth' + stages(500) + ' | Get-PipelineDepth | Measure-Object');
    expect(seen).toHaveLength(6);
    expect(Math.max(...seen)).toBeLessThanOrEqual(MAX_NESTED_STAGES);
    // A short pipeline keeps pwsh's order exactly: each object goes all the way down before the next.
    expect(s.run('1..2 | % { $_; Write-Host "h$_" } | % { Write-Host "got $_" }').text).toBe('got 1\nh1\ngot 2\nh2\n');
  });
});

describe('$a += $_', () => {
  test('appends over 20,000 items; copies still never change what another variable holds', () => {
    const s = createSession({ connected: false });
    expect(s.run('$a = @(); 1..20000 | % { $a += $_ }; $a.Count; $a[-1]').text).toBe('20000\n20000\n');
    expect(s.run('$a = @(1); $b = $a; $a += 2; $a += 3; $c = $a; $a += 4; "$b|$c|$a"').text).toBe('1|1 2 3|1 2 3 4\n');
    expect(s.run('$a = @(); $a += 1, 2; $a += @(3); $a += , @(4, 5); $a.Count; $a[3].Count').text).toBe('4\n2\n');
    expect(s.run('$a = @(); 1..3 | % { $a += $a.Count }; $a -join ","').text).toBe('0,1,2\n');
    expect(s.run('$h = @{}; $a = @(); 1..3 | % { $a += $_; $h["k$_"] = $a }; $h.k1.Count, $h.k2.Count, $h.k3.Count -join ","').text).toBe('1,2,3\n');
    expect(s.run('function f { $x = @(); 1..5 | % { $x += $_ }; $x.Count }; f').text).toBe('5\n');
  });
});
