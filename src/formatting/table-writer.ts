/**
 * Table layout (pwsh's TableWriter, notes T1-T10): header lines (wrapped when the label is wider
 * than its column), dashes as long as the label, cells aligned and cut with `…`, the last column
 * never padded on the right, -Wrap splitting cells over several lines.
 */
import { ELLIPSIS, cellWidth, hardSplit, headCells, padLeft, padRight, tailCells, wrapText } from './cells';
import type { ColumnInfo } from './records';
import type { Alignment } from './views';

/** Aligns `text` (already no wider than `width`) in its column; the last column gets no right padding. */
function place(text: string, width: number, alignment: Alignment, last: boolean): string {
  const w = cellWidth(text);
  if (w >= width) return text;
  if (alignment === 'right') return padLeft(text, width);
  if (alignment === 'center') {
    const left = Math.floor((width - w) / 2);
    const centered = ' '.repeat(left) + text;
    return last ? centered : padRight(centered, width);
  }
  return last ? text : padRight(text, width);
}

/** T8: one-line cell cut to the width: head + `…` (left/center) or `…` + tail (right). */
export function truncateCell(text: string, width: number, alignment: Alignment): string {
  let t = text;
  const nl = t.search(/\r?\n/);
  if (nl >= 0) t = t.slice(0, nl) + ELLIPSIS;
  if (cellWidth(t) <= width) return t;
  if (width < 2) return headCells(t, Math.max(0, width));
  return alignment === 'right' ? ELLIPSIS + tailCells(t, width - 1) : headCells(t, width - 1) + ELLIPSIS;
}

/** Joins one physical line of cells; trailing spaces are trimmed (T9). */
function joinLine(parts: string[]): string {
  return parts.join(' ').replace(/\s+$/, '');
}

/** Lines of one logical row where each cell may span several lines. */
function multiLine(cellLines: string[][], widths: number[], aligns: Alignment[]): string[] {
  const height = Math.max(1, ...cellLines.map((l) => l.length));
  const visible = widths.map((w, i) => (w > 0 ? i : -1)).filter((i) => i >= 0);
  const lastIdx = visible[visible.length - 1];
  const out: string[] = [];
  for (let r = 0; r < height; r++) {
    out.push(joinLine(visible.map((i) => place(cellLines[i]![r] ?? '', widths[i]!, aligns[i]!, i === lastIdx))));
  }
  return out;
}

export function headerLines(columns: ColumnInfo[], widths: number[]): string[] {
  const aligns = columns.map((c) => c.alignment);
  const labels = columns.map((c, i) => {
    const parts: string[] = [];
    if (widths[i]! > 0) hardSplit(c.label, widths[i]!, parts);
    return parts;
  });
  const lines = multiLine(labels, widths, aligns);
  const dashes = columns.map((c, i) => ['-'.repeat(Math.min(widths[i]!, cellWidth(c.label)))]);
  lines.push(...multiLine(dashes, widths, aligns));
  return lines;
}

export function rowLines(cells: string[], columns: ColumnInfo[], widths: number[], wrap: boolean): string[] {
  const aligns = columns.map((c) => c.alignment);
  const cellLines = cells.map((text, i) => {
    const w = widths[i]!;
    if (w <= 0) return [];
    return wrap ? wrapText(text, w).flatMap((l) => (cellWidth(l) > w ? split(l, w) : [l])) : [truncateCell(text, w, aligns[i]!)];
  });
  return multiLine(cellLines, widths, aligns);
}

function split(s: string, w: number): string[] {
  const parts: string[] = [];
  hardSplit(s, w, parts);
  return parts;
}
