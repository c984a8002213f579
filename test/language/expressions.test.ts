import { describe, expect, it } from 'vitest';
import { expr } from './helpers';

describe('operators and precedence (about_Operators)', () => {
  it.each([
    ['1 + 2 * 3', { type: 'BinaryExpression', operator: '+', right: { operator: '*' } }],
    ['1 * 2 + 3', { type: 'BinaryExpression', operator: '+', left: { operator: '*' } }],
    ['1 - 2 - 3', { operator: '-', left: { operator: '-' }, right: { value: 3 } }],
    ['$a -eq 1 -and $b -ne 2', { operator: '-and', left: { operator: '-eq' }, right: { operator: '-ne' } }],
    ['$a -EQ 1', { operator: '-eq' }],
    ['$a -CEq 1', { operator: '-ceq' }],
    ['$a -ilike "x*"', { operator: '-ilike' }],
    ['1,2 -join ","', { operator: '-join', left: { type: 'ArrayLiteral' } }],
    ['"{0}" -f 1 + 2', { operator: '+', left: { operator: '-f' } }],
    ['1..5', { operator: '..', left: { value: 1 }, right: { value: 5 } }],
    ['$x -band 4 -eq 4', { operator: '-band', right: { operator: '-eq' } }],
    ['$a ?? $b + 1', { operator: '??', right: { operator: '+' } }],
    ['$a -is [string]', { operator: '-is', right: { type: 'TypeExpression', typeName: 'string' } }],
    ['$a -as [int]', { operator: '-as' }],
    ['$s -replace "a","b"', { operator: '-replace', right: { type: 'ArrayLiteral' } }],
    ['$s -split ","', { operator: '-split' }],
    ['1 -shl 2', { operator: '-shl' }],
    ['$x -notin 1,2', { operator: '-notin' }],
    ['$a -xor $b', { operator: '-xor' }],
  ])('%s', (src, shape) => {
    expect(expr(src)).toMatchObject(shape);
  });

  it.each([
    ['-not $a', { type: 'UnaryExpression', operator: '-not' }],
    ['!$a', { type: 'UnaryExpression', operator: '!' }],
    ['-split "a b"', { type: 'UnaryExpression', operator: '-split' }],
    ['-join $a', { type: 'UnaryExpression', operator: '-join' }],
    ['-bnot 5', { type: 'UnaryExpression', operator: '-bnot' }],
    ['-5', { type: 'Constant', value: -5, text: '-5' }],
    ['- $x', { type: 'UnaryExpression', operator: '-' }],
    ['++$i', { type: 'UnaryExpression', operator: '++', postfix: false }],
    ['$i++', { type: 'UnaryExpression', operator: '++', postfix: true }],
    ['$i--', { type: 'UnaryExpression', operator: '--', postfix: true }],
    [',$x', { type: 'ArrayLiteral', elements: [{ type: 'Variable', name: 'x' }] }],
    ['$c ? 1 : 2', { type: 'TernaryExpression', condition: { name: 'c' }, ifTrue: { value: 1 }, ifFalse: { value: 2 } }],
  ])('unary/ternary %s', (src, shape) => {
    expect(expr(src)).toMatchObject(shape);
  });
});

describe('numbers', () => {
  it.each([
    ['42', 42, '42'],
    ['0x10', 16, '0x10'],
    ['1.5', 1.5, '1.5'],
    ['1e3', 1000, '1e3'],
    ['2GB', 2 * 1024 ** 3, '2GB'],
    ['5kb', 5120, '5kb'],
    ['1.5MB', 1.5 * 1024 ** 2, '1.5MB'],
    ['10l', 10, '10l'],
    ['3d', 3, '3d'],
    ['34uy', 34, '34uy'],
    ['.5', 0.5, '.5'],
  ])('%s', (src, value, text) => {
    expect(expr(src)).toMatchObject({ type: 'Constant', value, text });
  });
  // pwsh 7.6 (tokenizer.cs TryGetNumberValue): a hex literal of 8 digits is an Int32 with its sign
  // bit, of 16 an Int64; a type suffix or a multiplier applies after; from 1E+15 the value is exact.
  it.each([
    ['0xFFFFFFFF', -1],
    ['0x80000000', -2147483648],
    ['0x7FFFFFFF', 2147483647],
    ['0x0FFFFFFFF', 4294967295],
    ['0x100000000', 4294967296],
    ['0xFFFFFFFFFFFFFFFF', -1],
    ['0x8000000000000000', -(2n ** 63n)],
    ['0x7FFFFFFFFFFFFFFF', 2n ** 63n - 1n],
    ['0xFFFFFFFFl', 4294967295],
    ['0xFFy', -1],
    ['0xFFuy', 255],
    ['0xFFFFs', -1],
    ['0xFFFFFFFFu', 4294967295],
    ['0xFFFFFFFFn', -1],
    ['0xFFFFFFFFkb', -1024],
    ['0x1d', 29],
    ['0b11111111', -1],
    ['0b11111111111111111111111111111111', -1],
    ['0b011111111111111111111111111111111', 4294967295],
    ['9223372036854775807', 2n ** 63n - 1n],
    ['9223372036854775808', 2n ** 63n],
    ['1000000000000000', 1000000000000000n],
    ['12n', 12],
    ['1.5l', 2],
    ['2.5l', 2],
    ['8191pb', 9222246136947933184n],
  ])('%s', (src, value) => {
    expect(expr(src)).toMatchObject({ type: 'Constant', value });
  });
});

describe('variables', () => {
  it.each([
    ['$x', { name: 'x', scope: null }],
    ['${x y}', { name: 'x y', scope: null }],
    ['$env:X', { name: 'X', scope: 'env' }],
    ['$script:x', { name: 'x', scope: 'script' }],
    ['$global:x', { name: 'x', scope: 'global' }],
    ['$_', { name: '_' }],
    ['$PSItem', { name: 'PSItem' }],
    ['$?', { name: '?' }],
    ['$^', { name: '^' }],
    ['$$', { name: '$' }],
    ['$true', { name: 'true' }],
    ['$null', { name: 'null' }],
  ])('%s', (src, shape) => {
    expect(expr(src)).toMatchObject({ type: 'Variable', splatted: false, ...shape });
  });
});

describe('member access, index, types', () => {
  it.each([
    ['$x.Name', { type: 'MemberExpression', member: { value: 'Name' }, static: false }],
    ['$x.$p', { type: 'MemberExpression', member: { type: 'Variable', name: 'p' } }],
    ["$x.'a b'", { type: 'MemberExpression', member: { value: 'a b' } }],
    ['$s.Split(",")', { type: 'InvokeMemberExpression', member: { value: 'Split' }, arguments: [{ value: ',' }] }],
    ['$s.Replace("a", "b")', { type: 'InvokeMemberExpression', arguments: [{ value: 'a' }, { value: 'b' }] }],
    ['${x}?.Name', { type: 'MemberExpression', nullConditional: true }],
    ['[math]::PI', { type: 'MemberExpression', static: true, target: { type: 'TypeExpression', typeName: 'math' } }],
    ['[guid]::NewGuid()', { type: 'InvokeMemberExpression', static: true, arguments: [] }],
    ['$a[0]', { type: 'IndexExpression', index: { value: 0 } }],
    ["$h['k']", { type: 'IndexExpression', index: { value: 'k' } }],
    ['$a[1..3]', { type: 'IndexExpression', index: { operator: '..' } }],
    ['$a[0].Name', { type: 'MemberExpression', target: { type: 'IndexExpression' } }],
    ['[string]$x', { type: 'ConvertExpression', typeName: 'string', operand: { name: 'x' } }],
    ['[int[]]$x', { type: 'ConvertExpression', typeName: 'int[]' }],
    ['[System.Collections.Generic.List[string]]', { type: 'TypeExpression', typeName: 'System.Collections.Generic.List[string]' }],
    ['[Dictionary[string,int]]::new()', { type: 'InvokeMemberExpression', target: { typeName: 'Dictionary[string,int]' } }],
    ['[int]$x.Count', { type: 'ConvertExpression', operand: { type: 'MemberExpression' } }],
    ['[ordered]@{a=1}', { type: 'ConvertExpression', typeName: 'ordered', operand: { type: 'Hashtable' } }],
    ['[pscustomobject]@{a=1}', { type: 'ConvertExpression', typeName: 'pscustomobject' }],
  ])('%s', (src, shape) => {
    expect(expr(src)).toMatchObject(shape);
  });
});

describe('collections and blocks', () => {
  it.each([
    ['@(1, 2)', { type: 'ArrayExpression', statements: [{ type: 'Pipeline' }] }],
    ['@()', { type: 'ArrayExpression', statements: [] }],
    ['$(1; 2)', { type: 'SubExpression', statements: [{}, {}] }],
    ['(1 + 2)', { type: 'ParenExpression', pipeline: { type: 'Pipeline' } }],
    ['1, 2, 3', { type: 'ArrayLiteral', elements: [{ value: 1 }, { value: 2 }, { value: 3 }] }],
    ['{ $_ }', { type: 'ScriptBlockExpression', scriptBlock: { text: ' $_ ' } }],
  ])('%s', (src, shape) => {
    expect(expr(src)).toMatchObject(shape);
  });

  it('hashtable keys: barewords, strings, numbers, expressions; values are statements', () => {
    expect(expr("@{ a = 1; 'b c' = 2\n 3 = Get-Date | Select -First 1; ($k) = 4; Content-Type = 'x' }")).toMatchObject({
      type: 'Hashtable',
      pairs: [
        { key: { type: 'StringConstant', value: 'a', stringKind: 'BareWord' }, value: { type: 'Pipeline' } },
        { key: { value: 'b c', stringKind: 'SingleQuoted' } },
        { key: { type: 'Constant', value: 3 }, value: { type: 'Pipeline', elements: [{ type: 'Command' }, { type: 'Command' }] } },
        { key: { type: 'ParenExpression' } },
        { key: { value: 'Content-Type' } },
      ],
    });
  });

  it('script block with param, attributes and named blocks', () => {
    const e = expr("{ [CmdletBinding()] param([Parameter(Mandatory=$true, Position=0)][Alias('x')][string]$Name, [ValidateSet('a','b')]$Kind = 'a', [switch]$Force) begin { 1 } process { $_ } end { 2 } }");
    expect(e).toMatchObject({
      type: 'ScriptBlockExpression',
      scriptBlock: {
        paramBlock: {
          attributes: [{ typeName: 'CmdletBinding', positionalArguments: [], namedArguments: [] }],
          parameters: [
            {
              name: 'Name',
              typeName: 'string',
              attributes: [
                { typeName: 'Parameter', namedArguments: [{ name: 'Mandatory', value: { name: 'true' } }, { name: 'Position', value: { value: 0 } }] },
                { typeName: 'Alias', positionalArguments: [{ value: 'x' }] },
              ],
            },
            { name: 'Kind', attributes: [{ typeName: 'ValidateSet', positionalArguments: [{ value: 'a' }, { value: 'b' }] }], defaultValue: { value: 'a' } },
            { name: 'Force', typeName: 'switch' },
          ],
        },
        begin: { statements: [{}] },
        process: { statements: [{}] },
        end: { statements: [{}] },
      },
    });
  });

  it('a bare `Mandatory` named argument has a null value', () => {
    expect(expr('{ param([Parameter(Mandatory)]$a) }')).toMatchObject({
      scriptBlock: { paramBlock: { parameters: [{ attributes: [{ namedArguments: [{ name: 'Mandatory', value: null }] }] }] } },
    });
  });
});

describe('extents', () => {
  it('records 0-based offsets and 1-based line/column', () => {
    const e = expr('\n  $a + 1');
    expect(e.extent).toEqual({ start: 3, end: 9, line: 2, column: 3 });
  });
});
