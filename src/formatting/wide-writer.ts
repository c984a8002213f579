/**
 * Wide layout (Format-Wide.md): items laid out in rows of N columns. -Column N splits the screen
 * into N equal columns; -AutoSize fits as many columns as the widest item allows; the default is
 * two columns.
 */
import { cellWidth, padRight } from './cells';
import { truncateCell } from './table-writer';

export function wideLines(items: string[], screenWidth: number, columns: number | undefined, autoSize: boolean): string[] {
  let n: number;
  let colWidth: number;
  if (autoSize && columns === undefined) {
    colWidth = Math.max(1, ...items.map(cellWidth));
    n = Math.max(1, Math.floor((screenWidth + 1) / (colWidth + 1)));
  } else {
    n = Math.max(1, columns ?? 2);
    colWidth = Math.max(1, Math.floor((screenWidth - (n - 1)) / n));
  }
  const out: string[] = [];
  for (let i = 0; i < items.length; i += n) {
    const row = items.slice(i, i + n).map((t) => padRight(truncateCell(t, colWidth, 'left'), colWidth));
    out.push(row.join(' ').replace(/\s+$/, ''));
  }
  return out;
}
