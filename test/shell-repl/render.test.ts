import { describe, expect, it } from 'vitest';
import { layout, measure, Renderer } from '../../src/repl/render';
import { formatHistoryEntry, parseHistoryFile } from '../../src/repl/history';
import { formatColumns } from '../../src/repl/read-line';

describe('layout and measure', () => {
  it('joins lines with the continuation prompt and finds the cursor', () => {
    const { visible, cursorIndex } = layout({ prompt: 'PS C:\\> ', buffer: { text: 'if (1) {\n2', cursor: 10 } });
    expect(visible).toBe('PS C:\\> if (1) {\n>> 2');
    expect(cursorIndex).toBe(visible.length);
  });

  it('wraps at the width, a full row counting as the start of the next', () => {
    expect(measure('abcdef', 3)).toEqual({ end: { row: 2, col: 0 }, at: { row: 2, col: 0 } });
    expect(measure('abcdefg', 3, 4)).toEqual({ end: { row: 2, col: 1 }, at: { row: 1, col: 1 } });
    expect(measure('ab\ncd', 10, 1)).toEqual({ end: { row: 1, col: 2 }, at: { row: 0, col: 1 } });
  });

  it('shows the reverse search line under the input', () => {
    const { visible } = layout({ prompt: '> ', buffer: { text: 'Get-Date', cursor: 0 }, search: { query: 'Da', index: 0, failed: false, original: { text: '', cursor: 0 } } });
    expect(visible).toBe('> Get-Date\nbck-i-search: Da_');
  });
});

describe('Renderer', () => {
  it('redraws from the top of the input and positions the cursor', () => {
    let out = '';
    const r = new Renderer((s) => (out += s), () => 80);
    r.render({ prompt: 'PS> ', buffer: { text: 'abc', cursor: 1 } });
    expect(out).toBe('\r\x1b[JPS> abc\r\x1b[5C');
    out = '';
    r.render({ prompt: 'PS> ', buffer: { text: 'a\nb', cursor: 3 } });
    expect(out).toBe('\r\x1b[JPS> a\r\n>> b\r\x1b[4C');
    out = '';
    r.render({ prompt: 'PS> ', buffer: { text: 'a\nb', cursor: 0 } });
    expect(out).toBe('\x1b[1A\r\x1b[JPS> a\r\n>> b\x1b[1A\r\x1b[4C');
    out = '';
    r.finish('^C');
    expect(out).toBe('\x1b[1B\r\x1b[4C^C\r\n');
  });
});

describe('history file format', () => {
  it('round-trips multi-line entries with trailing backticks', () => {
    const entries = ['Get-Date', 'if ($x) {\n  1\n}', 'Get-MigrationBatch'];
    const content = entries.map(formatHistoryEntry).join('');
    expect(content).toBe('Get-Date\nif ($x) {`\n  1`\n}\nGet-MigrationBatch\n');
    expect(parseHistoryFile(content)).toEqual(entries);
  });
});

describe('formatColumns', () => {
  it('fills columns top to bottom', () => {
    expect(formatColumns(['aa', 'bb', 'cc', 'dd', 'ee'], 12)).toBe('aa  cc  ee\r\nbb  dd\r\n');
  });
});
