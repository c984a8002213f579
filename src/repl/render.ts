/**
 * Draws the prompt and the buffer on a VT terminal and puts the cursor where the editor has it.
 * Every redraw rewrites the whole input from its first row (move up, clear to end of screen,
 * write, reposition), which keeps wrapped and multi-line input right at any width.
 */
import type { Buffer } from './buffer';
import type { SearchState } from './editor';
import { stripAnsi } from './ansi';
import { message } from './messages';

export const CONTINUATION_PROMPT = '>> ';


export { stripAnsi };

export interface View {
  prompt: string;
  buffer: Buffer;
  search?: SearchState | null;
}

interface Position {
  row: number;
  col: number;
}

/**
 * Row and column after writing `visible` from column 0, and the position reached after the
 * first `upTo` characters. A row that is exactly full leaves the terminal in its pending-wrap
 * state; we count that as the start of the next row, and the writer forces the wrap with CR LF.
 */
export function measure(visible: string, width: number, upTo = visible.length): { end: Position; at: Position } {
  let row = 0;
  let col = 0;
  let at: Position = { row: 0, col: 0 };
  const normal = (): Position => (col >= width ? { row: row + 1, col: 0 } : { row, col });
  for (let i = 0; i < visible.length; i++) {
    if (i === upTo) at = normal();
    const c = visible[i];
    if (c === '\n') {
      row++;
      col = 0;
      continue;
    }
    if (col >= width) {
      row++;
      col = 0;
    }
    col++;
  }
  if (upTo >= visible.length) at = normal();
  return { end: normal(), at };
}

/** The text the terminal shows for a view (prompt, lines joined by continuation prompts, search line). */
export function layout(view: View): { visible: string; cursorIndex: number } {
  const prompt = stripAnsi(view.prompt);
  const lines = view.buffer.text.split('\n');
  let visible = prompt;
  let cursorIndex = -1;
  let offset = 0;
  lines.forEach((line, i) => {
    if (i > 0) visible += '\n' + CONTINUATION_PROMPT;
    if (cursorIndex < 0 && view.buffer.cursor <= offset + line.length) cursorIndex = visible.length + (view.buffer.cursor - offset);
    visible += line;
    offset += line.length + 1;
  });
  if (view.search) {
    visible += '\n' + message(view.search.failed ? 'ReverseSearchFailed' : 'ReverseSearch', view.search.query);
    // While searching, the cursor sits at the end of the search line, as PSReadLine shows it.
    cursorIndex = visible.length - 1;
  }
  return { visible, cursorIndex };
}

export class Renderer {
  /** Rows between the top of the current input and the terminal cursor. */
  private cursorRow = 0;
  private lastEnd: Position = { row: 0, col: 0 };

  constructor(
    private readonly write: (s: string) => void,
    private readonly width: () => number,
  ) {}

  render(view: View): void {
    const width = Math.max(1, this.width());
    const { visible, cursorIndex } = layout(view);
    const { end, at } = measure(visible, width, cursorIndex);
    let out = this.cursorRow > 0 ? `\x1b[${this.cursorRow}A` : '';
    out += '\r\x1b[J';
    // The prompt keeps its own colours; the rest is plain.
    out += view.prompt + visible.slice(stripAnsi(view.prompt).length).replace(/\n/g, '\r\n');
    if (end.col === 0 && end.row > 0 && !visible.endsWith('\n')) out += '\r\n';
    if (end.row > at.row) out += `\x1b[${end.row - at.row}A`;
    out += '\r';
    if (at.col > 0) out += `\x1b[${at.col}C`;
    this.write(out);
    this.cursorRow = at.row;
    this.lastEnd = end;
  }

  /**
   * Moves to the end of the input, writes `suffix` (e.g. '^C') and a newline, and forgets the
   * input: the next render starts a new one below.
   */
  finish(suffix = ''): void {
    const down = this.lastEnd.row - this.cursorRow;
    let out = down > 0 ? `\x1b[${down}B` : '';
    out += '\r' + (this.lastEnd.col > 0 ? `\x1b[${this.lastEnd.col}C` : '');
    this.write(out + suffix + '\r\n');
    this.cursorRow = 0;
    this.lastEnd = { row: 0, col: 0 };
  }

  /** After the screen was cleared or something else was written: the next render starts fresh. */
  forget(): void {
    this.cursorRow = 0;
    this.lastEnd = { row: 0, col: 0 };
  }
}
