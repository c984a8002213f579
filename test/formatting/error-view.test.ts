import { describe, expect, it } from 'vitest';
import { renderErrorConcise, renderParseError, renderStreamMessage } from '../../src/formatting';
import type { ParseError } from '../../src/language/ast';

describe('ConciseView (about_Preference_Variables $ErrorView)', () => {
  it('a command error is one line: command, colon, message', () => {
    expect(renderErrorConcise({ commandName: 'Get-Mailbox', message: "The operation couldn't be performed because object 'bob' couldn't be found on 'DC1'." })).toBe(
      "Get-Mailbox: The operation couldn't be performed because object 'bob' couldn't be found on 'DC1'.",
    );
  });
  it('without a command the reason is Error / Exception', () => {
    expect(renderErrorConcise({ message: 'boom' })).toBe('Error: boom');
    expect(renderErrorConcise({ reason: 'Exception', message: 'boom' })).toBe('Exception: boom');
  });
  it('an error from line 1 of typed input stays one line', () => {
    expect(renderErrorConcise({ commandName: 'Get-Item', message: 'm', line: 'Get-Item x', lineNumber: 1, column: 1, length: 10 })).toBe('Get-Item: m');
  });
  it('an error in a script file shows the position block', () => {
    const text = renderErrorConcise({
      commandName: 'Get-Item',
      message: "Cannot find path 'C:\\nosuchfile' because it does not exist.",
      scriptName: 'C:\\scripts\\migrate.ps1',
      line: 'Get-Item C:\\nosuchfile',
      lineNumber: 3,
      column: 1,
      length: 22,
    });
    expect(text).toBe(
      [
        'Get-Item: C:\\scripts\\migrate.ps1:3',
        'Line |',
        '   3 |  Get-Item C:\\nosuchfile',
        '     |  ~~~~~~~~~~~~~~~~~~~~~~',
        "     | Cannot find path 'C:\\nosuchfile' because it does not exist.",
      ].join('\n'),
    );
  });
  it('a later line of a multi-line script shows the block without a file', () => {
    const text = renderErrorConcise({ commandName: 'Set-Foo', message: 'bad', line: '  Set-Foo -X 1', lineNumber: 2, column: 3, length: 7 });
    expect(text).toBe(['Set-Foo: ', 'Line |', '   2 |    Set-Foo -X 1', '     |    ~~~~~~~', '     | bad'].join('\n'));
  });
  it('line numbers wider than 4 digits push the gutter', () => {
    const text = renderErrorConcise({ commandName: 'X', message: 'm', scriptName: 'a.ps1', line: 'X', lineNumber: 12345, column: 1, length: 1 });
    expect(text.split('\n')).toEqual(['X: a.ps1:12345', ' Line |', '12345 |  X', '      |  ~', '      | m']);
  });
  it('long messages wrap at the width under the gutter', () => {
    const text = renderErrorConcise({ commandName: 'X', message: 'aaaa bbbb cccc dddd eeee', scriptName: 's.ps1', line: 'X', lineNumber: 1, column: 1, length: 1 }, { width: 18 });
    expect(text.split('\n').slice(4)).toEqual(['     | aaaa bbbb', '     | cccc dddd', '     | eeee']);
  });
  it('recommended action line', () => {
    expect(renderErrorConcise({ commandName: 'X', message: 'm', recommendedAction: 'Try again.' })).toBe('X: m\n  Recommendation: Try again.');
  });
  it('colour only when asked', () => {
    expect(renderErrorConcise({ commandName: 'Get-Foo', message: 'm' }, { color: true })).toBe('\x1b[31;1mGet-Foo: m\x1b[0m');
  });
});

describe('ParserError layout', () => {
  const err = (line: number, column: number, message: string): ParseError => ({ errorId: 'ExpectedValueExpression', message, line, column, offset: 0, incompleteInput: false });
  it('typed input', () => {
    expect(renderParseError('1 +', err(1, 4, "You must provide a value expression following the '+' operator."))).toBe(
      ['ParserError: ', 'Line |', '   1 |  1 +', '     |     ~', "     | You must provide a value expression following the '+' operator."].join('\n'),
    );
  });
  it('second line of a script file', () => {
    expect(renderParseError('$a = 1\n$b = ', err(2, 6, 'msg'), { scriptName: '/tmp/x.ps1' })).toBe(
      // pwsh 7.6 PositionMessage: the line without its trailing blanks; the underline keeps the column.
      ['ParserError: /tmp/x.ps1:2', 'Line |', '   2 |  $b =', '     |       ~', '     | msg'].join('\n'),
    );
  });
});

describe('stream messages', () => {
  it.each([
    ['warning', 'WARNING: careful', '\x1b[33;1mWARNING: careful\x1b[0m'],
    ['verbose', 'VERBOSE: careful', '\x1b[33;1mVERBOSE: careful\x1b[0m'],
    ['debug', 'DEBUG: careful', '\x1b[33;1mDEBUG: careful\x1b[0m'],
  ] as const)('%s', (kind, plain, colored) => {
    expect(renderStreamMessage(kind, 'careful')).toBe(plain);
    expect(renderStreamMessage(kind, 'careful', { color: true })).toBe(colored);
  });
});
