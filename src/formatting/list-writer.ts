/**
 * List layout (pwsh's ListWriter, notes L1-L6): `Label : Value`, labels padded to the longest
 * label of the same object, long values word-wrapped under the value column, continuation lines
 * indented by label width + 3.
 */
import { cellWidth, headCells, padRight, wrapText } from './cells';

const SEPARATOR = ' : ';

export function listBlockLines(fields: { label: string; value: string }[], screenWidth: number): string[] {
  // L3: labels longer than screen - 4 are cut without an ellipsis.
  const maxLabel = Math.max(1, screenWidth - SEPARATOR.length - 1);
  const labels = fields.map((f) => (cellWidth(f.label) > maxLabel ? headCells(f.label, maxLabel) : f.label));
  const labelWidth = Math.max(0, ...labels.map(cellWidth));
  const valueWidth = screenWidth - (labelWidth + SEPARATOR.length);
  const indent = ' '.repeat(labelWidth + SEPARATOR.length);
  const out: string[] = [];
  fields.forEach((f, i) => {
    const head = padRight(labels[i]!, labelWidth) + SEPARATOR;
    const lines = f.value === '' ? [''] : wrapText(f.value, valueWidth);
    out.push(head + lines[0]);
    for (const l of lines.slice(1)) out.push(indent + l);
  });
  return out;
}
