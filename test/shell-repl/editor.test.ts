import { describe, expect, it } from 'vitest';
import { LineEditor, type EditorEvent } from '../../src/repl/editor';
import { History } from '../../src/repl/history';
import { decodeKeys } from '../../src/repl/keys';
import { complete } from '../../src/completion';
import { PROVIDERS } from '../completion/fixtures';

/** Feeds terminal input to an editor; returns the events. */
function type(editor: LineEditor, input: string): EditorEvent[] {
  return decodeKeys(input).map((k) => editor.handle(k));
}

function state(editor: LineEditor): string {
  const { text, cursor } = editor.buffer;
  return text.slice(0, cursor) + '|' + text.slice(cursor);
}

const LEFT = '\x1b[D';
const RIGHT = '\x1b[C';
const UP = '\x1b[A';
const DOWN = '\x1b[B';
const CTRL_LEFT = '\x1b[1;5D';
const CTRL_RIGHT = '\x1b[1;5C';

describe('editing keys', () => {
  it.each([
    ['Get-Mailbox', 'Get-Mailbox|'],
    ['Get-Mailbox' + LEFT + LEFT, 'Get-Mailb|ox'],
    ['Get-Mailbox\x01', '|Get-Mailbox'],
    ['Get-Mailbox\x01\x05', 'Get-Mailbox|'],
    ['Get-Mailbox\x1b[H' + RIGHT, 'G|et-Mailbox'],
    ['Get-Mailbox -Identity x' + CTRL_LEFT, 'Get-Mailbox -Identity |x'],
    ['Get-Mailbox -Identity x' + CTRL_LEFT + CTRL_LEFT, 'Get-Mailbox -|Identity x'],
    ['Get-Mailbox\x01' + CTRL_RIGHT, 'Get|-Mailbox'],
    ['abc\x7f', 'ab|'],
    ['abc' + LEFT + LEFT + '\x1b[3~', 'a|c'],
    ['abc def' + LEFT + LEFT + '\x15', '|ef'],
    ['abc def' + LEFT + LEFT + '\x0b', 'abc d|'],
    ['Get-Mailbox -Identity x\x17', 'Get-Mailbox -Identity |'],
    ['Get-Mailbox -Identity\x1b\x7f', 'Get-Mailbox -|'],
    ['abc\x1b', '|'],
    ['ab' + LEFT + 'X', 'aX|b'],
    ['a\u{1F600}b' + LEFT + LEFT, 'a|\u{1F600}b'],
    ['a\u{1F600}b' + LEFT + '\x7f', 'a|b'],
    ['a\u{1F600}' + LEFT + '\x1b[3~', 'a|'],
  ])('%j', (input, expected) => {
    const e = new LineEditor();
    type(e, input);
    expect(state(e)).toBe(expected);
  });

  it('Enter accepts the line and starts a fresh one', () => {
    const e = new LineEditor();
    expect(type(e, 'Get-Date\r').at(-1)).toEqual({ type: 'accept', text: 'Get-Date' });
    expect(state(e)).toBe('|');
  });

  it('Ctrl+C cancels, Ctrl+D leaves only on an empty line', () => {
    const e = new LineEditor();
    expect(type(e, 'abc\x03').at(-1)).toEqual({ type: 'cancel' });
    expect(state(e)).toBe('|');
    expect(type(e, 'ab' + LEFT + '\x04')).toEqual([{ type: 'edit' }, { type: 'edit' }, { type: 'edit' }]);
    expect(state(e)).toBe('a|');
    type(e, '\x7f');
    expect(type(e, '\x04')).toEqual([{ type: 'eof' }]);
  });

  it('Enter on incomplete input adds a line instead of accepting', () => {
    const e = new LineEditor({ isIncomplete: (t) => (t.match(/\{/g)?.length ?? 0) > (t.match(/\}/g)?.length ?? 0) });
    expect(type(e, 'if ($true) {\r')).toEqual([{ type: 'edit' }, { type: 'edit' }]);
    expect(state(e)).toBe('if ($true) {\n|');
    expect(type(e, '1 }\r').at(-1)).toEqual({ type: 'accept', text: 'if ($true) {\n1 }' });
  });
});

describe('history', () => {
  const make = () => new LineEditor({ history: new History(['Get-Date', 'Get-MigrationBatch', 'Get-MigrationUser -Identity a']) });

  it('Up and Down walk the history and restore the draft', () => {
    const e = make();
    type(e, 'draft' + UP);
    expect(state(e)).toBe('Get-MigrationUser -Identity a|');
    type(e, UP + UP);
    expect(state(e)).toBe('Get-Date|');
    expect(type(e, UP)).toEqual([{ type: 'bell' }]);
    type(e, DOWN + DOWN + DOWN);
    expect(state(e)).toBe('draft|');
  });

  it('Ctrl+R searches backwards; Ctrl+R again finds an older match; Enter runs it', () => {
    const e = make();
    type(e, '\x12Migr');
    expect(e.search?.query).toBe('Migr');
    expect(e.buffer.text).toBe('Get-MigrationUser -Identity a');
    type(e, '\x12');
    expect(e.buffer.text).toBe('Get-MigrationBatch');
    type(e, '\x12');
    expect(e.search?.failed).toBe(true);
    expect(type(e, '\r').at(-1)).toEqual({ type: 'accept', text: 'Get-MigrationBatch' });
  });

  it('Escape leaves the search and restores the line', () => {
    const e = make();
    type(e, 'abc\x12Date');
    expect(e.buffer.text).toBe('Get-Date');
    type(e, '\x1b');
    expect(e.search).toBeNull();
    expect(state(e)).toBe('abc|');
  });

  it('History skips blanks and repeats', () => {
    const h = new History();
    expect([h.add('a'), h.add('a'), h.add('  '), h.add('b')]).toEqual([true, false, false, true]);
    expect(h.entries).toEqual(['a', 'b']);
  });
});

describe('tab completion', () => {
  const make = () => new LineEditor({ complete: (t, c) => complete(t, c, PROVIDERS) });

  it('Tab cycles forward, Shift+Tab backward, replacing the token', () => {
    const e = make();
    type(e, 'Get-Mig\t');
    expect(state(e)).toBe('Get-MigrationBatch|');
    type(e, '\t');
    expect(state(e)).toBe('Get-MigrationEndpoint|');
    type(e, '\t\t');
    expect(state(e)).toBe('Get-MigrationBatch|');
    type(e, '\x1b[Z');
    expect(state(e)).toBe('Get-MigrationUser|');
  });

  it('typing ends the cycle; the next Tab completes the new token', () => {
    const e = make();
    type(e, 'Get-MigrationB\t -Sta\t');
    expect(state(e)).toBe('Get-MigrationBatch -Status|');
    type(e, ' \t\t');
    expect(state(e)).toBe('Get-MigrationBatch -Status Syncing|');
  });

  it('completes in the middle of a line', () => {
    const e = make();
    type(e, 'Get-Mig -Status x\x01' + CTRL_RIGHT + CTRL_RIGHT + '\t');
    expect(state(e)).toBe('Get-MigrationBatch| -Status x');
  });

  it('Tab with no match rings; Ctrl+Space lists several matches or inserts a single one', () => {
    const e = make();
    expect(type(e, 'Zzz\t').at(-1)).toEqual({ type: 'bell' });
    type(e, '\x1b');
    expect(type(e, 'Get-Mig\x00').at(-1)).toEqual({ type: 'list', items: ['Get-MigrationBatch', 'Get-MigrationEndpoint', 'Get-MigrationUser'] });
    type(e, 'rationU\x00');
    expect(state(e)).toBe('Get-MigrationUser|');
  });
});
