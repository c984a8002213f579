import { describe, expect, it } from 'vitest';
import { parses, statements } from './helpers';

describe('statements (lang-spec chapter 8)', () => {
  it('if / elseif / else, else on the next line', () => {
    parses('if ($a) { 1 }\nelseif ($b) { 2 }\nelse { 3 }', {
      type: 'If',
      clauses: [{ condition: { type: 'Pipeline' }, body: { statements: [{}] } }, { condition: {} }],
      elseBody: { type: 'StatementBlock' },
    });
  });

  it('if without else leaves the next statement alone', () => {
    expect(statements('if ($a) { 1 }\nGet-Foo')).toMatchObject([{ type: 'If', elseBody: null }, { type: 'Pipeline' }]);
  });

  it('foreach ($x in ...)', () => {
    parses('foreach ($m in Get-Mailbox) { $m.Name }', {
      type: 'ForEach', label: null, variable: { name: 'm' }, iterable: { elements: [{ type: 'Command' }] }, body: { statements: [{}] },
    });
  });

  it('for (;;) with all parts and with none', () => {
    parses('for ($i = 0; $i -lt 3; $i++) { $i }', {
      type: 'For', initializer: { type: 'Assignment' }, condition: { type: 'Pipeline' }, iterator: { type: 'Pipeline' },
    });
    parses('for (;;) { break }', { type: 'For', initializer: null, condition: null, iterator: null, body: { statements: [{ type: 'Break' }] } });
  });

  it('while, do-while, do-until', () => {
    parses('while ($true) { continue }', { type: 'While', body: { statements: [{ type: 'Continue', label: null }] } });
    parses('do { $i++ } while ($i -lt 3)', { type: 'DoLoop', until: false });
    parses('do { $i++ }\nuntil ($i -ge 3)', { type: 'DoLoop', until: true });
  });

  it('labels on loops, break/continue with a label', () => {
    parses(':outer foreach ($a in 1,2) { foreach ($b in 3) { break outer } }', { type: 'ForEach', label: 'outer' });
    parses(':l while (1) { continue l }', { type: 'While', label: 'l', body: { statements: [{ type: 'Continue', label: 'l' }] } });
  });

  it('switch with flags, default, script-block conditions', () => {
    parses("switch -Regex -CaseSensitive ($x) {\n  '^a' { 'A' }\n  b { 'B'; break }\n  { $_ -gt 5 } { 'big' }\n  5 { 'five' }\n  default { 'other' }\n}", {
      type: 'Switch',
      flags: { regex: true, caseSensitive: true, wildcard: false, exact: false, file: false },
      subject: { type: 'Pipeline' },
      clauses: [
        { pattern: { value: '^a', stringKind: 'SingleQuoted' } },
        { pattern: { value: 'b', stringKind: 'BareWord' }, body: { statements: [{}, { type: 'Break' }] } },
        { pattern: { type: 'ScriptBlockExpression' } },
        { pattern: { type: 'Constant', value: 5 } },
      ],
      defaultBody: { statements: [{}] },
    });
    // An empty body is an error in pwsh (MissingSwitchConditionExpression: test/language/truncated.test.ts).
    parses('switch -wildcard (1) { a {} }', { flags: { wildcard: true } });
  });

  it('try / catch [T1],[T2] / catch / finally', () => {
    parses('try { 1 } catch [System.IO.IOException], [System.Net.WebException] { 2 } catch { 3 } finally { 4 }', {
      type: 'Try',
      catches: [{ types: ['System.IO.IOException', 'System.Net.WebException'] }, { types: [] }],
      finallyBody: { statements: [{}] },
    });
    parses('try { 1 }\nfinally { 2 }', { type: 'Try', catches: [], finallyBody: {} });
  });

  it('throw, return, exit with and without values', () => {
    expect(statements('throw "x"; return; exit 1; return $a | Select -First 1')).toMatchObject([
      { type: 'Throw', value: { elements: [{ expression: { value: 'x' } }] } },
      { type: 'Return', value: null },
      { type: 'Exit', value: { type: 'Pipeline' } },
      { type: 'Return', value: { elements: [{}, {}] } },
    ]);
  });

  it('function with param block, with inline parameters, and filter', () => {
    parses('function Get-Thing { param([string]$Name = "x") "hi $Name" }', {
      type: 'FunctionDefinition', name: 'Get-Thing', isFilter: false, parameters: null,
      body: { paramBlock: { parameters: [{ name: 'Name', typeName: 'string', defaultValue: { value: 'x' } }] }, end: { statements: [{}] } },
    });
    parses('function f($a, [int]$b = 2) { $a + $b }', {
      type: 'FunctionDefinition', name: 'f', parameters: [{ name: 'a' }, { name: 'b', typeName: 'int', defaultValue: { value: 2 } }],
    });
    parses('filter Only-Odd { if ($_ % 2) { $_ } }', { type: 'FunctionDefinition', isFilter: true, name: 'Only-Odd' });
    parses('function f {\n  begin { }\n  process { $_ }\n  end { }\n}', { body: { begin: {}, process: { statements: [{}] }, end: {} } });
  });

  it('assignments: = += -= *= /= %= ??=, to members, indexes, casts and lists', () => {
    expect(statements('$a = 1; $a += 1; $a -= 1; $a *= 2; $a /= 2; $a %= 2; $a ??= 3; $o.P = 1; $h["k"] = 2; [int]$n = "5"; $x, $y = 1, 2')).toMatchObject([
      { type: 'Assignment', operator: '=' },
      { operator: '+=' },
      { operator: '-=' },
      { operator: '*=' },
      { operator: '/=' },
      { operator: '%=' },
      { operator: '??=' },
      { target: { type: 'MemberExpression' } },
      { target: { type: 'IndexExpression' } },
      { target: { type: 'ConvertExpression' } },
      { target: { type: 'ArrayLiteral' }, value: { elements: [{ expression: { type: 'ArrayLiteral' } }] } },
    ]);
  });

  it('the value of an assignment is a statement', () => {
    parses('$r = Get-Mailbox | Select -First 1', { type: 'Assignment', value: { type: 'Pipeline', elements: [{}, {}] } });
    parses('$r = if ($a) { 1 } else { 2 }', { type: 'Assignment', value: { type: 'If' } });
    parses('$r =\n  5', { type: 'Assignment', value: { elements: [{ expression: { value: 5 } }] } });
  });

  it('script-level param block with attributes', () => {
    const ast = statements; // keeps helper import used
    void ast;
    const r = '[CmdletBinding()]\nparam([Parameter(Mandatory=$true)][string]$Identity)\nGet-Mailbox $Identity';
    expect(statements(r)).toHaveLength(1);
  });

  it('a cast at script start is not mistaken for a param block attribute', () => {
    parses('[int]$x = 5', { type: 'Assignment', target: { type: 'ConvertExpression', typeName: 'int' } });
  });

  it('keywords are only keywords at statement start', () => {
    expect(statements('Get-Mailbox | foreach { $_ }')[0]).toMatchObject({ elements: [{}, { type: 'Command', elements: [{ value: 'foreach' }, {}] }] });
  });
});
