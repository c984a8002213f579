import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse, tokenize } from '../../src/language/parser';

/** Fragments that exercise every tokenizer mode and error path when glued at random. */
const fragments = [
  '$', '@', '(', ')', '{', '}', '[', ']', '"', "'", '`', '|', '||', '&', '&&', ';', ',', '.', '..', '::', '-', '--', '--%',
  '=', '+=', '??', '?', ':', '>', '2>&1', '<', '<#', '#>', '#', '\n', '\r\n', ' ', '\t', '@"\n', '\n"@', "@'\n", "\n'@",
  '$x', '${a}', '$(', '@(', '@{', '-eq', '-Name', '-Name:', 'if', 'else', 'foreach', 'in', 'function', 'param', 'switch',
  'try', 'catch', 'finally', 'do', 'while', 'until', 'for', 'return', 'Get-Mailbox', '1', '2GB', '0x1F', '1.5e3', 'a.b',
  '`u{', '`u{41}', '[int]', '[Parameter(', '\u2013', '\u201c', '\u2018', 'default', 'begin', 'process', 'end',
];

describe('robustness', () => {
  it('random strings never throw and always produce a result', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const r = parse(s);
        expect(r.ast.type).toBe('ScriptBlock');
        expect(Array.isArray(r.errors)).toBe(true);
        tokenize(s);
      }),
      { numRuns: 400 },
    );
  }, 120_000);

  it('random PowerShell-like fragments never throw, and errors carry valid positions', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 60 }), (parts) => {
        const s = parts.join('');
        const r = parse(s);
        for (const e of r.errors) {
          expect(e.offset).toBeGreaterThanOrEqual(0);
          // pwsh puts the end-of-input token one past the text (MissingEndParenthesisInSubexpression).
          expect(e.offset).toBeLessThanOrEqual(s.length + 1);
          expect(e.line).toBeGreaterThanOrEqual(1);
          expect(e.column).toBeGreaterThanOrEqual(1);
          expect(e.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 600 },
    );
  }, 120_000);

  it.each(['x`', 'a\n&&b`', '`', "[int]\u201c>?@\"\n&&catch`"])('a backtick ending the input terminates: %j', (src) => {
    expect(parse(src).ast.type).toBe('ScriptBlock');
  });

  it('parses a 1 MB script', () => {
    const block = 'Get-Mailbox -Identity "user$i@contoso.com" | Where-Object { $_.Size -gt 2GB } | Select Name, @{n="x";e={$_.Alias}}\n$h = @{ a = 1; b = "two" }; foreach ($m in $list) { if ($m -like "*x*") { $m.Name } }\n';
    const src = block.repeat(Math.ceil(1_000_000 / block.length));
    const r = parse(src);
    expect(r.errors).toEqual([]);
    expect(r.ast.end!.statements.length).toBe(3 * Math.ceil(1_000_000 / block.length));
  }, 120_000);

  it('deep nesting reports ScriptTooComplicated instead of overflowing the stack', () => {
    const r = parse('('.repeat(100_000));
    expect(r.errors[0]!.errorId).toBe('ScriptTooComplicated');
    const r2 = parse('{'.repeat(50_000) + '}'.repeat(50_000));
    expect(r2.errors.map((e) => e.errorId)).toContain('ScriptTooComplicated');
  }, 120_000);

  it('long unterminated strings, many stray tokens, long pipelines and deep $( nesting', () => {
    for (const src of ['"' + 'a'.repeat(1_000_000), "'x' ".repeat(20_000) + "'", 'a |'.repeat(50_000), '$('.repeat(1000) + '"'.repeat(100_000)]) {
      const r = parse(src);
      expect(r.ast.type).toBe('ScriptBlock');
    }
  }, 120_000);
});
