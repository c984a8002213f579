import { describe, expect, it } from 'vitest';
import { renderErrorConcise, renderParseError, renderStreamMessage } from '../../src/formatting';
import { conciseReason } from '../../src/formatting/error-view';
import { positionExcerpt } from '../../src/engine/errors';
import type { ParseError } from '../../src/language/ast';
import { parse } from '../../src/language/parser';

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
  it('the underline covers the error extent (pwsh: the unexpected token, the operand of --)', () => {
    const shown = (src: string) => renderParseError(src, parse(src).errors[0]!).split('\n')[3];
    expect(shown('--16 | Format-List')).toBe('     |    ~~');
    expect(shown('$x = 1 Server2.Length')).toBe('     |         ~~~~~~~~~~~~~~');
    expect(shown('"value: $("q`"Server2`"".Length)"; (3 % -14)')).toBe('     |                ~~~~~~~~~~~~~~~~~');
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

describe('the leading word (pwsh 7.6 ConciseView)', () => {
  it('throw statement, then a command Get-Command finds, then the activity, MyCommand, InvocationName, category, exception type', () => {
    expect(conciseReason({ message: 'm', thrownFromThrow: true, myCommand: 'f', myCommandFound: true })).toBe('Exception');
    expect(conciseReason({ message: 'm', myCommand: 'f', myCommandFound: true, activity: 'Write-Error' })).toBe('f');
    expect(conciseReason({ message: 'm', myCommand: 'hh', myCommandFound: false, activity: 'Write-Error' })).toBe('Write-Error');
    expect(conciseReason({ message: 'm', myCommand: 'hh', myCommandFound: false })).toBe('hh');
    expect(conciseReason({ message: 'm', invocationName: '&', category: 'ObjectNotFound' })).toBe('&');
    expect(conciseReason({ message: 'm', category: 'InvalidArgument', exceptionReason: 'PSInvalidCastException' })).toBe('InvalidArgument');
    // NotSpecified is enum value 0: the view passes over it.
    expect(conciseReason({ message: 'm', category: 'NotSpecified', exceptionReason: 'RuntimeException' })).toBe('RuntimeException');
    expect(conciseReason({ message: 'm' })).toBe('Error');
  });
  it('a message typed on a later line keeps its line breaks and is not wrapped', () => {
    const text = renderErrorConcise({ message: 'word '.repeat(20) + '\nnext', thrownFromThrow: true, line: 'throw $m', lineNumber: 2, column: 1, length: 8 }, { width: 40 });
    expect(text.split('\n').slice(4)).toEqual(['     | ' + 'word '.repeat(20), 'next']);
  });
});

describe('PositionMessage excerpt (pwsh 7.6)', () => {
  it('tabs become four spaces, before and inside the extent', () => {
    expect(positionExcerpt('$x = 1;\tthrow 1', 9, 7)).toEqual({ text: '$x = 1;    throw 1', offset: 11, length: 7 });
  });
  it('a line of up to 69 characters is whole; a trailing blank is dropped', () => {
    const line = 'a'.repeat(69);
    expect(positionExcerpt(line + '   ', 1, 1)).toEqual({ text: line, offset: 0, length: 1 });
  });
  it('an extent at the end of a long line: the start is cut', () => {
    const line = '$x = ' + "'" + 'a'.repeat(52) + "'" + "; throw 'e'";
    expect(line.length).toBe(70);
    expect(positionExcerpt(line, 62, 9)).toEqual({ text: '\u2026 ' + line.slice(1), offset: 62, length: 9 });
  });
  it('an extent in the middle: up to 8 characters after it, the rest before it, both ends cut', () => {
    const line = 'a'.repeat(69) + "throw 'e'" + 'b'.repeat(40);
    const x = positionExcerpt(line, 70, 9);
    expect(x.text).toBe('\u2026 ' + 'a'.repeat(52) + "throw 'e'" + 'b'.repeat(8) + ' \u2026');
    expect([x.offset, x.length]).toEqual([54, 9]);
  });
  it('a long extent keeps 12 characters before it and is cut at the window', () => {
    const line = 'a'.repeat(49) + 'c'.repeat(88) + 'b'.repeat(44);
    const x = positionExcerpt(line, 50, 88);
    expect(x.text).toBe('\u2026 ' + 'a'.repeat(12) + 'c'.repeat(57) + ' \u2026');
    expect([x.offset, x.length]).toEqual([14, 57]);
  });
  it('an extent starting the line runs to the window', () => {
    const x = positionExcerpt('c'.repeat(70), 1, 70);
    expect(x).toEqual({ text: 'c'.repeat(69) + ' \u2026', offset: 0, length: 69 });
  });
});
