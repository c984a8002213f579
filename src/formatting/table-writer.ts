/**
 * Table layout (pwsh's TableWriter, notes T1-T10). Two ways to print a row, as pwsh has:
 * - one line (GenerateRow): rows without -Wrap and the dash line. Every column but the last one
 *   (by position, even when it was dropped for lack of room) is padded to its width; nothing is
 *   trimmed, so an empty last cell leaves the separator before it (`  x ` for `$null,'x',$null`).
 * - several lines (GenerateTableRow): header labels and -Wrap rows. The last visible column is not
 *   padded, and when the row takes more than one line, each line's last cell with content is
 *   trimmed at the end.
 * Right and center alignment always pad on the left.
 */
import { ELLIPSIS, cellWidth, headCells, tailCells, wrapText } from './cells';
import type { ColumnInfo } from './records';
import type { Alignment } from './views';

/** CW TruncateAtNewLine: a single-line cell shows the first line and `…`. */
function truncateAtNewLine(s: string): string {
  const nl = s.search(/[\r\n]/);
  return nl < 0 ? s : s.slice(0, nl) + ELLIPSIS;
}

/**
 * TW GenerateRowField: fits one line of a cell to `width`, cut with `…` (T8) and aligned; the
 * right padding is left out when `addPadding` is false (the last column).
 */
function rowField(val: string, width: number, alignment: Alignment, addPadding: boolean): string {
  let s = truncateAtNewLine(val);
  const len = cellWidth(s);
  if (len < width) {
    const pad = width - len;
    if (alignment === 'right') s = ' '.repeat(pad) + s;
    else if (alignment === 'center') {
      const left = Math.floor(pad / 2);
      s = ' '.repeat(left) + s + (addPadding ? ' '.repeat(pad - left) : '');
    } else if (addPadding) s += ' '.repeat(pad);
  } else if (len > width) {
    const keep = width - 1;
    if (keep > 0) s = alignment === 'right' ? ELLIPSIS + tailCells(s, keep) : headCells(s, keep) + ELLIPSIS;
    else s = alignment === 'right' ? tailCells(s, width) : headCells(s, width);
  }
  // Cutting before a two-cell character leaves one cell free.
  if (cellWidth(s) === width) return s;
  if (alignment === 'right') return ' ' + s;
  return addPadding ? s + ' ' : s;
}

/** T8 as the wide writer uses it: a value cut to `width` cells. */
export function truncateCell(text: string, width: number, alignment: Alignment): string {
  return rowField(text, width, alignment, false);
}

/** TW GenerateRow: a row on one line. */
export function singleLine(values: string[], widths: number[], aligns: Alignment[]): string {
  let line = '';
  for (let k = 0; k < widths.length; k++) {
    if (widths[k]! <= 0) continue;
    if (k > 0) line += ' ';
    line += rowField(values[k] ?? '', widths[k]!, aligns[k]!, k !== widths.length - 1);
  }
  return line;
}

/** TW GenerateTableRow: a row whose cells are word-wrapped to their column's width. */
function multiLine(values: string[], widths: number[], aligns: Alignment[]): string[] {
  const visible = widths.map((w, k) => (w > 0 ? k : -1)).filter((k) => k >= 0);
  if (visible.length === 0) return [];
  const cols = visible.map((k, j) => {
    const addPadding = j !== visible.length - 1;
    const w = widths[k]!;
    let lines = wrapText(values[k] ?? '', w);
    if (addPadding || aligns[k] !== 'left') lines = lines.map((l) => (cellWidth(l) < w ? rowField(l, w, aligns[k]!, addPadding) : l));
    return j > 0 ? lines.map((l) => ' ' + l) : lines;
  });
  const height = Math.max(...cols.map((c) => c.length));
  const lastWithContent: number[] = [];
  for (let r = 0; r < height; r++) lastWithContent[r] = cols.reduce((last, c, j) => (c.length > r ? j : last), 0);
  cols.forEach((c, j) => {
    const blanks = j < cols.length - 1 ? widths[visible[j]!]! + (j > 0 ? 1 : 0) : 0;
    for (let r = c.length; r < height; r++) c.push(j > lastWithContent[r]! ? '' : ' '.repeat(blanks));
  });
  const out: string[] = [];
  for (let r = 0; r < height; r++) {
    out.push(cols.map((c, j) => (j === lastWithContent[r] && height > 1 ? c[r]!.trimEnd() : c[r]!)).join(''));
  }
  return out;
}

export function headerLines(columns: ColumnInfo[], widths: number[]): string[] {
  const aligns = columns.map((c) => c.alignment);
  const lines = multiLine(
    columns.map((c) => c.label),
    widths,
    aligns,
  );
  // T3: dashes as long as the label (or the column, when narrower).
  const dashes = columns.map((c, i) => '-'.repeat(c.label === '' ? widths[i]! : Math.min(widths[i]!, cellWidth(c.label))));
  lines.push(singleLine(dashes, widths, aligns));
  return lines;
}

export function rowLines(cells: string[], columns: ColumnInfo[], widths: number[], wrap: boolean): string[] {
  const aligns = columns.map((c) => c.alignment);
  return wrap ? multiLine(cells, widths, aligns) : [singleLine(cells, widths, aligns)];
}
