/**
 * The parser's work is linear in its input whatever the nesting (issue #17): measured as tokens
 * scanned (parseWork), not as time, so the property is deterministic. Inputs once exponential:
 * `"$(` repeated (each level scanned its string three times) and `while(` repeated (a failed
 * statement in parentheses was read again as command arguments).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse, parseWork } from '../../src/language/parser';

/** Fragments that open, close or nest constructs: the raw material of pathological scripts. */
const FRAGMENTS = [
  '"$(', '@"\n$(', '$(', '@(', '(', ')', '{', '}', '[', ']', 'while(', 'if(', 'foreach($x in ', 'switch(', 'try{', '&{',
  'function f{', 'param(', '[int]', '"', "'", '`', '$a.b(', '.Where{', ' -x:', '|', ',', ';', '\n', '1+', '@{a=', '#', '<#', '"@\n',
  '$', 'a', ' ', '=', '::', '..',
];

const pathological = fc
  .array(fc.tuple(fc.constantFrom(...FRAGMENTS), fc.integer({ min: 1, max: 60 })), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.map(([f, n]) => f.repeat(n)).join(''));

describe('parsing stays linear', () => {
  it.each([
    ['"$(', 14],
    ['@"\n$(', 14],
    ['while(', 32],
    ['[', 5000],
    ['"$("', 40],
  ])('%j repeated %i times: a few tokens per character', (unit, times) => {
    const src = unit.repeat(times);
    expect(parseWork(src)).toBeLessThanOrEqual(2 * src.length + 2);
    expect(parse(src).errors.length).toBeGreaterThan(0);
  });

  it('doubling a nested input at most doubles the work', () => {
    for (const unit of ['"$(', 'while(', 'if(', '&{', '$a.b(']) {
      const small = parseWork(unit.repeat(200));
      const big = parseWork(unit.repeat(400));
      expect(big).toBeLessThanOrEqual(2 * small + 10);
    }
  });

  it('property: random nesting of openers, closers and keywords costs a bounded number of tokens per character, and never throws', () => {
    fc.assert(
      fc.property(pathological, (src) => {
        expect(parseWork(src)).toBeLessThanOrEqual(3 * src.length + 20);
      }),
      { seed: 20261207, numRuns: 500 },
    );
  });
});
