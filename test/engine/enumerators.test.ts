import { describe, expect, test } from 'vitest';
import { run } from './helpers';

// $input, $foreach and $switch are enumerators (about_Automatic_Variables), as in pwsh 7.6.
describe('automatic enumerators', () => {
  test('$input is consumed once; Reset() starts it over; MoveNext() and Current move through it', () => {
    const r = run('function All { "All Values: $input"; "Access Again: $input"; $input.Reset(); "After Reset: $input"; $input.MoveNext() | Out-Null; "After MoveNext: $input" }; "one","two","three" | All', { outDefault: true });
    expect(r.hostText).toBe('All Values: one two three\nAccess Again: \nAfter Reset: one two three\nAfter MoveNext: \n');
    const c = run('function Current { process { "Before: $($input.Current)"; $input.MoveNext() | Out-Null; "After: $($input.Current)" } }; "one","two" | Current');
    expect(c.lines).toEqual(['Before: ', 'After: one', 'Before: ', 'After: two']);
  });
  test('$input is an ArrayListEnumeratorSimple; GetType() does not consume it', () => {
    expect(run('function t { $input.GetType().Name; @($input).Count }; 1,2 | t').lines).toEqual(['ArrayListEnumeratorSimple', '2']);
  });
  test('$foreach: Current, MoveNext() skips an item, Reset() restarts; nested loops keep their own', () => {
    const r = run('foreach ($n in "one","two","three") { "$n $($foreach.Current)"; if ($n -eq "one") { $foreach.MoveNext() | Out-Null } }');
    expect(r.lines).toEqual(['one one', 'three three']);
    const n = run('foreach ($i in 1..2) { foreach ($j in "a","b") { "$i$j $($foreach.Current)" }; "outer $($foreach.Current)" }; $null -eq $foreach');
    expect(n.lines).toEqual(['1a a', '1b b', 'outer 1', '2a a', '2b b', 'outer 2', 'True']);
    const reset = run('$stop = 0; foreach ($n in 1,2,3) { $n; if ($n -eq 2 -and $stop -lt 1) { $stop++; $foreach.Reset() } }', { outDefault: true });
    expect(reset.hostText).toBe('1\n2\n1\n2\n3\n');
  });
  test('$switch: MoveNext() skips the next value, Reset() starts over', () => {
    const r = run('$stop = $false; switch ("Start","MoveNext","Skipped","Reset","End") { "MoveNext" { $switch.MoveNext() | Out-Null; "after: $($switch.Current)" } "Reset" { if (!$stop) { $stop = $true; $switch.Reset() } } default { "default: $($switch.Current)" } }', { outDefault: true });
    expect(r.hostText).toBe('default: Start\nafter: Skipped\ndefault: Start\nafter: Skipped\ndefault: End\n');
  });
});
