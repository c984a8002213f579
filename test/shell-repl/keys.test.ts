import { describe, expect, it } from 'vitest';
import { decodeKeys } from '../../src/repl/keys';

describe('decodeKeys', () => {
  it.each([
    ['abc', [{ name: 'text', text: 'abc', raw: 'abc' }]],
    ['\x1b[A', [{ name: 'up', raw: '\x1b[A' }]],
    ['\x1b[1;5C', [{ name: 'ctrl+right', raw: '\x1b[1;5C' }]],
    ['\x1b[1;5D', [{ name: 'ctrl+left', raw: '\x1b[1;5D' }]],
    ['\x1b[3~', [{ name: 'delete', raw: '\x1b[3~' }]],
    ['\x1b[Z', [{ name: 'shift+tab', raw: '\x1b[Z' }]],
    ['\x1bOH', [{ name: 'home', raw: '\x1bOH' }]],
    ['\x1b[F', [{ name: 'end', raw: '\x1b[F' }]],
    ['\x1bb', [{ name: 'alt+b', raw: '\x1bb' }]],
    ['\x1b', [{ name: 'escape', raw: '\x1b' }]],
    ['\x01', [{ name: 'ctrl+a', raw: '\x01' }]],
    ['\x12', [{ name: 'ctrl+r', raw: '\x12' }]],
    ['\x00', [{ name: 'ctrl+space', raw: '\x00' }]],
    ['\x7f', [{ name: 'backspace', raw: '\x7f' }]],
    ['\t', [{ name: 'tab', raw: '\t' }]],
    ['\r\n', [{ name: 'enter', raw: '\r\n' }]],
  ])('%j', (input, expected) => {
    expect(decodeKeys(input)).toEqual(expected);
  });

  it('splits a paste into text and Enter keys', () => {
    expect(decodeKeys('ab\rcd\r').map((k) => k.name + (k.text ?? ''))).toEqual(['textab', 'enter', 'textcd', 'enter']);
  });

  it('reads Escape followed by a non-letter as Escape, then the text', () => {
    expect(decodeKeys('\x1b$Er')).toEqual([{ name: 'escape', raw: '\x1b' }, { name: 'text', text: '$Er', raw: '$Er' }]);
  });

  it('keeps non-ASCII text', () => {
    expect(decodeKeys('Zoë\x1b[D')).toEqual([{ name: 'text', text: 'Zoë', raw: 'Zoë' }, { name: 'left', raw: '\x1b[D' }]);
  });
});
