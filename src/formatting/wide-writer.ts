/**
 * Wide layout (pwsh's WideOutputContext over TableWriter): N left-aligned columns sharing the screen
 * evenly (ColumnWidthManager gives the cells left over to the first columns), rows printed as
 * one-line table rows; a short last row keeps the padding of its empty cells. N is -Column, else
 * with -AutoSize as many as the widest item allows (TW ComputeWideViewBestItemsPerRowFit), else 2
 * (also when every item is empty).
 */
import { cellWidth } from './cells';
import { fitToScreen } from './column-width';
import { singleLine } from './table-writer';
import type { Alignment } from './views';

/** TW ComputeWideViewBestItemsPerRowFit. */
function bestItemsPerRow(itemWidth: number, screenWidth: number): number {
  if (itemWidth <= 0 || screenWidth < 1 || itemWidth >= screenWidth) return 1;
  let n = 1;
  while (itemWidth * (n + 1) + n < screenWidth) n++;
  return n;
}

/** CWM AssignColumnWidths for columns of no set width: one cell each, then the rest dealt out from the left. */
function evenWidths(n: number, screenWidth: number): number[] {
  const widths = new Array<number>(n).fill(1);
  let available = screenWidth - (n + (n - 1));
  if (available < 0) {
    fitToScreen(widths, screenWidth);
    return widths;
  }
  for (let k = 0; available > 0; k = (k + 1) % n, available--) widths[k]!++;
  return widths;
}

export function wideLines(items: string[], screenWidth: number, columns: number | undefined, autoSize: boolean): string[] {
  // WideOutputContext: -AutoSize's widest item counts only when it is wider than 0 (all items
  // empty: the 2 columns of the default; pwsh 7.6 prints 3 empty items at 80 columns on 2 rows).
  const widest = Math.max(0, ...items.map(cellWidth));
  const n = columns ?? (autoSize && widest > 0 ? bestItemsPerRow(widest, screenWidth) : 2);
  const widths = evenWidths(Math.max(1, n), screenWidth);
  const aligns: Alignment[] = widths.map(() => 'left');
  const out: string[] = [];
  for (let i = 0; i < items.length; i += widths.length) {
    const row = widths.map((_w, k) => items[i + k] ?? '');
    out.push(singleLine(row, widths, aligns));
  }
  return out;
}
