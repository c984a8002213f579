import { describe, expect, test } from 'vitest';
import { run } from './helpers';

// Behaviours the generated differential suite (test/pwsh/generated.pwsh.test.ts) found to differ
// from pwsh 7.6, each checked against the real pwsh.
describe('found by the generated differential suite', () => {
  const cases: [string, string[]][] = [
    // about_Trap: continue resumes silently, no keyword writes the error and goes on, break rethrows.
    ["trap { \"t: $_\"; continue } 1/0; 'next'", ['t: Attempted to divide by zero.', 'next']],
    ["trap { 'trapped' } throw 'x'; 'after'", ['trapped', 'after']],
    ["function g { trap { 'in g'; continue }; 1/0; 'g goes on' }; g; 'top'", ['in g', 'g goes on', 'top']],
    ["trap [System.DivideByZeroException] { 'div'; break } 1/0; 'not reached'", ['div']],
    // A compound statement needs no separator before the next statement.
    ['if ($true) { 1 } 2; try { 3 } finally { 4 } 5; function f { 6 } f', ['1', '2', '3', '4', '5', '6']],
  ];
  test.each(cases)('%s', (code, expected) => {
    expect(run(code).lines).toEqual(expected);
  });

  test('a trapped error is written unless the trap continues', () => {
    expect(run("trap { 'seen' } 1/0; 'after'").errors.map((e) => e.message)).toEqual(['Attempted to divide by zero.']);
    expect(run("trap { continue } 1/0; 'after'").errors).toEqual([]);
  });
});
