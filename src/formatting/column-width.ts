/**
 * Column widths (pwsh's ColumnWidthManager, notes T5/T6): a column without a fixed width is as
 * wide as its label or widest value; when the table is wider than the screen the last visible
 * column is shrunk, and dropped (width 0) once it would fall below one cell.
 */
import { cellWidth } from './cells';
import type { ColumnInfo } from './records';

/** Columns are separated by one space (T2). */
export const COLUMN_SEPARATOR = 1;

export function computeWidths(columns: ColumnInfo[], rows: string[][], screenWidth: number): number[] {
  const widths = columns.map((c, i) => {
    if (c.width !== undefined && c.width > 0) return c.width;
    let w = cellWidth(c.label);
    for (const r of rows) w = Math.max(w, cellWidth(r[i] ?? ''));
    return w;
  });
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
