/**
 * The short seeded fuzz campaign of `npm test` (issue #17); `npm run fuzz -- --inputs N` runs the long
 * one. Hostile scripts (mutated corpus blocks and real scripts, splices, deep nesting, huge literals,
 * generated programs) through tokenizer, parser, binder, evaluator and formatter, and random calls of
 * every cmdlet from its metadata: only product errors, no JavaScript error or wording reaching the
 * user, world invariants kept, no change to the world from a call that failed, no runaway input.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { callOf, checkCall, checkScript, fuzzedCmdlets, mutate, scriptInput } from './harness';
import { loadCorpus } from './corpus';
import { program } from '../pwsh/arbitraries';

describe('fuzz: hostile input never breaks the emulator', () => {
  it('mutated, spliced, nested and generated scripts: only product errors, the world kept', () => {
    const corpus = loadCorpus();
    expect(corpus.length).toBeGreaterThan(100);
    fc.assert(
      fc.property(scriptInput(corpus, program), (src) => {
        const o = checkScript(src);
        expect(o.failure, JSON.stringify(src).slice(0, 500)).toBeNull();
      }),
      { seed: 20261717, numRuns: 150 },
    );
  });

  it('random calls of every cmdlet from its metadata: only product errors, a failed call changes nothing', () => {
    const defs = fuzzedCmdlets();
    fc.assert(
      fc.property(fc.constantFrom(...defs).chain(callOf), (line) => {
        const o = checkCall(line);
        expect(o.failure, line).toBeNull();
      }),
      { seed: 20261718, numRuns: 100 },
    );
  });

  it('the mutations do what they say (insert, delete, swap, repeat, nest)', () => {
    expect(mutate('abcdef', [{ k: 'insert', at: 2, text: 'X' }])).toBe('abXcdef');
    expect(mutate('abcdef', [{ k: 'delete', at: 1, len: 2 }])).toBe('adef');
    expect(mutate('abcdef', [{ k: 'swap', at: 0, len: 2, to: 4 }])).toBe('cdefab');
    expect(mutate('abc', [{ k: 'repeat', at: 1, len: 1, times: 3 }])).toBe('abbbc');
    expect(mutate('x', [{ k: 'nest', open: '(', close: ')', times: 2 }])).toBe('((x))');
  });

  it('the oracle catches what it must: a JavaScript error reaching the user fails the input', () => {
    // Get-PSSession -Name $null was a TypeError before it validated its argument; a defect now shows as InternalError,
    // and the oracle names it. Here a run that cannot fail passes, and a parse failure changes nothing.
    expect(checkScript("'ok'").failure).toBeNull();
    expect(checkScript('if (').failure).toBeNull();
    // Runaway inputs stop: a loop by the poll budget, a recursion by the call depth limit, a huge range by the allocation limit.
    expect(checkScript('while ($true) { }').stopped).toBe(true);
    expect(checkScript('function f { f; f }; f').limited).toBe(true);
    expect(checkScript('$a = 1..1e9').limited).toBe(true);
  });
});

describe('fuzz oracle: findings of the campaign kept as cases', () => {
  it.each(['$false * $true', "('alpha' -imatch '\\1d')"])('%s passes (pwsh wording that looks like JavaScript is not a leak)', (src) => {
    expect(checkScript(src).failure).toBeNull();
  });
});

describe('fuzz oracle: a rolled-back call', () => {
  it('Rename-Item over several items failing on the second leaves the world deep-equal (key order aside)', () => {
    expect(checkCall("Rename-Item -NewName 'CutoverBatch' -Path '*' -Force -Confirm:$false -ErrorAction Stop").failure).toBeNull();
  });
});
