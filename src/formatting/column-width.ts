/**
 * Column widths (pwsh's ColumnWidthManager, notes T5/T6): measured from the label and values, or
 * set and shared out (computeWidths); when the table is wider than the screen the last visible
 * column is shrunk, and dropped (width 0) once it would fall below one cell.
 */
import { cellWidth } from './cells';
import type { ColumnInfo } from './records';

/** Columns are separated by one space (T2). */
export const COLUMN_SEPARATOR = 1;

/**
 * The widths of a table's columns. pwsh 7.6 (BOC ProcessCachedGroupOnTable) measures the buffered
 * rows (label and values) for every column, set widths included, under -AutoSize and whenever the
 * first column has no set width: `ft A, @{e='B';w=5}, C` prints `A B C`. When the first column has
 * a set width nothing is measured: columns without one share what the screen has left, a cell at a
 * time from the left (CWM AssignColumnWidths), so `ft @{e='A';w=5}, B, C` at 40 gives 5, 17 and 16.
 */
export function computeWidths(columns: ColumnInfo[], rows: string[][], screenWidth: number, autoSize = false): number[] {
  const measured = autoSize || !(columns[0]?.width !== undefined && columns[0].width > 0);
  let widths: number[];
  if (measured) {
    widths = columns.map((c, i) => {
      let w = cellWidth(c.label);
      for (const r of rows) w = Math.max(w, cellWidth(r[i] ?? ''));
      return w;
    });
  } else {
    widths = columns.map((c) => (c.width !== undefined && c.width > 0 ? c.width : 0));
    const free = widths.map((w) => w === 0);
    for (let i = 0; i < widths.length; i++) if (free[i]) widths[i] = 1;
    let available = screenWidth - (widths.reduce((a, b) => a + b, 0) + Math.max(0, widths.length - 1) * COLUMN_SEPARATOR);
    if (free.some((f) => f)) {
      for (let k = 0; available > 0; k = (k + 1) % widths.length) {
        if (!free[k]) continue;
        widths[k]!++;
        available--;
      }
    }
  }
  fitToScreen(widths, screenWidth);
  return widths;
}

/** Shrinks from the right until the visible columns plus separators fit; 0 marks a dropped column. */
export function fitToScreen(widths: number[], screenWidth: number): void {
  const total = () => {
    const visible = widths.filter((w) => w > 0);
    return visible.reduce((a, b) => a + b, 0) + Math.max(0, visible.length - 1) * COLUMN_SEPARATOR;
  };
  let excess = total() - screenWidth;
  while (excess > 0) {
    let last = widths.length - 1;
    while (last >= 0 && widths[last] === 0) last--;
    if (last <= 0) {
      if (last === 0) widths[0] = Math.max(1, screenWidth);
      return;
    }
    if (widths[last]! - excess >= 1) widths[last]! -= excess;
    else widths[last] = 0;
    excess = total() - screenWidth;
  }
}
