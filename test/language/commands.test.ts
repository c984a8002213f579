import { describe, expect, it } from 'vitest';
import { commandElements, parses, statements } from './helpers';

const bare = (value: string) => ({ type: 'StringConstant', value, stringKind: 'BareWord' });

describe('argument mode barewords (about_Parsing)', () => {
  it.each([
    ['contoso.com'],
    ['*.txt'],
    ['domain\\user'],
    ['C:\\Users\\Administrator\\Desktop\\a.csv'],
    ['http://host/PowerShell/'],
    ['user@contoso.com'],
    ['10.0.0.1'],
    ['a?2:2'],
  ])('%s is one bareword argument', (word) => {
    expect(commandElements(`Get-Foo ${word}`)).toMatchObject([bare('Get-Foo'), bare(word)]);
  });

  // pwsh 7.6's parser: `-5` as an argument is a StringConstantExpressionAst, not a number.
  it('numbers keep their text: 2GB, 34uy; -5 is a bareword', () => {
    expect(commandElements('f 2GB 34uy -5 1.5')).toMatchObject([
      bare('f'),
      { type: 'Constant', value: 2 * 1024 ** 3, text: '2GB' },
      { type: 'Constant', value: 34, text: '34uy' },
      { type: 'StringConstant', value: '-5' },
      { type: 'Constant', value: 1.5, text: '1.5' },
    ]);
  });

  // pwsh 7.6: a constant no type holds is the argument's text in a command (an error in an expression).
  it('a numeric constant out of its range is a bareword: 0x10000000000000000, 300y', () => {
    expect(commandElements('f 0x10000000000000000 300y 0xFFFFFFFF')).toMatchObject([
      bare('f'),
      bare('0x10000000000000000'),
      bare('300y'),
      { type: 'Constant', value: -1, text: '0xFFFFFFFF' },
    ]);
  });

  it('expandable barewords', () => {
    expect(commandElements('f foo$bar $dir\\x.txt')).toMatchObject([
      bare('f'),
      { type: 'ExpandableString', stringKind: 'BareWord', parts: ['foo', { type: 'Variable', name: 'bar' }] },
      { type: 'ExpandableString', parts: [{ type: 'Variable', name: 'dir' }, '\\x.txt'] },
    ]);
  });

  it("quoted sections glue into one bareword: a'b c'\"d\"", () => {
    expect(commandElements(`f a'b c'"d"`)).toMatchObject([bare('f'), bare('ab cd')]);
  });
});

describe('parameters', () => {
  it('-Name value, -Name:value, -Switch', () => {
    expect(commandElements('Set-Foo -Identity "x" -Enabled:$false -Force')).toMatchObject([
      bare('Set-Foo'),
      { type: 'CommandParameter', name: 'Identity', argument: null, hasColon: false },
      { type: 'StringConstant', value: 'x', stringKind: 'DoubleQuoted' },
      { type: 'CommandParameter', name: 'Enabled', argument: { type: 'Variable', name: 'false' }, hasColon: true },
      { type: 'CommandParameter', name: 'Force', argument: null },
    ]);
  });

  it('en dash and em dash work as parameter dashes', () => {
    expect(commandElements('Get-Foo \u2013Identity x')).toMatchObject([bare('Get-Foo'), { type: 'CommandParameter', name: 'Identity' }, bare('x')]);
  });

  it('comma lists are one ArrayLiteral argument; a word after a comma is never a parameter', () => {
    expect(commandElements('Get-Message -SortOrder +FromAddress,-Size')).toMatchObject([
      bare('Get-Message'),
      { type: 'CommandParameter', name: 'SortOrder' },
      { type: 'ArrayLiteral', elements: [bare('+FromAddress'), bare('-Size')] },
    ]);
    expect(commandElements('f a, b,\n c')).toMatchObject([bare('f'), { type: 'ArrayLiteral', elements: [bare('a'), bare('b'), bare('c')] }]);
  });

  it('-- is kept as a bareword and --% passes the rest verbatim', () => {
    expect(commandElements('f -- -bar')).toMatchObject([bare('f'), bare('--'), { type: 'CommandParameter', name: 'bar' }]);
    expect(commandElements('icacls --% /grant  $x:(F)')).toMatchObject([bare('icacls'), { type: 'StringConstant', value: '/grant  $x:(F)', verbatim: true }]);
  });
});

describe('argument expressions', () => {
  it('parenthesized, $( ), @( ), @{ }, script blocks, splats', () => {
    expect(commandElements('f (Get-Date) $(1) @(1) @{a=1} {1} @splat')).toMatchObject([
      bare('f'),
      { type: 'ParenExpression' },
      { type: 'SubExpression' },
      { type: 'ArrayExpression' },
      { type: 'Hashtable' },
      { type: 'ScriptBlockExpression' },
      { type: 'Variable', name: 'splat', splatted: true },
    ]);
  });

  it('member access after a variable argument', () => {
    expect(commandElements('f $x.Name $y[0] $z.Get(1)')).toMatchObject([
      bare('f'),
      { type: 'MemberExpression', target: { name: 'x' }, member: { value: 'Name' } },
      { type: 'IndexExpression' },
      { type: 'InvokeMemberExpression' },
    ]);
  });

  it('& and . invocation', () => {
    expect(statements('& $sb 1; & "my cmd" -x; . $f')).toMatchObject([
      { elements: [{ type: 'Command', invocationOperator: '&', elements: [{ type: 'Variable', name: 'sb' }, { value: 1 }] }] },
      { elements: [{ type: 'Command', invocationOperator: '&', elements: [{ value: 'my cmd' }, { type: 'CommandParameter' }] }] },
      { elements: [{ type: 'Command', invocationOperator: '.', elements: [{ type: 'Variable', name: 'f' }] }] },
    ]);
    expect(statements('. .\\a.ps1')[0]).toMatchObject({ elements: [{ invocationOperator: '.', elements: [bare('.\\a.ps1')] }] });
    expect(statements('.\\a.ps1 -x')[0]).toMatchObject({ elements: [{ invocationOperator: null, elements: [bare('.\\a.ps1'), {}] }] });
  });
});

describe('pipelines', () => {
  it('a | b | c', () => {
    parses('Get-Mailbox | Where-Object { $_.Name } | Select -First 1', {
      type: 'Pipeline',
      elements: [{ type: 'Command' }, { type: 'Command' }, { type: 'Command' }],
    });
  });

  it('a pipe at the end of a line continues; so does a line starting with | (pwsh 7)', () => {
    parses("'Hello' |\n  # comment\n  ForEach-Object { $_ }", { elements: [{ type: 'CommandExpression' }, { type: 'Command' }] });
    parses('1..10\n| ForEach-Object { $_ }\n\n# c\n| Sort-Object -Descending', { elements: [{}, {}, {}] });
  });

  it('&& and || chains', () => {
    parses('a && b || c', {
      type: 'PipelineChain',
      operator: '||',
      left: { type: 'PipelineChain', operator: '&&' },
      right: { type: 'Pipeline' },
    });
  });

  it('trailing & runs in the background', () => {
    parses('Start-Thing &', { type: 'Pipeline', background: true });
  });

  it('statements separated by newlines and ;, comments skipped', () => {
    expect(statements('a; b\n# x\n<# block\ncomment #> c')).toHaveLength(3);
  });

  it('backtick line continuation (with blanks or a comment after it)', () => {
    expect(commandElements('Get-Foo `\n  -Name x `  \n -Force ` # why\n -Verbose')).toHaveLength(5);
  });
});

describe('redirections (about_Redirection)', () => {
  it.each([
    ['f > out.txt', { type: 'FileRedirection', from: 'output', append: false, location: bare('out.txt') }],
    ['f >> out.txt', { type: 'FileRedirection', from: 'output', append: true }],
    ['f 2> err.txt', { type: 'FileRedirection', from: 'error' }],
    ['f 3>> w.txt', { type: 'FileRedirection', from: 'warning', append: true }],
    ['f *> $null', { type: 'FileRedirection', from: 'all', location: { type: 'Variable', name: 'null' } }],
    ['f 2>&1', { type: 'MergingRedirection', from: 'error', to: 'output' }],
    ['f *>&1', { type: 'MergingRedirection', from: 'all' }],
  ])('%s', (src, shape) => {
    const s = statements(src)[0]!;
    expect(s).toMatchObject({ elements: [{ type: 'Command', redirections: [shape] }] });
  });

  it('redirection on an expression', () => {
    parses('1 > $null', { elements: [{ type: 'CommandExpression', redirections: [{ type: 'FileRedirection' }] }] });
  });
});
