import { describe, expect, test } from 'vitest';
import { run } from './helpers';

describe('casts and conversions (pwsh 7.6)', () => {
  test('[string]$null is the empty string: it prints an empty line', () => {
    const r = run("[string]$null\n([string]$null).GetType().Name\n$x = [string]$null; $null -eq $x", { outDefault: true });
    expect(r.hostText).toBe('\nString\nFalse\n');
  });
  test('[string] variables, parameters and array elements hold "" for $null', () => {
    const r = run('function f([string]$n){ $null -eq $n }; f; f -n $null; [string]$v = $null; $null -eq $v; $a = [string[]]($null, "a"); $null -eq $a[0]');
    expect(r.lines).toEqual(['False', 'False', 'False', 'False']);
  });
});

test('unbound typed function parameters hold the type\'s value for null (pwsh 7.6)', () => {
  const r = run('function f([int]$i, [string]$s, [bool]$b, [double]$d, [datetime]$t, [string[]]$a, [hashtable]$h) { $i; $null -eq $s; $b; $d; $null -eq $t; $null -eq $a; $null -eq $h }; f');
  expect(r.lines).toEqual(['0', 'False', 'False', '0', 'True', 'True', 'True']);
});
