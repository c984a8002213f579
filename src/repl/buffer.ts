/**
 * The editing buffer as pure functions over { text, cursor }: cursor moves, deletions and kills.
 * Word boundaries follow PSReadLine's default word delimiters (plus whitespace).
 */

export interface Buffer {
  text: string;
  /** 0..text.length, in UTF-16 code units. */
  cursor: number;
}

const DELIMITERS = new Set([...';:,.[]{}()/\\|^&*-=+\'"\u2013\u2014\u2015']);
const isSpace = (c: string) => /\s/.test(c);
const isWordChar = (c: string) => !isSpace(c) && !DELIMITERS.has(c);

export const empty = (): Buffer => ({ text: '', cursor: 0 });

const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** Length of the character before `i` (2 for a surrogate pair, so an emoji is never split). */
function sizeBefore(text: string, i: number): number {
  return i >= 2 && isLow(text.charCodeAt(i - 1)) && isHigh(text.charCodeAt(i - 2)) ? 2 : 1;
}

function sizeAt(text: string, i: number): number {
  return isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
}

export function insert(b: Buffer, s: string): Buffer {
  return { text: b.text.slice(0, b.cursor) + s + b.text.slice(b.cursor), cursor: b.cursor + s.length };
}

export function left(b: Buffer): Buffer {
  return { ...b, cursor: Math.max(0, b.cursor - sizeBefore(b.text, b.cursor)) };
}

export function right(b: Buffer): Buffer {
  return { ...b, cursor: Math.min(b.text.length, b.cursor + sizeAt(b.text, b.cursor)) };
}

/** Home / End act on the current line of a multi-line buffer, as PSReadLine does. */
export function home(b: Buffer): Buffer {
  return { ...b, cursor: b.text.lastIndexOf('\n', b.cursor - 1) + 1 };
}

export function end(b: Buffer): Buffer {
  const nl = b.text.indexOf('\n', b.cursor);
  return { ...b, cursor: nl < 0 ? b.text.length : nl };
}

/** Start of the word left of the cursor (Ctrl+Left, Alt+B). */
export function wordStartBefore(text: string, cursor: number): number {
  let i = cursor;
  while (i > 0 && !isWordChar(text[i - 1])) i--;
  while (i > 0 && isWordChar(text[i - 1])) i--;
  return i;
}

/** End of the word right of the cursor (Ctrl+Right, Alt+F). */
export function wordEndAfter(text: string, cursor: number): number {
  let i = cursor;
  while (i < text.length && !isWordChar(text[i])) i++;
  while (i < text.length && isWordChar(text[i])) i++;
  return i;
}

export function wordLeft(b: Buffer): Buffer {
  return { ...b, cursor: wordStartBefore(b.text, b.cursor) };
}

export function wordRight(b: Buffer): Buffer {
  return { ...b, cursor: wordEndAfter(b.text, b.cursor) };
}

export function backspace(b: Buffer): Buffer {
  if (b.cursor === 0) return b;
  const n = sizeBefore(b.text, b.cursor);
  return { text: b.text.slice(0, b.cursor - n) + b.text.slice(b.cursor), cursor: b.cursor - n };
}

export function deleteChar(b: Buffer): Buffer {
  if (b.cursor >= b.text.length) return b;
  return { text: b.text.slice(0, b.cursor) + b.text.slice(b.cursor + sizeAt(b.text, b.cursor)), cursor: b.cursor };
}

/** Ctrl+U: deletes from the start of the line to the cursor. */
export function killBefore(b: Buffer): Buffer {
  const start = home(b).cursor;
  return { text: b.text.slice(0, start) + b.text.slice(b.cursor), cursor: start };
}

/** Ctrl+K: deletes from the cursor to the end of the line. */
export function killAfter(b: Buffer): Buffer {
  const stop = end(b).cursor;
  return { text: b.text.slice(0, b.cursor) + b.text.slice(stop), cursor: b.cursor };
}

/** Ctrl+W: deletes the whitespace-delimited word before the cursor (Unix word rubout). */
export function killWordBefore(b: Buffer): Buffer {
  let i = b.cursor;
  while (i > 0 && isSpace(b.text[i - 1])) i--;
  while (i > 0 && !isSpace(b.text[i - 1])) i--;
  return { text: b.text.slice(0, i) + b.text.slice(b.cursor), cursor: i };
}

/** Alt+Backspace: deletes back to the previous word start (delimiter-aware). */
export function killWordBackward(b: Buffer): Buffer {
  const i = wordStartBefore(b.text, b.cursor);
  return { text: b.text.slice(0, i) + b.text.slice(b.cursor), cursor: i };
}

/** Alt+D: deletes to the end of the next word. */
export function killWordForward(b: Buffer): Buffer {
  const i = wordEndAfter(b.text, b.cursor);
  return { text: b.text.slice(0, b.cursor) + b.text.slice(i), cursor: b.cursor };
}

/** Replaces text[start, start + length) and leaves the cursor after the replacement. */
export function replace(b: Buffer, start: number, length: number, s: string): Buffer {
  return { text: b.text.slice(0, start) + s + b.text.slice(start + length), cursor: start + s.length };
}
